/**
 * Backup under write load: a child process keeps committing rows while the backup runs; every
 * row acknowledged before the backup began is in the copy, which is intact, and `db:restore`
 * brings it back into a stopped installation, keeping the old database aside.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { openFreshDatabase } from "@/tests/helpers/test-db";
import { backupDatabase } from "./db-backup";

const fresh = openFreshDatabase("backup");
closeDb();
afterAll(fresh.cleanup);

const writer = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL"); db.pragma("synchronous = FULL"); db.pragma("busy_timeout = 5000");
const insert = db.prepare("insert into audit_log (action, entity_type, entity_id) values ('soak', 'test', ?)");
let i = 0;
const tick = () => { for (let k = 0; k < 20; k += 1) { i += 1; insert.run(i); process.stdout.write(i + "\\n"); } if (i < 200000) setImmediate(tick); };
tick();
`;

describe("db:backup and db:restore", () => {
  it("backs up while a writer commits, with every acknowledged write, and restores it", async () => {
    const child = spawn(process.execPath, ["-e", writer, fresh.file], { stdio: ["ignore", "pipe", "inherit"] });
    let acknowledged = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      const last = chunk.toString().trim().split("\n").pop();
      if (last) acknowledged = Math.max(acknowledged, Number(last));
    });
    // The backup starts once the writer is well under way (however slow the machine is to start it).
    while (acknowledged < 200) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = acknowledged;
    const target = path.join(path.dirname(fresh.file), "backup", "copy.db");
    expect(await backupDatabase(target)).toBe("ok");
    child.kill();
    await new Promise((resolve) => child.once("exit", resolve));
    expect(before).toBeGreaterThan(100);
    const copy = new Database(target, { readonly: true });
    const ids = new Set((copy.prepare("select entity_id from audit_log where action = 'soak'").all() as { entity_id: number }[]).map((r) => r.entity_id));
    copy.close();
    for (let i = 1; i <= before; i += 1) expect(ids.has(i), `write ${i}`).toBe(true);
    console.log(`acknowledged before the backup: ${before}; rows in the backup: ${ids.size}`);

    // Restore into the (stopped) installation.
    execFileSync("npx", ["tsx", "scripts/db-restore.ts", target], { env: { ...process.env, DATABASE_URL: fresh.file }, stdio: "pipe" });
    const restored = new Database(fresh.file, { readonly: true });
    expect((restored.prepare("select count(*) as n from audit_log where action = 'soak'").get() as { n: number }).n).toBe(ids.size);
    restored.close();
    expect(fs.readdirSync(path.dirname(fresh.file)).some((f) => f.includes(".before-restore-"))).toBe(true);
  }, 60_000);
});

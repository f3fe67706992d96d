/**
 * `npm run db:backup [file]`: an online, consistent backup of DATABASE_URL while the server runs
 * (SQLite's backup API through better-sqlite3: the WAL's committed pages are included), then
 * `PRAGMA integrity_check` on the copy. The attachments folder (data/attachments, or
 * TAAWUN_ATTACHMENTS_DIR), when it exists, is copied beside it as `<file>.attachments/`.
 * Default file: backups/taawun-<UTC timestamp>.db. Exits 1 when the copy is not intact.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databasePath } from "@/db/client";

export function attachmentsDir(): string {
  return path.resolve(process.env.TAAWUN_ATTACHMENTS_DIR ?? path.join(path.dirname(databasePath()), "attachments"));
}

/** Backs up the database to `target`; returns the integrity check's answer ("ok" when intact). */
export async function backupDatabase(target: string): Promise<string> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const source = new Database(databasePath(), { fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const copy = new Database(target);
  const integrity = String(copy.pragma("integrity_check", { simple: true }));
  copy.close();
  const attachments = attachmentsDir();
  if (fs.existsSync(attachments)) fs.cpSync(attachments, `${target}.attachments`, { recursive: true });
  return integrity;
}

if (process.argv[1] && /db-backup\.ts$/.test(process.argv[1])) {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.resolve(process.argv[2] ?? `backups/taawun-${stamp}.db`);
  const integrity = await backupDatabase(target);
  if (integrity !== "ok") {
    console.error(`Backup ${target} is NOT intact: ${integrity}`);
    process.exit(1);
  }
  console.log(`Backup written to ${target} (integrity ok)`);
}

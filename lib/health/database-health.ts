/**
 * Whether the database is reachable and its migrations current: the migrations recorded in
 * drizzle's `__drizzle_migrations` table against the committed journal (db/migrations/meta).
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getDb, migrationsFolder } from "@/db/client";

export type DatabaseHealth = {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: { applied: number; expected: number; current: boolean };
};

/** Counts applied vs committed migrations; never throws (an error reads as unreachable). */
export function databaseHealth(): DatabaseHealth {
  let expected = -1;
  try {
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
    expected = journal.entries.length;
    const sqlite = getDb().$client;
    sqlite.prepare("select 1").get();
    const table = sqlite.prepare("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    const appliedAt = new Set(
      table ? (sqlite.prepare("select created_at from __drizzle_migrations").all() as { created_at: number }[]).map((r) => Number(r.created_at)) : [],
    );
    const applied = appliedAt.size;
    // Current: each committed migration (by its journal timestamp) applied, and nothing unknown.
    const current = applied === expected && journal.entries.every((e) => appliedAt.has(e.when));
    return { ok: current, database: "reachable", migrations: { applied, expected, current } };
  } catch {
    return { ok: false, database: "unreachable", migrations: { applied: 0, expected, current: false } };
  }
}

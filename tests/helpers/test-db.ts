/**
 * A real SQLite file per test file: points DATABASE_URL at a fresh file in the OS temp folder,
 * applies the committed migrations, and optionally loads the source page's records.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb, migrateDatabase, type Db } from "@/db/client";

/** Opens a fresh, migrated database file; returns it with a cleanup function. */
export function openFreshDatabase(name: string): { db: Db; file: string; cleanup: () => void } {
  closeDb();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `taawun-${name}-`));
  const file = path.join(dir, "test.db");
  process.env.DATABASE_URL = file;
  const db = getDb();
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      closeDb();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `npm run db:restore <file>`: puts a backup in place of DATABASE_URL in a STOPPED installation.
 * Checks the backup first (integrity_check, migrations table present); keeps the current database
 * (and its -wal/-shm, and the attachments folder) aside, renamed with a UTC timestamp; then copies
 * the backup (and `<file>.attachments/`, when present) in. Exits 1 and changes nothing when the
 * backup is not intact.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { databasePath } from "@/db/client";
import { attachmentsDir } from "./db-backup";

const backup = process.argv[2];
if (!backup || !fs.existsSync(backup)) {
  console.error("Usage: npm run db:restore <backup file> (stop the server first)");
  process.exit(1);
}
const check = new Database(backup, { readonly: true, fileMustExist: true });
const integrity = String(check.pragma("integrity_check", { simple: true }));
const migrated = check.prepare("select name from sqlite_master where name = '__drizzle_migrations'").get();
check.close();
if (integrity !== "ok" || !migrated) {
  console.error(`Not restored: ${backup} is not an intact Taawun database (${integrity}${migrated ? "" : ", no migrations table"})`);
  process.exit(1);
}
const target = databasePath();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
for (const suffix of ["", "-wal", "-shm"]) {
  if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, `${target}.before-restore-${stamp}${suffix}`);
}
fs.copyFileSync(backup, target);
const attachments = attachmentsDir();
if (fs.existsSync(`${backup}.attachments`)) {
  if (fs.existsSync(attachments)) fs.renameSync(attachments, `${attachments}.before-restore-${stamp}`);
  fs.cpSync(`${backup}.attachments`, attachments, { recursive: true });
}
console.log(`Restored ${backup} into ${target}; the previous database is kept as ${target}.before-restore-${stamp}`);

/**
 * Direct access to the e2e SQLite file, for what a test must check or prepare beneath the UI
 * (the server under test writes the same file; WAL lets both work at once).
 */
import path from "node:path";
import Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";

export const e2eDatabaseFile = path.resolve(process.env.DATABASE_URL ?? "data/e2e.db");

/** Runs `fn` on a short-lived connection to the e2e database. */
export function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(e2eDatabaseFile);
  db.pragma("busy_timeout = 5000");
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export type Role = "admin" | "supervisor" | "staff" | "committee";

/**
 * Creates a user of its own for one test (so tests that change a user's language or state never
 * disturb each other). Returns the email; the password is `password`.
 */
export async function createTestUser(
  role: Role,
  options: { locale?: "ar" | "fr" | "en"; name?: string; password?: string } = {},
): Promise<{ email: string; password: string; id: number }> {
  const password = options.password ?? "test-password-1";
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  const passwordHash = await hash(password);
  const id = withDb(
    (db) =>
      db
        .prepare("insert into users (email, name, password_hash, role, locale) values (?, ?, ?, ?, ?) returning id")
        .get(email, options.name ?? `${role} e2e`, passwordHash, role, options.locale ?? "ar") as { id: number },
  ).id;
  return { email, password, id };
}

/**
 * Migration 0003 moves data: budgets from floats to exact hundredths, duplicate counterparts of a
 * meeting into one row. Applied to a database that has the older schema and such rows, it keeps
 * every stored value.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "./client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-migrations-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder holding only the migrations before `tag`. */
function migrationsBefore(tag: string): string {
  const folder = path.join(dir, "before");
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag === tag);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe("migration 0003 (hardening)", () => {
  it("turns every stored budget into exact hundredths and merges a person listed twice at a meeting", () => {
    const sqlite = new Database(path.join(dir, "old.db"));
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsBefore("0003_hardening") });
    const budgets = [123456789012.34, 4_600_000, 1_250_000.5, 0.07, 19.99, null];
    const insert = sqlite.prepare("insert into projects (acronym, budget_amount, budget_currency) values (?, ?, 'EUR')");
    budgets.forEach((amount, i) => insert.run(`P${i}`, amount));
    const person = sqlite.prepare("insert into people (name) values ('Ana')").run().lastInsertRowid;
    const other = sqlite.prepare("insert into people (name) values ('Rui')").run().lastInsertRowid;
    const meeting = sqlite.prepare("insert into meetings (starts_on, kind) values ('2018-01-04', 'bilateral')").run().lastInsertRowid;
    const counterpart = sqlite.prepare("insert into meeting_counterparts (meeting_id, person_id, title_at_meeting, position) values (?, ?, ?, ?)");
    counterpart.run(meeting, person, null, 0);
    counterpart.run(meeting, other, "Ministro", 1);
    counterpart.run(meeting, person, "Secretária de Estado", 2);

    migrate(db, { migrationsFolder });

    const rows = sqlite.prepare("select acronym, budget_hundredths as h from projects order by id").all() as { acronym: string; h: number | null }[];
    expect(rows.map((r) => r.h)).toEqual([12345678901234, 460_000_000, 125_000_050, 7, 1999, null]);
    const counterparts = sqlite.prepare("select person_id, title_at_meeting from meeting_counterparts where meeting_id = ? order by position").all(meeting);
    expect(counterparts).toEqual([
      { person_id: person, title_at_meeting: "Secretária de Estado" },
      { person_id: other, title_at_meeting: "Ministro" },
    ]);
    expect(() => counterpart.run(meeting, person, null, 3)).toThrow(/UNIQUE/);
    sqlite.close();
  });
});

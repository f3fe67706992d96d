/**
 * Migration 0011 moves data: follow-up statuses onto open/done/dropped, and free-text owners onto
 * the record they name exactly (a staff or supervisor user, a person, an organisation by a name or its acronym), else
 * kept as a named owner. Nothing is guessed beyond one exact match; the typed text is kept.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "./client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-migration-0011-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function migrationsBefore(tag: string): string {
  const folder = path.join(dir, "before");
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe("migration 0011 (follow-up owners, notifications)", () => {
  it("maps statuses and links free-text owners to the one record they name, keeping the rest as named owners", () => {
    const sqlite = new Database(path.join(dir, "old.db"));
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsBefore("0011_follow_up_owners_notifications") });
    const user = sqlite.prepare("insert into users (email, name, password_hash, role) values ('y@t.test', 'Youssef Alami', 'x', 'staff')").run().lastInsertRowid;
    const person = sqlite.prepare("insert into people (name) values ('Consuelo Rumí')").run().lastInsertRowid;
    sqlite.prepare("insert into people (name) values ('Ana'), ('Ana')").run();
    const giz = sqlite.prepare("insert into organisations (acronym, name_fr, type) values ('GIZ', 'Coopération allemande', 'implementing_agency')").run().lastInsertRowid;
    const meeting = sqlite.prepare("insert into meetings (starts_on, kind) values ('2018-01-04', 'working_meeting')").run().lastInsertRowid;
    const insert = sqlite.prepare("insert into follow_up_actions (meeting_id, description, owner, owner_user_id, status, position) values (?, ?, ?, ?, ?, ?)");
    const rows: [string | null, number | bigint | null, string][] = [
      ["Youssef Alami", null, "open"],
      [" Consuelo Rumí ", null, "in_progress"],
      ["GIZ", null, "done"],
      ["Ana", null, "cancelled"],
      ["La délégation de l'UE", null, "open"],
      [null, user, "open"],
      [null, null, "open"],
    ];
    rows.forEach(([owner, ownerUserId, status], i) => insert.run(meeting, `action ${i}`, owner, ownerUserId, status, i));

    migrate(db, { migrationsFolder });

    const migrated = sqlite.prepare("select owner_kind, owner_user_id, owner_person_id, owner_organisation_id, owner, status, version from follow_up_actions order by position").all();
    expect(migrated).toEqual([
      { owner_kind: "user", owner_user_id: Number(user), owner_person_id: null, owner_organisation_id: null, owner: "Youssef Alami", status: "open", version: 1 },
      { owner_kind: "person", owner_user_id: null, owner_person_id: Number(person), owner_organisation_id: null, owner: " Consuelo Rumí ", status: "open", version: 1 },
      { owner_kind: "organisation", owner_user_id: null, owner_person_id: null, owner_organisation_id: Number(giz), owner: "GIZ", status: "done", version: 1 },
      // Two people are called Ana: nothing is guessed.
      { owner_kind: "named", owner_user_id: null, owner_person_id: null, owner_organisation_id: null, owner: "Ana", status: "dropped", version: 1 },
      { owner_kind: "named", owner_user_id: null, owner_person_id: null, owner_organisation_id: null, owner: "La délégation de l'UE", status: "open", version: 1 },
      { owner_kind: "user", owner_user_id: Number(user), owner_person_id: null, owner_organisation_id: null, owner: null, status: "open", version: 1 },
      { owner_kind: null, owner_user_id: null, owner_person_id: null, owner_organisation_id: null, owner: null, status: "open", version: 1 },
    ]);
    sqlite.close();
  });
});

/**
 * keepPreparedStatements (db/client.ts): one compiled statement per SQL text, handed back in its
 * default row mode, bounded, and still right after the schema changes. Against a real SQLite file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { afterAll, describe, expect, it } from "vitest";
import { keepPreparedStatements } from "./client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-statements-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const partners = sqliteTable("partners", { id: integer("id").primaryKey(), name: text("name").notNull() });

function open(name: string, kept?: number) {
  const sqlite = new Database(path.join(dir, name));
  sqlite.exec("create table partners (id integer primary key, name text not null); insert into partners (name) values ('GIZ'), ('Enabel'), ('AECID');");
  keepPreparedStatements(sqlite, kept);
  return sqlite;
}

describe("keepPreparedStatements", () => {
  it("hands back the statement compiled before for the same SQL text, and a new one for another text", () => {
    const sqlite = open("same.db");
    const first = sqlite.prepare("select name from partners where id = ?");
    expect(sqlite.prepare("select name from partners where id = ?")).toBe(first);
    expect(sqlite.prepare("select name from partners where id = ? ")).not.toBe(first);
    expect(first.get(2)).toEqual({ name: "Enabel" });
    sqlite.close();
  });

  it("returns a kept statement in its default row mode, whatever mode the last caller left it in", () => {
    const sqlite = open("modes.db");
    const text = "select id, name from partners order by id";
    expect(sqlite.prepare(text).raw().all()).toEqual([[1, "GIZ"], [2, "Enabel"], [3, "AECID"]]);
    expect(sqlite.prepare(text).all()).toEqual([{ id: 1, name: "GIZ" }, { id: 2, name: "Enabel" }, { id: 3, name: "AECID" }]);
    expect(sqlite.prepare(text).pluck().all()).toEqual([1, 2, 3]);
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "GIZ" });
    sqlite.close();
  });

  it("keeps drizzle's array and object reads of the same query apart", () => {
    const sqlite = open("drizzle.db");
    const db = drizzle(sqlite);
    // The builder reads rows as arrays (raw) and maps them; db.all of the same text reads objects.
    const built = db.select({ id: partners.id, name: partners.name }).from(partners).where(sql`${partners.id} = ${1}`);
    const text = built.toSQL().sql;
    expect(built.all()).toEqual([{ id: 1, name: "GIZ" }]);
    expect(db.all(sql.raw(text.replace("?", "1")))).toEqual([{ id: 1, name: "GIZ" }]);
    expect(sqlite.prepare(text).all(1)).toEqual([{ id: 1, name: "GIZ" }]);
    expect(built.all()).toEqual([{ id: 1, name: "GIZ" }]);
    sqlite.close();
  });

  it("keeps at most the given number, dropping the least recently used first", () => {
    const sqlite = open("bounded.db", 2);
    const a = sqlite.prepare("select 1");
    const b = sqlite.prepare("select 2");
    expect(sqlite.prepare("select 1")).toBe(a); // a is now the most recently used
    sqlite.prepare("select 3"); // drops b
    expect(sqlite.prepare("select 1")).toBe(a);
    expect(sqlite.prepare("select 2")).not.toBe(b);
    sqlite.close();
  });

  it("still reads right after the schema changes under a kept statement", () => {
    const sqlite = open("schema.db");
    const text = "select * from partners where id = 1";
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "GIZ" });
    sqlite.exec("alter table partners add column country_code text default 'DE'");
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "GIZ", country_code: "DE" });
    sqlite.close();
  });
});

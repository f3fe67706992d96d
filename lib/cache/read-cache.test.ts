/**
 * Reads kept between writes (lib/cache/read-cache.ts), against a real SQLite file: a kept read is
 * shared by calls with the same arguments, read again for other arguments and after any write
 * (through this connection or another one, an import or a second server); a refusal is never
 * kept; and the signed-in user's row, now read once between writes, still ends a session at the
 * first request after a deactivation or a password reset.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const claims = vi.hoisted(() => ({ current: null as { uid: number; signedInAt: number } | null }));
vi.mock("@/lib/auth/next-auth", () => ({ readSessionClaims: async () => claims.current }));

const { readBetweenWrites, forgetCachedReads } = await import("./read-cache");
const { getCurrentUser } = await import("@/lib/auth/session");

let database: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  database = openSeededDatabase("read-cache");
});
afterAll(() => database.cleanup());
beforeEach(() => forgetCachedReads());

/** A read of live meetings in a country that counts how often it really ran. */
function countingRead() {
  const runs: string[] = [];
  const read = readBetweenWrites("test.meetingsIn", (country: string, options: { archived: boolean }) => {
    runs.push(country);
    return database.db.$client
      .prepare(`select id from meetings where country_code = ? and archived_at is ${options.archived ? "not null" : "null"} order by id`)
      .pluck()
      .all(country) as number[];
  });
  return { read, runs };
}

describe("readBetweenWrites", () => {
  it("shares one result between calls with the same arguments, and reads again for others", () => {
    const { read, runs } = countingRead();
    const first = read("ES", { archived: false });
    expect(first.length).toBeGreaterThan(0);
    expect(read("ES", { archived: false })).toBe(first);
    expect(runs).toEqual(["ES"]);
    expect(read("ES", { archived: true })).not.toBe(first);
    expect(read("BE", { archived: false })).not.toBe(first);
    expect(runs).toEqual(["ES", "ES", "BE"]);
  });

  it("reads again after a write by this connection and after one by another connection", () => {
    const { read, runs } = countingRead();
    const before = read("ES", { archived: false });
    database.db.$client.prepare("update meetings set archived_at = '2026-01-01T00:00:00.000Z' where id = ?").run(before[0]);
    const afterOwnWrite = read("ES", { archived: false });
    expect(afterOwnWrite).toEqual(before.slice(1));

    const other = new Database(database.file);
    other.prepare("update meetings set archived_at = null where id = ?").run(before[0]);
    other.close();
    expect(read("ES", { archived: false })).toEqual(before);
    expect(runs).toEqual(["ES", "ES", "ES"]);
  });

  it("keeps nothing when the read throws: the next call reads (and refuses) again", () => {
    let calls = 0;
    const read = readBetweenWrites("test.refusing", (role: string) => {
      calls += 1;
      if (role !== "supervisor") throw new Error(`refused: ${role}`);
      return { role };
    });
    expect(() => read("staff")).toThrow("refused: staff");
    expect(() => read("staff")).toThrow("refused: staff");
    expect(calls).toBe(2);
    expect(read("supervisor")).toEqual({ role: "supervisor" });
  });
});

describe("the signed-in user between writes", () => {
  it("is refused at the first read after a deactivation by another connection, and back after a reactivation", async () => {
    const staff = database.accounts.staff;
    claims.current = { uid: staff.id, signedInAt: Date.now() };
    expect(await getCurrentUser()).toMatchObject({ id: staff.id, role: "staff" });
    expect(await getCurrentUser()).toMatchObject({ id: staff.id });

    const other = new Database(database.file);
    other.prepare("update users set active = 0 where id = ?").run(staff.id);
    expect(await getCurrentUser()).toBeNull();
    other.prepare("update users set active = 1, role = 'supervisor' where id = ?").run(staff.id);
    other.close();
    expect(await getCurrentUser()).toMatchObject({ id: staff.id, role: "supervisor" });
  });

  it("is refused once a password reset ends the sessions signed in before it", async () => {
    const other = database.accounts.otherStaff;
    claims.current = { uid: other.id, signedInAt: Date.now() - 60_000 };
    expect(await getCurrentUser()).toMatchObject({ id: other.id });
    database.db.$client.prepare("update users set sessions_valid_from = ? where id = ?").run(new Date().toISOString(), other.id);
    expect(await getCurrentUser()).toBeNull();
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { openFreshDatabase } from "@/tests/helpers/test-db";
import { databaseHealth } from "./database-health";

const fresh = openFreshDatabase("health");
afterAll(fresh.cleanup);

describe("database health", () => {
  it("is ok when every committed migration is applied, and not when one is missing", () => {
    const health = databaseHealth();
    expect(health).toMatchObject({ ok: true, database: "reachable", migrations: { current: true } });
    expect(health.migrations.applied).toBe(health.migrations.expected);
    fresh.db.$client.prepare("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)").run();
    expect(databaseHealth()).toMatchObject({ ok: false, database: "reachable", migrations: { applied: health.migrations.expected - 1, current: false } });
  });

  it("is not ok when the database cannot be read", () => {
    fresh.db.$client.close();
    expect(databaseHealth()).toMatchObject({ ok: false, database: "unreachable" });
  });
});

import { describe, expect, it } from "vitest";
import { assertCan, can, ForbiddenError } from "./permissions";

describe("permission table", () => {
  it("lets staff record and edit meetings but not archive them", () => {
    expect(can("staff", "create", "meeting")).toBe(true);
    expect(can("staff", "update", "meeting")).toBe(true);
    expect(can("staff", "archive", "meeting")).toBe(false);
  });

  it("gives committee members no access to meetings at all", () => {
    for (const action of ["read", "create", "update", "archive"] as const) {
      expect(can("committee", action, "meeting")).toBe(false);
    }
    expect(can("committee", "review", "milestone")).toBe(true);
    expect(can("committee", "update", "project")).toBe(false);
  });

  it("keeps user management to admins", () => {
    expect(can("admin", "manage", "user")).toBe(true);
    expect(can("supervisor", "manage", "user")).toBe(false);
    expect(can("staff", "read", "user")).toBe(false);
  });

  it("refuses unknown roles", () => {
    expect(can(undefined, "read", "meeting")).toBe(false);
    expect(can(null, "read", "meeting")).toBe(false);
  });

  it("assertCan throws ForbiddenError", () => {
    expect(() => assertCan("committee", "create", "meeting")).toThrow(ForbiddenError);
    expect(() => assertCan("staff", "create", "meeting")).not.toThrow();
  });
});

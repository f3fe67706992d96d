/**
 * A real SQLite file with the source page's records (countries, organisations, projects,
 * milestones, agreements, meetings) and one account per role, for integration tests of reads and
 * actions that need realistic data. The session itself is mocked by each test file.
 */
import { eq } from "drizzle-orm";
import { projects, steeringCommitteeMemberships, users, type UserRole } from "@/db/schema";
import { seedCountries } from "@/db/seed/countries";
import { seedSourceRecords } from "@/db/seed/load";
import type { SessionUser } from "@/lib/auth/session";
import { openFreshDatabase } from "./test-db";

export type RoleUsers = Record<"admin" | "supervisor" | "staff" | "otherStaff" | "committee" | "otherCommittee", SessionUser>;

/**
 * Opens a fresh migrated database, loads the seed, and creates accounts: admin, supervisor, two
 * staff, a committee member on Recoming's steering committee and one on RECOSA's.
 * @returns the handle, the accounts as session users, the two projects' ids, and cleanup
 */
export function openSeededDatabase(name: string) {
  const database = openFreshDatabase(name);
  const { db } = database;
  seedCountries(db);
  seedSourceRecords(db);
  const account = (key: string, role: UserRole): SessionUser => {
    const email = `${key}@seeded.test`;
    const row = db.insert(users).values({ email, name: `${key} (test)`, role, passwordHash: "x" }).returning().get();
    return { id: row.id, email, name: row.name, role, locale: "ar", mustChangePassword: false };
  };
  const accounts: RoleUsers = {
    admin: account("admin", "admin"),
    supervisor: account("supervisor", "supervisor"),
    staff: account("staff", "staff"),
    otherStaff: account("other-staff", "staff"),
    committee: account("committee", "committee"),
    otherCommittee: account("other-committee", "committee"),
  };
  const projectId = (acronym: string) => db.select({ id: projects.id }).from(projects).where(eq(projects.acronym, acronym)).get()!.id;
  const recoming = projectId("Recoming");
  const recosa = projectId("RECOSA");
  db.insert(steeringCommitteeMemberships).values([
    { userId: accounts.committee.id, projectId: recoming },
    { userId: accounts.otherCommittee.id, projectId: recosa },
  ]).run();
  return { ...database, accounts, projectIds: { recoming, recosa } };
}

/**
 * Demo accounts, one per role, all with the password `taawun-demo`. Only the demo command
 * (`npm run demo`) and the test setup create them; a real installation never has them.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projects, steeringCommitteeMemberships, users, type UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_PASSWORD = "taawun-demo";

export const demoUsers: { email: string; name: string; role: UserRole }[] = [
  { email: "admin@taawun.test", name: "Amina Admin", role: "admin" },
  { email: "supervisor@taawun.test", name: "Samir Supervisor", role: "supervisor" },
  { email: "staff@taawun.test", name: "Salma Staff", role: "staff" },
  { email: "committee@taawun.test", name: "Karim Committee", role: "committee" },
];

/**
 * Creates the demo users if missing (never changes an existing account) and makes the committee
 * user a member of the Recoming project's steering committee.
 * @returns the number of users created
 * @throws Error when the Recoming project is not in the database (run the seed first)
 */
export async function seedDemoUsers(db: Db): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const user of demoUsers) {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, user.email)).get();
    if (existing) continue;
    db.insert(users).values({ ...user, passwordHash, locale: "ar" }).run();
    created += 1;
  }
  const recoming = db.select({ id: projects.id }).from(projects).where(eq(projects.acronym, "Recoming")).get();
  if (!recoming) throw new Error("The Recoming project is missing: run `npm run db:seed` first.");
  const committee = db.select({ id: users.id }).from(users).where(eq(users.email, "committee@taawun.test")).get();
  if (committee) {
    db.insert(steeringCommitteeMemberships)
      .values({ userId: committee.id, projectId: recoming.id })
      .onConflictDoNothing()
      .run();
  }
  return created;
}

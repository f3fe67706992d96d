/** Creates the demo users (see db/seed/demo-users.ts). Used by `npm run demo` and the tests. */
import { closeDb, getDb } from "@/db/client";
import { DEMO_PASSWORD, demoUsers, seedDemoUsers } from "@/db/seed/demo-users";

const created = await seedDemoUsers(getDb());
closeDb();
console.log(`Demo users: ${created} created. Password for all: ${DEMO_PASSWORD}`);
for (const u of demoUsers) console.log(`  ${u.role.padEnd(10)} ${u.email}`);

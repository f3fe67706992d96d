/** `npm run db:migrate`: applies the committed migrations to the database file. */
import { closeDb, databasePath, migrateDatabase } from "@/db/client";

migrateDatabase();
console.log(`Migrations applied to ${databasePath()}`);
closeDb();

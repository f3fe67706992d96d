/** Server start-up checks (called from instrumentation.ts in the Node.js runtime only). */
import { authSecret } from "@/lib/auth/next-auth";
import { databasePath, migrateDatabase } from "@/db/client";

/**
 * Refuses to start without AUTH_SECRET (the process exits with status 1), then applies pending
 * migrations to the database file.
 */
export function prepareServer(): void {
  if (!authSecret()) {
    console.error(
      "Taawun refuses to start: set AUTH_SECRET (for example `openssl rand -base64 32`). `npm run demo` sets one for the demo.",
    );
    process.exit(1);
  }
  migrateDatabase();
  console.log(`Taawun: database ready at ${databasePath()}`);
}

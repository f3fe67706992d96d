/**
 * `npm run db:seed`: applies the migrations, then loads the reference data (countries, partner
 * roles) and every record of the department's source page (db/seed/source-records.ts).
 * Idempotent: a re-run reports "0 new" everywhere. Creates no user account.
 */
import { sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { closeDb, databasePath, getDb, migrateDatabase } from "@/db/client";
import { seedCountries } from "@/db/seed/countries";
import { seedSourceRecords, type SeedSummary } from "@/db/seed/load";
import {
  agreements,
  dataQualityIssues,
  eventEditions,
  meetings,
  organisations,
  people,
  projects,
} from "@/db/schema";

const db = getDb();
try {
  migrateDatabase(db);
  const countrySummary = seedCountries(db);
  const summary = seedSourceRecords(db);

  const count = (table: SQLiteTable): number =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;

  const lines: [string, number, keyof SeedSummary | null][] = [
    ["countries", countrySummary.total, null],
    ["organisations", count(organisations), "organisations"],
    ["people", count(people), "people"],
    ["event editions", count(eventEditions), "eventEditions"],
    ["meetings", count(meetings), "meetings"],
    ["projects", count(projects), "projects"],
    ["agreements", count(agreements), "agreements"],
    ["data-quality issues", count(dataQualityIssues), "dataQualityIssues"],
  ];
  console.log(`Seeded ${databasePath()}`);
  for (const [label, total, kind] of lines) {
    const created = kind === null ? countrySummary.created : summary[kind];
    console.log(`  ${label.padEnd(20)} ${String(total).padStart(4)} (${created} new)`);
  }
  console.log(
    summary.total + countrySummary.created === 0
      ? "0 new rows: the database already holds every source record."
      : `${summary.total} new source rows (with their objectives, partners, activities, status changes), audited as "seed".`,
  );
} finally {
  closeDb();
}

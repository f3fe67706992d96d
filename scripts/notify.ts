/**
 * `npm run notify`: the daily notify job (lib/notifications/notify-job.ts) on DATABASE_URL.
 * Raises due-soon and overdue notices; when SMTP_URL is set, mails the urgent notices and the
 * daily digest in each recipient's language. Without SMTP_URL it sends nothing and exits 0.
 * Environment: DATABASE_URL, SMTP_URL (`smtp://user:pass@host:587`), MAIL_FROM, NEXTAUTH_URL
 * (the links' origin). Safe to run several times a day: nothing is mailed twice.
 */
import { getDb, migrateDatabase } from "@/db/client";
import { runNotifyJob } from "@/lib/notifications/notify-job";
import { transportFromEnv } from "@/lib/notifications/mail";

const db = getDb();
migrateDatabase(db);
const report = await runNotifyJob({
  db,
  transport: transportFromEnv(),
  origin: process.env.NEXTAUTH_URL ?? "http://localhost:3000",
  from: process.env.MAIL_FROM ?? "Taawun <taawun@localhost>",
});
console.log(`[notify] ${report.raised} notice(s) raised; ${report.sent.length} mail(s) sent${process.env.SMTP_URL ? "" : " (SMTP_URL not set: mail off)"}`);
for (const mail of report.sent) console.log(`[notify]   ${mail.key} → ${mail.to}: ${mail.subject}`);
db.$client.close();

/**
 * `npm run notify` end to end: the job runs as the command does (tsx scripts/notify.ts, a child
 * process) against a real SQLite file and a real SMTP server started here, in process
 * (smtp-server). Each follow-up owner gets one digest in their own language: Arabic (right to
 * left) for an Arabic-speaking user, French for a French-speaking one. A second run sends nothing.
 * Without SMTP_URL the job raises its notices, sends nothing and exits 0.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { closeDb, getDb } from "@/db/client";
import { followUpActions, meetingCounterparts, meetings, notificationDeliveries, notifications, people, users } from "@/db/schema";
import { todayIn } from "@/lib/dates/partial-date";
import { openFreshDatabase } from "@/tests/helpers/test-db";

const run = promisify(execFile);
type Received = { to: string[]; raw: string };

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) of a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** The subject and the text and HTML parts of a message as nodemailer writes it. */
function parseMail(raw: string): { subject: string; language: string | null; text: string; html: string } {
  const [head = ""] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => unfolded.match(new RegExp(`^${name}: (.*)$`, "im"))?.[1] ?? null;
  const parts: Record<string, string> = {};
  for (const part of raw.split(/\r?\n--[^\r\n]+/)) {
    const [partHead = "", ...rest] = part.split(/\r?\n\r?\n/);
    const type = partHead.match(/content-type: (text\/(plain|html))/i)?.[1];
    if (!type) continue;
    parts[type] = decodeBody(rest.join("\n\n"), partHead.match(/content-transfer-encoding: (\S+)/i)?.[1]?.toLowerCase());
  }
  // Names are wrapped in Unicode isolates (U+2068 … U+2069); the assertions read the words.
  const plain = (value: string) => value.replace(/[\u2068\u2069]/g, "");
  return { subject: plain(decodeWords(header("Subject") ?? "")), language: header("Content-Language"), text: plain(parts["text/plain"] ?? ""), html: plain(parts["text/html"] ?? "") };
}

let server: SMTPServer;
let port = 0;
const received: Received[] = [];
let database: ReturnType<typeof openFreshDatabase>;
const emails = { ar: "amina@notify.test", fr: "claire@notify.test" };

/** Runs `npm run notify`'s command on the test database, with SMTP or without. */
async function notify(withSmtp: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.file, NEXTAUTH_URL: "https://taawun.test", MAIL_FROM: "Taawun <taawun@notify.test>" };
  if (withSmtp) env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  else delete env.SMTP_URL;
  return run(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/notify.ts"], { env, cwd: process.cwd() });
}

function addDays(day: string, days: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  database = openFreshDatabase("notify");
  const db = database.db;
  const user = (email: string, name: string, locale: "ar" | "fr", role: "staff" | "supervisor") =>
    db.insert(users).values({ email, name, locale, role, passwordHash: "x" }).returning({ id: users.id }).get().id;
  const recorder = user("recorder@notify.test", "Recorder", "fr", "staff");
  const amina = user(emails.ar, "أمينة", "ar", "supervisor");
  const claire = user(emails.fr, "Claire", "fr", "staff");
  const stamp = { createdBy: recorder, updatedBy: recorder, createdAt: "2026-12-01T09:00:00.000Z", updatedAt: "2026-12-01T09:00:00.000Z" };
  const meetingId = db.insert(meetings).values({ startsOn: "2026-11-30", kind: "working_meeting", ...stamp }).returning({ id: meetings.id }).get().id;
  const personId = db.insert(people).values({ name: "Consuelo", ...stamp }).returning({ id: people.id }).get().id;
  db.insert(meetingCounterparts).values({ meetingId, personId }).run();
  // Due in two days (Morocco's calendar): each owner is told it is due soon.
  const due = addDays(todayIn("Africa/Casablanca"), 2);
  db.insert(followUpActions)
    .values([
      { meetingId, description: "إرسال محضر الاجتماع", ownerKind: "user", ownerUserId: amina, dueOn: due, position: 0 },
      { meetingId, description: "Envoyer le compte rendu", ownerKind: "user", ownerUserId: claire, dueOn: due, position: 1 },
      // Already done: no reminder for it.
      { meetingId, description: "Déjà fait", ownerKind: "user", ownerUserId: claire, dueOn: due, status: "done", position: 2 },
    ])
    .run();
  closeDb();

  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  database.cleanup();
});

describe("npm run notify", () => {
  it("without SMTP_URL raises the due-soon notices, sends nothing and does not fail", async () => {
    const { stdout } = await notify(false);
    expect(stdout).toContain("2 notice(s) raised; 0 mail(s) sent");
    expect(received).toHaveLength(0);
    const db = getDb();
    expect(db.select().from(notifications).all().map((n) => n.kind)).toEqual(["followUpDueSoon", "followUpDueSoon"]);
    expect(db.select().from(notificationDeliveries).all()).toHaveLength(0);
    closeDb();
  }, 60_000);

  it("with SMTP_URL mails one digest to each owner, in the owner's language, right to left in Arabic", async () => {
    const { stdout } = await notify(true);
    expect(stdout).toContain("0 notice(s) raised; 2 mail(s) sent");
    expect(received.map((m) => m.to).sort()).toEqual([[emails.ar], [emails.fr]]);

    const arabic = parseMail(received.find((m) => m.to[0] === emails.ar)!.raw);
    expect(arabic.subject).toBe("تعاون: إشعار واحد اليوم");
    expect(arabic.language).toBe("ar");
    expect(arabic.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic.html).toContain('<body dir="rtl"');
    expect(arabic.text).toContain("السلام عليكم أمينة،");
    expect(arabic.text).toContain("متابعة يحل أجلها قريبا: إرسال محضر الاجتماع");
    expect(arabic.text).toContain("https://taawun.test/meetings/");

    const french = parseMail(received.find((m) => m.to[0] === emails.fr)!.raw);
    expect(french.subject).toBe("Taawun : 1 notification aujourd'hui");
    expect(french.language).toBe("fr");
    expect(french.html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(french.text).toContain("Bonjour Claire,");
    expect(french.text).toContain("Suite à donner bientôt due : Envoyer le compte rendu");
    expect(french.text).not.toContain("Déjà fait");

    const db = getDb();
    expect(db.select().from(notificationDeliveries).all().map((d) => d.to).sort()).toEqual([emails.ar, emails.fr]);
    expect(db.select().from(notifications).all().every((n) => n.emailedAt !== null)).toBe(true);
    closeDb();
  }, 60_000);

  it("run again, sends nothing twice", async () => {
    const { stdout } = await notify(true);
    expect(stdout).toContain("0 notice(s) raised; 0 mail(s) sent");
    expect(received).toHaveLength(2);
    const db = getDb();
    expect(db.select().from(notificationDeliveries).all()).toHaveLength(2);
    closeDb();
  }, 60_000);
});

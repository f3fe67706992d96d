/**
 * The cooperation page generated from the seed, once a supervisor has validated the seed's
 * records and marked whole lists publishable (the publications page's bulk action): the Arabic and
 * French pages, as HTML and as Word, state every seed meeting, project, forum edition and
 * agreement; a record not validated, or not marked publishable, is in no output.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { agreements, meetings, projects } from "@/db/schema";
import { agreementRecords, eventEditionRecords, meetingRecords, personRecords, projectRecords } from "@/db/seed/source-records";
import type { SessionUser } from "@/lib/auth/session";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setPublishable } = await import("@/lib/record-validation/actions");
const { fetchPublishingCandidates } = await import("./candidates");
const { fetchPublishedRecords } = await import("./queries");
const { buildCooperationPage } = await import("./cooperation-page");
const { renderHtmlDocument } = await import("./html");
const { renderDocx } = await import("./docx");
const { documentTranslator } = await import("./translator");
const { periodBounds } = await import("./period");
const { plainText } = await import("./document");

let seeded: ReturnType<typeof openSeededDatabase>;
const out = fs.mkdtempSync(path.join(os.tmpdir(), "taawun-publications-"));

beforeAll(async () => {
  seeded = openSeededDatabase("publications");
  session.current = seeded.accounts.supervisor;
  // The supervisor validates and marks every list publishable, a whole filtered list at a time.
  for (const kind of ["meeting", "project", "agreement", "event_edition"] as const) {
    const rows = fetchPublishingCandidates(seeded.accounts.supervisor, kind, periodBounds({}));
    const result = await setPublishable({ entityType: kind, items: rows.map(({ id, version }) => ({ id, version })), publishable: true, validate: true });
    expect(result.ok).toBe(true);
  }
});
afterAll(() => {
  seeded.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

async function generate(locale: "ar" | "fr", period: { from?: string; to?: string } = {}) {
  const records = fetchPublishedRecords(seeded.accounts.staff, periodBounds(period));
  const doc = buildCooperationPage(records, { locale, period }, documentTranslator(locale));
  const html = renderHtmlDocument(doc);
  const file = path.join(out, `page-${locale}-${Date.now()}.docx`);
  fs.writeFileSync(file, await renderDocx(doc));
  // What Word reads: the document part's text, run by run.
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8", maxBuffer: 32 * 1024 * 1024 });
  const wordText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  const htmlText = html.replace(/<[^>]+>/g, "").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  // The direction marks Word needs after a run in the other script are invisible: read past them.
  const wordPlain = wordText.replace(/[\u200E\u200F]/g, "").replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return { doc, html, htmlText, xml, wordText: wordPlain };
}

const personName = (key: string, locale: "ar" | "fr") => {
  const person = personRecords.find((p) => p.key === key)!;
  return locale === "ar" ? person.name : (person.nameTransliterated ?? person.name);
};

describe.each(["ar", "fr"] as const)("the %s cooperation page from the seed", (locale) => {
  it("states every seed meeting, project, forum edition and agreement, in HTML and in Word", async () => {
    const { htmlText, wordText, doc } = await generate(locale);
    // PUBLICATIONS_DUMP=<dir> keeps the files, to look at them (LibreOffice, a browser).
    if (process.env.PUBLICATIONS_DUMP) {
      fs.writeFileSync(path.join(process.env.PUBLICATIONS_DUMP, `page-${locale}.html`), renderHtmlDocument(doc));
      fs.writeFileSync(path.join(process.env.PUBLICATIONS_DUMP, `page-${locale}.docx`), await renderDocx(doc));
    }
    for (const text of [htmlText, wordText]) {
      for (const meeting of meetingRecords) {
        if (meeting.counterparts.length > 0) {
          for (const c of meeting.counterparts) {
            expect(text, `meeting ${meeting.key}`).toContain(personName(c.person, locale));
            expect(text, `title at meeting ${meeting.key}`).toContain(c.titleAtMeeting);
          }
        } else {
          expect(text, `meeting ${meeting.key}`).toContain(formatPartialDateRange(meeting.startsOn, meeting.endsOn, locale));
        }
      }
      for (const project of projectRecords) expect(text, `project ${project.key}`).toContain(locale === "fr" ? (project.titleFr ?? project.titleAr) : project.titleAr);
      for (const edition of eventEditionRecords) expect(text, `edition ${edition.key}`).toContain(formatPartialDateRange(edition.startsOn, edition.endsOn, locale));
      for (const agreement of agreementRecords) {
        const country = seeded.db.$client.prepare(`select name_${locale} as name from countries where code = ?`).get(agreement.counterpartCountryCode) as { name: string };
        expect(text, `agreement ${agreement.key}`).toContain(country.name);
      }
    }
    // The sections come in the department page's order.
    expect(doc.sections.map((s) => s.anchor)).toEqual(["meetings", "countries", "events", "agreements"]);
    expect(doc.sections[1]!.sections.map((s) => s.anchor)).toEqual(["country-DE", "country-BE", "country-ES"]);
    // The agreements table: one row per agreement, latest signed first.
    const table = doc.sections[3]!.blocks[0]!;
    expect(table.kind === "table" && table.rows.length).toBe(agreementRecords.length);
  });

  it("keeps dates at their precision and invents no budget", async () => {
    const { htmlText } = await generate(locale);
    // Recoming's milestones held to the month stay months; Amoudou's budget is the source's 4.6 M€.
    expect(htmlText).toContain(locale === "ar" ? "أبريل 2017" : "avril 2017");
    expect(htmlText).not.toMatch(/(^|\D)1 (أبريل|avril) 2017/);
    expect(htmlText).toMatch(/4[\s\u202f.,]?600[\s\u202f.,]?000/);
    const budgets = htmlText.match(/€/g) ?? [];
    expect(budgets).toHaveLength(1);
  });
});

describe("what is not validated or not publishable", () => {
  it("is absent from every output", async () => {
    const { db } = seeded;
    // A meeting withdrawn from publishing, a project a staff member edited (back in the queue), an
    // agreement never marked.
    const bracke = db.select().from(meetings).where(eq(meetings.startsOn, "2018-04-07")).get()!;
    session.current = seeded.accounts.supervisor;
    expect((await setPublishable({ entityType: "meeting", items: [{ id: bracke.id, version: bracke.version }], publishable: false, validate: false })).ok).toBe(true);
    db.update(projects).set({ validationStatus: "edited" }).where(eq(projects.acronym, "Amoudou")).run();
    const egypt = db.select().from(agreements).where(eq(agreements.counterpartCountryCode, "EG")).get()!;
    db.update(agreements).set({ publishable: false }).where(eq(agreements.id, egypt.id)).run();

    for (const locale of ["ar", "fr"] as const) {
      const { htmlText, wordText, xml } = await generate(locale);
      for (const text of [htmlText, wordText, xml]) {
        expect(text).not.toContain("Siegfried Bracke");
        expect(text).not.toContain("أمودو");
        expect(text).not.toContain(locale === "ar" ? "مصر" : "Égypte");
      }
      expect(htmlText).toContain("Jan Peumans");
    }
    // Restore for the other tests' independence.
    db.update(projects).set({ validationStatus: "validated" }).where(eq(projects.acronym, "Amoudou")).run();
  });

  it("a period keeps only the records that meet it", async () => {
    const { htmlText } = await generate("ar", { from: "2018-03", to: "2018-03" });
    expect(htmlText).toContain("Tim COLE");
    expect(htmlText).not.toContain("Pia KJAERSGAARD");
    expect(htmlText).toContain("الدورة 2");
    expect(htmlText).not.toContain("الدورة 1");
  });
});

describe("the HTML for the CMS", () => {
  it("is clean: lang and dir set, Latin names isolated, no class, style or script", async () => {
    const { html } = await generate("ar");
    expect(html).toContain('<html lang="ar-MA" dir="rtl">');
    expect(html).toContain("<bdi>Pia KJAERSGAARD</bdi>");
    expect(html).not.toMatch(/ class=| style=|<script|<style|<link/);
    expect(html).toMatch(/<h2>[^<]+<\/h2>/);
    expect(html).toContain("<table>");
  });

  it("the Word file has real headings, right-to-left paragraphs and runs, and a table", async () => {
    const { xml } = await generate("ar");
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain("<w:rtl/>");
    expect(xml).toContain("<w:tbl>");
    expect(xml).toContain("<w:bidiVisual/>");
  });

  it("the model's text is what both renderers say", async () => {
    const { doc, htmlText } = await generate("fr");
    expect(htmlText).toContain(plainText(doc.sections[0]!.heading));
  });
});

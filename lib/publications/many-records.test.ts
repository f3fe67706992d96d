/**
 * The publications page with many records (as at life size, where a decade holds 100,000
 * meetings): nothing it shows grows with the data. A period holding more than one page takes is
 * refused with its count instead of being built; a period that fits is read in chunks (more ids
 * than one SQL statement carries) and previewed cut short; the publishing lists show their first
 * records by name, whole counts, and a bounded batch for "mark all".
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { meetingCounterparts, meetings, people } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { MAX_PAGE_RECORDS, PublicationTooLargeError, fetchPublishedRecords } = await import("./queries");
const { fetchCooperationDocumentOrLimit, fetchPublicationsPage, MARK_BATCH, PREVIEW_LIST_ITEMS, SHOWN_CANDIDATES } = await import("./view");
const { periodBounds } = await import("./period");

let seeded: ReturnType<typeof openSeededDatabase>;
const inYear = MAX_PAGE_RECORDS - 100; // 2031: fits one page, and holds more ids than one chunk
const beyond = 300; // 2032: together with 2031, more than a page

beforeAll(() => {
  seeded = openSeededDatabase("publications-many");
  session.current = seeded.accounts.supervisor;
  const { db } = seeded;
  const person = db.insert(people).values({ name: "Ana Torres", validationStatus: "validated" }).returning().get().id;
  db.transaction((tx) => {
    const add = (year: number, n: number, publishable: boolean) => {
      for (let i = 0; i < n; i += 1) {
        const day = String((i % 28) + 1).padStart(2, "0");
        const month = String((i % 12) + 1).padStart(2, "0");
        const id = tx
          .insert(meetings)
          .values({ startsOn: `${year}-${month}-${day}`, kind: "working_meeting", countryCode: "ES", topics: `لقاء ${year} رقم ${i}`, validationStatus: "validated", publishable })
          .returning({ id: meetings.id })
          .get().id;
        tx.insert(meetingCounterparts).values({ meetingId: id, personId: person, titleAtMeeting: "وزيرة" }).run();
      }
    };
    add(2031, inYear, true);
    add(2032, beyond, true);
    add(2033, 700, false);
  });
});
afterAll(() => seeded.cleanup());

describe("the cooperation page with many records", () => {
  it("refuses a period holding more than one page takes, with the count, and builds nothing", () => {
    expect(() => fetchPublishedRecords(seeded.accounts.supervisor, periodBounds({ from: "2031", to: "2032" }))).toThrow(PublicationTooLargeError);
    const { doc, tooLarge } = fetchCooperationDocumentOrLimit(seeded.accounts.supervisor, { from: "2031", to: "2032", lang: "fr" });
    expect(doc).toBeNull();
    expect(tooLarge).toEqual({ count: inYear + beyond, max: MAX_PAGE_RECORDS });
  });

  it("reads a period that fits in chunks, every meeting with its counterpart", () => {
    const records = fetchPublishedRecords(seeded.accounts.supervisor, periodBounds({ from: "2031", to: "2031" }));
    expect(records.meetings).toHaveLength(inYear);
    expect(records.meetings.every((m) => m.counterparts.length === 1 && m.counterparts[0]!.name === "Ana Torres")).toBe(true);
  });

  it("previews a long list cut short, saying how many more the downloads hold; the page stays small", () => {
    const page = fetchPublicationsPage(seeded.accounts.supervisor, { from: "2031", to: "2031", lang: "fr" }, "fr");
    const html = page.articleHtml ?? "";
    expect((html.match(/<li/g) ?? []).length).toBeLessThanOrEqual(PREVIEW_LIST_ITEMS + 20);
    expect(html).toContain(`et ${inYear - PREVIEW_LIST_ITEMS} de plus`);
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
  });

  it("shows the first records of each list by name, the whole counts, and one batch to mark", () => {
    const page = fetchPublicationsPage(seeded.accounts.supervisor, { from: undefined, to: undefined, lang: "ar" }, "ar");
    const list = page.lists.find((l) => l.kind === "meeting")!;
    expect(page.articleHtml).toBeNull();
    expect(page.tooLarge?.count).toBeGreaterThan(MAX_PAGE_RECORDS);
    expect(list.rows).toHaveLength(SHOWN_CANDIDATES);
    expect(list.counts.total).toBeGreaterThanOrEqual(inYear + beyond + 700);
    expect(list.counts.toMark).toBeGreaterThanOrEqual(700);
    expect(list.toMark).toHaveLength(MARK_BATCH);
    expect(list.marked).toHaveLength(MARK_BATCH);
  });
});

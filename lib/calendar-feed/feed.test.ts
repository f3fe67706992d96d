/**
 * Calendar feeds against a real seeded SQLite file, read through the real route handler and
 * parsed with an iCalendar parser (node-ical): the feed parses; month-precision items span their
 * month and say so, never showing a day the record does not hold; a committee member's feed holds
 * only their projects' milestones; a revoked URL answers 404 and a new one can be created.
 * The process runs in New York time: no date may shift.
 */
process.env.TZ = "America/New_York";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import ical, { type VEvent } from "node-ical";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createCalendarFeed, revokeCalendarFeed } = await import("./actions");
const { fetchCalendarItems, fetchMyCalendarFeed } = await import("./queries");
const { GET } = await import("@/app/api/calendar/[token]/route");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("calendar-feed");
});
afterAll(() => seeded.cleanup());

async function feedOf(user: SessionUser) {
  session.current = user;
  const created = await createCalendarFeed();
  expect(created.ok).toBe(true);
  return fetchMyCalendarFeed(user)!;
}

async function read(token: string) {
  const response = await GET(new Request(`http://localhost/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

describe("a staff member's feed", () => {
  it("parses, and holds meetings, event editions and milestones at their precision", async () => {
    const feed = await feedOf(seeded.accounts.staff);
    const { status, type, text } = await read(feed.token);
    expect(status).toBe(200);
    expect(type).toBe("text/calendar; charset=utf-8");
    const items = events(text);
    expect(items.length).toBeGreaterThan(30);
    expect(text).toContain("X-WR-TIMEZONE:Africa/Casablanca");
    // A day stays that day, whatever the server's zone: Pia KJAERSGAARD, 4 January 2018.
    const kjaersgaard = items.find((e) => String(e.summary).includes("Pia KJAERSGAARD"))!;
    expect(text).toMatch(/DTSTART;VALUE=DATE:20180104\r\nDTEND;VALUE=DATE:20180105/);
    expect(kjaersgaard.datetype).toBe("date");
    // The GFMD side meetings span the forum's three days.
    expect(text).toMatch(/DTSTART;VALUE=DATE:20181205\r\nDTEND;VALUE=DATE:20181208/);
    // Recoming's mission to Berlin, April 2017: an all-day item over the whole month, marked.
    const berlin = items.find((e) => String(e.summary).includes("المهمة الأولى ببرلين"))!;
    expect(String(berlin.summary)).toContain("(الشهر فقط، دون يوم محدد)");
    expect(String(berlin.description)).toContain("أبريل 2017");
    const raw = text.split("BEGIN:VEVENT").find((block) => block.includes("المهمة الأولى ببرلين"))!;
    expect(raw).toMatch(/DTSTART;VALUE=DATE:20170401\r\nDTEND;VALUE=DATE:20170501/);
    expect(raw).toContain("X-TAAWUN-DATE-PRECISION:month");
    // The Migrant Week edition of December 2016, likewise.
    expect(items.some((e) => String(e.summary).startsWith("أسبوع المهاجر (الشهر فقط"))).toBe(true);
  });
});

describe("a committee member's feed", () => {
  it("holds only their projects' items", async () => {
    const feed = await feedOf(seeded.accounts.committee);
    const items = events((await read(feed.token)).text);
    // Recoming's 14 milestones, less the 3 the source gives no date (a feed item needs one).
    expect(items.length).toBe(11);
    expect(items.every((e) => String(e.summary).startsWith("محطة Recoming"))).toBe(true);
    expect(items.some((e) => String(e.summary).includes("RECOSA"))).toBe(false);
    expect(items.some((e) => String(e.summary).startsWith("لقاء"))).toBe(false);
    const other = await feedOf(seeded.accounts.otherCommittee);
    const otherItems = events((await read(other.token)).text);
    expect(otherItems.map((e) => String(e.summary))).toEqual([expect.stringContaining("RECOSA")]);
  });
});

describe("a feed's bound", () => {
  it("holds, of each kind, only the items nearest today on each side, read in date order", () => {
    const staff = seeded.accounts.staff;
    const all = fetchCalendarItems(staff, { today: "2018-06-15" }).filter((i) => i.kind === "meeting");
    const bounded = fetchCalendarItems(staff, { today: "2018-06-15", perSide: 2 }).filter((i) => i.kind === "meeting");
    const past = all.filter((i) => i.start < "2018-06-15");
    const upcoming = all.filter((i) => i.start >= "2018-06-15");
    expect(past.length).toBeGreaterThan(2);
    expect(upcoming.length).toBeGreaterThan(2);
    // The two latest before the day and the two soonest from it, nothing further away.
    expect(bounded.map((i) => i.id)).toEqual([...past.slice(-2), ...upcoming.slice(0, 2)].map((i) => i.id));
    expect(bounded.map((i) => i.start)).toEqual([...bounded.map((i) => i.start)].sort());
    const milestones = fetchCalendarItems(staff, { today: "2017-03-10", perSide: 1 }).filter((i) => i.kind === "milestone");
    expect(milestones.length).toBe(2);
    expect(milestones.map((i) => i.start)).toEqual(["2017-03", "2017-03-16"]);
  });
});

describe("revoking", () => {
  it("makes the old URL answer 404; a new URL can then be created", async () => {
    const user = seeded.accounts.supervisor;
    const feed = await feedOf(user);
    expect((await read(feed.token)).status).toBe(200);
    // One active link at a time.
    expect(await createCalendarFeed()).toMatchObject({ ok: false, error: "rule", message: "calendarFeedExists" });
    // Nobody revokes someone else's feed.
    session.current = seeded.accounts.staff;
    expect(await revokeCalendarFeed({ id: feed.id })).toMatchObject({ ok: false, error: "notFound" });
    session.current = user;
    expect(await revokeCalendarFeed({ id: feed.id })).toEqual({ ok: true, data: null });
    expect((await read(feed.token)).status).toBe(404);
    expect(fetchMyCalendarFeed(user)).toBeNull();
    const renewed = await feedOf(user);
    expect(renewed.token).not.toBe(feed.token);
    expect((await read(renewed.token)).status).toBe(200);
    expect((await read(feed.token)).status).toBe(404);
    expect((await read("not-a-token")).status).toBe(404);
  });
});

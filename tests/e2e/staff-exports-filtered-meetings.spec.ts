/**
 * Staff filter the meetings by a country and a date range, then export what they see as Excel
 * and as CSV. Both files hold exactly the meetings the same filter selects in the database, newest
 * first; Arabic arrives intact; a month-precision date stays `yyyy-mm` text while a day is a real
 * date; the CSV starts with a byte-order mark; the workbook reads right to left and carries a
 * second sheet of one row per counterpart.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { createTestUser, withDb } from "./support/db";
import { choose, signIn } from "./support/fixtures";

/** The Arabic catalogue (labels the user reads and the export's headers). */
const ar = JSON.parse(readFileSync("messages/ar.json", "utf8"));

/** Iceland: no seeded meeting and no other story records one there. */
const COUNTRY = "IS";
const FROM = "2017-01-01";
const TO = "2017-12-31";

type Seeded = { month: number; day: number; range: number; outside: number[]; tag: string; name: string; title: string; otherName: string };

/** Meetings in Iceland around 2017, at three precisions, one with two counterparts (Arabic names). */
function seedIcelandMeetings(): Seeded {
  const tag = `exp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const name = `غودموندور يونسون ${tag}`;
  const otherName = `Sigríður Jónsdóttir ${tag}`;
  const title = "وزير الشؤون الاجتماعية، المكلف بالهجرة";
  return withDb((db) => {
    const meeting = db.prepare(
      "insert into meetings (starts_on, ends_on, kind, country_code, city, topics, search_text) values (?, ?, ?, ?, ?, ?, ?) returning id",
    );
    const insert = (startsOn: string, endsOn: string | null, topics: string) =>
      (meeting.get(startsOn, endsOn, "working_meeting", COUNTRY, "ريكيافيك", `${topics} ${tag}`, tag) as { id: number }).id;
    const month = insert("2017-04", null, "تنقل الكفاءات");
    const day = insert("2017-05-10", null, "حماية حقوق المهاجرين، وإدماجهم");
    const range = insert("2016-12-30", "2017-01-02", "لقاء على مدى يومين");
    const outside = [insert("2018-02-01", null, "خارج الفترة"), insert("2016", null, "سنة سابقة")];
    const person = db.prepare("insert into people (name, country_code, search_text) values (?, ?, ?) returning id");
    const first = (person.get(name, COUNTRY, tag) as { id: number }).id;
    const second = (person.get(otherName, COUNTRY, tag) as { id: number }).id;
    db.prepare("insert into meeting_counterparts (meeting_id, person_id, title_at_meeting, position) values (?, ?, ?, 0), (?, ?, null, 1)").run(day, first, title, day, second);
    return { month, day, range, outside, tag, name, title, otherName };
  });
}

/** The ids the filter selects, by the database: Icelandic meetings whose span meets [FROM, TO]. */
function expectedIds(): number[] {
  const rows = withDb((db) =>
    db
      .prepare("select id, starts_on as startsOn, ends_on as endsOn from meetings where country_code = ? and archived_at is null order by starts_on desc, id desc")
      .all(COUNTRY),
  ) as { id: number; startsOn: string; endsOn: string | null }[];
  const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return rows.filter((r) => firstDay(r.startsOn) <= TO && lastDay(r.endsOn ?? r.startsOn) >= FROM).map((r) => r.id);
}

async function download(page: Page, item: string): Promise<Buffer> {
  await page.getByRole("button", { name: ar.exports.control, exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  expect(file.suggestedFilename()).toMatch(/^taawun-meetings-\d{4}-\d{2}-\d{2}\.(xlsx|csv)$/);
  return readFile((await file.path())!);
}

test("staff export the meetings they filtered, as Excel and as CSV", async ({ page }) => {
  const seeded = seedIcelandMeetings();
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings");
  await choose(page, ar.meetings.filters.country, "آيسلندا");
  // The label "من" also names the date picker's button: pick the text field.
  await page.getByRole("textbox", { name: ar.meetings.filters.from, exact: true }).fill(FROM);
  await page.getByRole("textbox", { name: ar.meetings.filters.to, exact: true }).fill(TO);
  await page.getByRole("button", { name: ar.meetings.filters.apply }).click();
  await expect(page).toHaveURL(/country=IS/);
  await expect(page).toHaveURL(/from=2017-01-01/);
  await expect(page).toHaveURL(/to=2017-12-31/);

  const ids = expectedIds();
  expect(ids).toEqual(expect.arrayContaining([seeded.month, seeded.day, seeded.range]));
  for (const id of seeded.outside) expect(ids).not.toContain(id);
  const counterparts = `${seeded.name} — ${seeded.title}; ${seeded.otherName}`;

  // Excel
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, ar.exports.excel)) as unknown as ArrayBuffer);
  const [sheet, counterpartSheet] = workbook.worksheets;
  expect(sheet!.views[0]).toMatchObject({ state: "frozen", ySplit: 1, rightToLeft: true });
  const header = (sheet!.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual([
    "المعرف",
    ar.meetings.form.startsOn,
    ar.meetings.form.endsOn,
    ar.meetings.form.kind,
    ar.meetings.form.country,
    "رمز البلد",
    ar.meetings.form.city,
    ar.meetings.form.venue,
    ar.meetings.form.counterparts,
    ar.meetings.form.topics,
    ar.meetings.form.outcome,
  ]);
  const rows: unknown[][] = [];
  sheet!.eachRow((row, index) => {
    if (index > 1) rows.push((row.values as unknown[]).slice(1));
  });
  expect(rows.map((r) => r[0])).toEqual(ids);
  const month = rows.find((r) => r[0] === seeded.month)!;
  expect(month[1]).toBe("2017-04");
  expect(month[4]).toBe("آيسلندا");
  expect(month[5]).toBe(COUNTRY);
  expect(month[6]).toBe("ريكيافيك");
  const day = rows.find((r) => r[0] === seeded.day)!;
  expect((day[1] as Date).toISOString().slice(0, 10)).toBe("2017-05-10");
  expect(day[3]).toBe(ar.meetings.kinds.working_meeting);
  expect(day[8]).toBe(counterparts);
  expect(day[9]).toBe(`حماية حقوق المهاجرين، وإدماجهم ${seeded.tag}`);
  const perCounterpart: unknown[][] = [];
  counterpartSheet!.eachRow((row, index) => {
    if (index > 1 && row.getCell(1).value === seeded.day) perCounterpart.push((row.values as unknown[]).slice(1));
  });
  expect(perCounterpart.map((r) => [r[0], r[3], r[4] ?? null])).toEqual([
    [seeded.day, seeded.name, seeded.title],
    [seeded.day, seeded.otherName, null],
  ]);

  // CSV
  const bytes = await download(page, ar.exports.csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  expect(text.split("\r\n")[0]).toBe(header.join(","));
  const records = parse(text, { from_line: 2, record_delimiter: "\r\n" }) as string[][];
  expect(records.map((r) => Number(r[0]))).toEqual(ids);
  const csvMonth = records.find((r) => Number(r[0]) === seeded.month)!;
  expect(csvMonth[1]).toBe("2017-04");
  const csvDay = records.find((r) => Number(r[0]) === seeded.day)!;
  expect(csvDay[1]).toBe("2017-05-10");
  expect(csvDay[8]).toBe(counterparts);
  expect(csvDay[9]).toBe(`حماية حقوق المهاجرين، وإدماجهم ${seeded.tag}`);

  // Audited: who exported which list, with which filters.
  const audit = withDb((db) =>
    db.prepare("select changes from audit_log where action = 'export' and user_id = ? order by id").all(staff.id),
  ) as { changes: string }[];
  expect(audit.map((a) => JSON.parse(a.changes))).toEqual([
    { list: "meetings", format: "xlsx", filters: { q: "", country: COUNTRY, from: FROM, to: TO } },
    { list: "meetings", format: "csv", filters: { q: "", country: COUNTRY, from: FROM, to: TO } },
  ]);
});

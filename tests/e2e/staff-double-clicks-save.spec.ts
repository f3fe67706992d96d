/**
 * A Save clicked twice makes one meeting: the form sends its idempotency key with every send,
 * and the write path answers a repeated key with the first meeting (lib/write/idempotency.ts).
 * Each story counts the stored rows by a topic of its own, straight in the e2e database.
 */
import { expect, test, type Page, type Request } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { fillMeeting } from "./support/meeting-form";

/** The server-action posts the page sends, and which of them have had their answer (or failed). */
function watchActionPosts(page: Page) {
  const sent = new Set<Request>();
  const answered = new Set<Request>();
  const isAction = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]);
  page.on("request", (request) => {
    if (isAction(request)) sent.add(request);
  });
  const answer = (request: Request) => {
    if (isAction(request)) answered.add(request);
  };
  page.on("requestfinished", answer);
  page.on("requestfailed", answer);
  return {
    get sent() {
      return sent.size;
    },
    /** Every post sent so far has been answered. */
    get settled() {
      return sent.size > 0 && [...sent].every((request) => answered.has(request));
    },
  };
}

const meetingsAbout = (topics: string) =>
  withDb((db) => db.prepare("select count(*) as n from meetings where topics = ?").get(topics) as { n: number }).n;

async function openNewMeeting(page: Page, topics: string) {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  return fillMeeting(page, "ar", {
    date: "2026-10-14",
    kind: "جلسة عمل",
    newPersonName: `ماريا لوبيز ${topics}`,
    topics,
  });
}

/** Waits for the meeting's page and for every action post to be answered, then counts. */
async function expectOneMeeting(page: Page, posts: ReturnType<typeof watchActionPosts>, topics: string) {
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect.poll(() => posts.settled).toBe(true);
  expect(meetingsAbout(topics)).toBe(1);
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  const stored = withDb((db) => db.prepare("select id from meetings where topics = ?").get(topics) as { id: number });
  expect(stored.id).toBe(id);
}

const uniqueTopic = (story: string) => `${story} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("staff double-clicks Save and gets one meeting", async ({ page }) => {
  const topics = uniqueTopic("نقر مزدوج");
  const save = await openNewMeeting(page, topics);
  const posts = watchActionPosts(page);
  await save.dblclick();
  await expectOneMeeting(page, posts, topics);
});

test("staff clicks Save twice quickly and gets one meeting", async ({ page }) => {
  const topics = uniqueTopic("نقرتان سريعتان");
  const save = await openNewMeeting(page, topics);
  const posts = watchActionPosts(page);
  // Two separate clicks at the button's place, the second without waiting for anything.
  await save.scrollIntoViewIfNeeded();
  const box = (await save.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expectOneMeeting(page, posts, topics);
});

test("two clicks before the button can turn disabled send twice and still make one meeting", async ({ page }) => {
  const topics = uniqueTopic("إرسال مكرر");
  const save = await openNewMeeting(page, topics);
  const posts = watchActionPosts(page);
  // Both clicks in one task: React has not re-rendered the button as disabled in between, so
  // the form submits twice and only the idempotency key keeps it to one record.
  await save.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expectOneMeeting(page, posts, topics);
  expect(posts.sent).toBe(2);
});

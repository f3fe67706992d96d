/**
 * The desk, polished: a saved change is confirmed by a toast linking to the record; an
 * administrator opening a staff form is told it is not allowed (a committee member still gets
 * "not found"); the agreements board shows only the statuses in use, and agreements that share a
 * title are told apart by their counterpart.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

test("a saved meeting is confirmed by a toast that links to it", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const id = await recordMeeting(page, "ar", { date: "03/03/2024", newPersonName: `تأكيد ${Date.now()}` });
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: "تم الحفظ" });
  await expect(toast).toBeVisible();
  await toast.getByRole("button", { name: "فتح السجل" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}$`));
});

test("an administrator opening a staff form is told it is not allowed; a committee member still finds nothing", async ({ page }) => {
  const admin = await createTestUser("admin", { locale: "ar" });
  await signIn(page, admin.email, admin.password);
  for (const path of ["/meetings/new", "/projects/new", "/agreements/new"]) {
    await page.goto(path);
    await expect(page.getByTestId("not-allowed")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("غير مسموح");
  }
  await page.context().clearCookies();
  const member = await createTestUser("committee", { locale: "ar" });
  await signIn(page, member.email, member.password);
  for (const path of ["/meetings/new", "/projects/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  }
});

test("the agreements board shows only the statuses in use, each card naming its counterpart and date", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/agreements?view=board");
  const inUse = withDb((db) => (db.prepare("select distinct signing_status s from agreements where archived_at is null").all() as { s: string }[]).map((r) => r.s));
  const board = page.getByTestId("agreements-board");
  await expect(board.locator("section[data-status]")).toHaveCount(inUse.length);
  await expect(board.getByRole("link", { name: "مذكرة تفاهم — ساحل العاج" })).toBeVisible();
  await expect(board.getByRole("link", { name: "مذكرة تفاهم — السنغال" })).toBeVisible();
  await expect(board.locator("li").filter({ hasText: "مذكرة تفاهم — تونس" })).toContainText("25 ماي 2009");
  // The table tells them apart the same way.
  await page.goto("/agreements");
  await expect(page.getByTestId("agreements-table").getByRole("link", { name: "مذكرة تفاهم — مصر" })).toBeVisible();
});

test("the dashboard's meetings chart spans the data's actual period, with a period control", async ({ page }) => {
  await signIn(page, "supervisor@taawun.test");
  const chart = page.getByTestId("meetings-chart");
  const [first, last] = withDb((db) => {
    const r = db.prepare("select min(substr(starts_on, 1, 7)) f, max(substr(starts_on, 1, 7)) l from meetings where archived_at is null and length(starts_on) >= 7").get() as { f: string; l: string };
    return [r.f, r.l];
  });
  const recentHasMeetings = withDb((db) => (db.prepare("select count(*) n from meetings where archived_at is null and length(starts_on) >= 7 and starts_on >= date('now', '-23 months', 'start of month')").get() as { n: number }).n > 0);
  const period = chart.getByTestId("chart-period");
  await expect(period.getByRole("link", { name: recentHasMeetings ? "آخر 24 شهرا" : "كل الفترة" })).toHaveAttribute("aria-current", "page");
  await period.getByRole("link", { name: "كل الفترة" }).click();
  await expect(page).toHaveURL(/period=all/);
  await expect(chart.getByTestId(`meetings-${first}`)).toBeAttached();
  await expect(chart.getByTestId(`meetings-${last}`)).toBeAttached();
  await expect(chart.locator("h2")).toContainText("اللقاءات شهريا من");
  await period.getByRole("link", { name: "آخر 24 شهرا" }).click();
  await expect(chart.locator("li")).toHaveCount(24);
});

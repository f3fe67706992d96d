import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn, switchLanguage } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";
import { todayInCasablanca } from "./support/workspaces";

// Month names as Morocco writes them (CLDR ar-MA), and as the Middle East does, which must not show.
const moroccanMonths = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
const easternMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

test("staff records a meeting in Arabic and finds it at the top of the list with a Moroccan month name", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.getByRole("link", { name: "اللقاءات" }).first().click();
  await page.getByRole("link", { name: "تسجيل لقاء" }).click();
  const name = `خوان بيريز ${Date.now()}`;
  // Tomorrow: later than any date another story records (some record today), so it is the newest,
  // whenever the suite runs.
  const date = new Date(Date.parse(`${todayInCasablanca()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const monthName = moroccanMonths[month - 1]!;
  const id = await recordMeeting(page, "ar", {
    date,
    kind: "جلسة عمل",
    country: "إسبانيا",
    city: "الرباط",
    newPersonName: name,
    title: "كاتب الدولة المكلف بالهجرة",
    topics: "تتبع برنامج مسار والتعاون في مجال الإدماج",
  });

  // The meeting's own page, in Arabic, with the Moroccan month name.
  await expect(page.getByTestId("meeting-date")).toHaveText(`${day} ${monthName} ${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  // The list: newest first, so it is the first row.
  await page.goto("/meetings");
  const firstRow = page.locator("tbody tr").first();
  await expect(firstRow).toContainText(name);
  await expect(firstRow).toContainText(`${monthName} ${year}`);
  if (easternMonths[month - 1] !== monthName) await expect(firstRow).not.toContainText(easternMonths[month - 1]!);
  await expect(firstRow).toContainText("كاتب الدولة المكلف بالهجرة");

  // Stored as typed, by this user, with an audit entry.
  const stored = withDb((db) =>
    db.prepare("select starts_on, ends_on, created_by, country_code from meetings where id = ?").get(id),
  );
  expect(stored).toEqual({ starts_on: date, ends_on: null, created_by: staff.id, country_code: "ES" });
  const audit = withDb((db) =>
    db.prepare("select action, user_id from audit_log where entity_type = 'meeting' and entity_id = ?").all(id),
  );
  expect(audit).toEqual([{ action: "create", user_id: staff.id }]);
});

test("staff switches to French and records a meeting there", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await switchLanguage(page, "Français");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  // The choice is saved with the user.
  expect(withDb((db) => db.prepare("select locale from users where id = ?").get(staff.id))).toEqual({ locale: "fr" });

  await page.goto("/meetings/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enregistrer un entretien");
  const name = `Ana García ${Date.now()}`;
  await recordMeeting(page, "fr", {
    date: "2026-11-20",
    kind: "Visite de courtoisie",
    country: "Espagne",
    newPersonName: name,
    title: "Ambassadrice d'Espagne au Maroc",
  });
  await expect(page.getByTestId("meeting-date")).toHaveText("20 novembre 2026");

  await page.goto(`/meetings?q=${encodeURIComponent(name)}`);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr").first()).toContainText("Visite de courtoisie");
  await expect(page.locator("tbody tr").first()).toContainText("Espagne");
});

test("a bad date is refused beside its field, in the user's language, and what was typed stays", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  await page.getByLabel("المواضيع المتناولة", { exact: true }).fill("نص يجب أن يبقى");
  await page.getByRole("textbox", { name: "التاريخ", exact: true }).fill("");
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByText("هذا الحقل إلزامي.").first()).toBeVisible();
  await expect(page.getByText("اختر شخصا أو اكتب اسم شخص جديد.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "التاريخ", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("المواضيع المتناولة", { exact: true })).toHaveValue("نص يجب أن يبقى");
  await expect(page).toHaveURL(/\/meetings\/new$/);
});

test("picking a known person offers their latest title", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  await page.getByRole("combobox", { name: "الشخص", exact: true }).click();
  await page.getByRole("combobox", { name: /بحث: الشخص/ }).fill("KJAERSGAARD");
  await page.getByRole("option", { name: /Pia KJAERSGAARD/ }).click();
  await expect(page.getByRole("textbox", { name: "الصفة عند اللقاء", exact: true })).toHaveValue("رئيسة البرلمان الدانماركي");

});

test("a reversed date range on the list says why nothing matches", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings?from=2018-12-31&to=2018-01-01");
  await expect(page.getByRole("status").filter({ hasText: "تاريخ النهاية يسبق تاريخ البداية" })).toBeVisible();
});

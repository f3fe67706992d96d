import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { addMilestone, chooseIn, fillPartialDate, milestoneRow, projectRow, searchIn } from "./support/project-form";

test("staff creates a project with two partners (one in two roles), adds milestones at day and month precision, marks one done, and the progress and late markers follow", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password);
  const acronym = `E2E-${Date.now()}`;
  const agency = `وكالة الاختبار ${Date.now()}`;

  // --- The project, with its partners -------------------------------------------------------
  await page.getByRole("link", { name: "المشاريع" }).first().click();
  await page.getByRole("link", { name: "مشروع جديد" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مشروع جديد");
  await page.getByLabel("الاسم المختصر", { exact: true }).fill(acronym);
  await page.getByLabel("العنوان بالعربية", { exact: true }).fill("مشروع تجريبي لتتبع التقدم");
  await chooseIn(page, page, "الوضعية", "في طور التنفيذ");
  await searchIn(page, page, "البلد الشريك", "ألمانيا");
  await fillPartialDate(page, "البداية المتوقعة", "2019");

  // Partner 1: a known organisation holding two roles.
  await page.getByRole("button", { name: "إضافة شريك" }).click();
  const first = page.getByTestId("partner-row").nth(0);
  await searchIn(page, first, "الجهة", "وكالة التعاون الألماني (GIZ)", "GIZ");
  await first.getByRole("checkbox", { name: /^التنفيذ/ }).click();
  await first.getByRole("checkbox", { name: /^عضو لجنة القيادة/ }).click();

  // Partner 2: an organisation added inline, as funder.
  await page.getByRole("button", { name: "إضافة شريك" }).click();
  const second = page.getByTestId("partner-row").nth(1);
  // "New organisation" is not a value: it turns the row into the organisation's own fields.
  await searchIn(page, second, "الجهة", "+ جهة جديدة…", null);
  await second.getByLabel("اسم الجهة بالعربية", { exact: true }).fill(agency);
  await chooseIn(page, second, "نوع الجهة", "وكالة مانحة");
  await second.getByRole("checkbox", { name: /^التمويل/ }).click();

  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectId = Number(new URL(page.url()).pathname.split("/").at(-1));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(acronym);

  // Partners by role: GIZ twice (implementation, steering committee), the new agency as funder.
  const partners = page.getByTestId("partners-by-role");
  await expect(partners.locator('[data-role="implementation"]').getByTestId("partner")).toContainText("GIZ");
  await expect(partners.locator('[data-role="steering_committee_member"]').getByTestId("partner")).toContainText("GIZ");
  await expect(partners.locator('[data-role="funding"]').getByTestId("partner")).toContainText(agency);
  await expect(page.getByTestId("steering-committee")).toContainText("GIZ");
  expect(
    withDb((db) =>
      db.prepare("select partner_role as role from project_partners where project_id = ? order by partner_role").all(projectId),
    ),
  ).toEqual([{ role: "funding" }, { role: "implementation" }, { role: "steering_committee_member" }]);

  // --- Milestones at day and month precision --------------------------------------------------
  await addMilestone(page, { title: "ورشة بتاريخ يوم", plannedOn: "15/03/2020", kind: "ورشة" });
  await addMilestone(page, { title: "مهمة في شهر أبريل", plannedOn: "04/2020", kind: "مهمة" });
  await addMilestone(page, { title: "تقييم مرتقب", plannedOn: "2099-04" });
  expect(
    withDb((db) => db.prepare("select planned_on as plannedOn from activities where project_id = ? order by id").all(projectId)),
  ).toEqual([{ plannedOn: "2020-03-15" }, { plannedOn: "2020-04" }, { plannedOn: "2099-04" }]);

  // The dates are shown at their own precision, with the Moroccan month names.
  await expect(milestoneRow(page, "ورشة بتاريخ يوم")).toContainText("15 مارس 2020");
  await expect(milestoneRow(page, "مهمة في شهر أبريل")).toContainText("أبريل 2020");
  // The two past milestones are late; the one in 2099 is not.
  await expect(milestoneRow(page, "ورشة بتاريخ يوم")).toHaveAttribute("data-late", "true");
  await expect(milestoneRow(page, "مهمة في شهر أبريل")).toHaveAttribute("data-late", "true");
  await expect(milestoneRow(page, "تقييم مرتقب")).toHaveAttribute("data-late", "false");
  await expect(page.getByTestId("late-marker")).toHaveCount(2);

  // On the list: 0 of 3 done, 2 late, the 2099 one next.
  await page.goto(`/projects?q=${encodeURIComponent(acronym)}`);
  let row = projectRow(page, acronym);
  await expect(row.getByTestId("progress-done")).toHaveText("0 من 3 منجزة");
  await expect(row.getByTestId("progress-late")).toHaveText("متأخرة: 2");
  await expect(row.getByTestId("progress-next")).toContainText("تقييم مرتقب");
  await expect(row.getByTestId("progress-next")).toContainText("أبريل 2099");

  // --- Marking the day-precision one done -----------------------------------------------------
  await row.getByRole("link", { name: acronym, exact: true }).click();
  await milestoneRow(page, "ورشة بتاريخ يوم").getByRole("button", { name: "تسجيل إنجاز: ورشة بتاريخ يوم" }).click();
  await expect(milestoneRow(page, "ورشة بتاريخ يوم")).toHaveAttribute("data-status", "done");
  await expect(milestoneRow(page, "ورشة بتاريخ يوم")).toHaveAttribute("data-late", "false");
  await expect(page.getByTestId("late-marker")).toHaveCount(1);
  await expect(page.getByTestId("project-progress").first()).toHaveAttribute("data-done", "1");

  await page.goto(`/projects?q=${encodeURIComponent(acronym)}`);
  row = projectRow(page, acronym);
  await expect(row.getByTestId("progress-done")).toHaveText("1 من 3 منجزة");
  await expect(row.getByTestId("progress-late")).toHaveText("متأخرة: 1");
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "33");

  // The milestone's own version moved on and the change is audited as this user's.
  expect(
    withDb((db) =>
      db
        .prepare("select a.status, a.version, a.updated_by as updatedBy from activities a where a.project_id = ? and a.planned_on = '2020-03-15'")
        .get(projectId),
    ),
  ).toEqual({ status: "done", version: 2, updatedBy: staff.id });
});

test("the projects list's filters live in the URL and find a project by its funder", async ({ page }) => {
  const supervisor = await createTestUser("supervisor");
  await signIn(page, supervisor.email, supervisor.password);
  await page.goto("/projects");
  // The funder is a record picker that asks the server: typed, then chosen.
  await searchIn(page, page, "الممول", "الصندوق الائتماني الاستعجالي من أجل إفريقيا (EUTF)", "EUTF");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/[?&]funder=\d+/);
  await expect(page.getByTestId("project-row")).toHaveCount(1);
  await expect(page.getByTestId("project-row")).toContainText("العيش المشترك");
  // The same URL opened afresh gives the same list.
  await page.reload();
  await expect(page.getByTestId("project-row")).toHaveCount(1);
});

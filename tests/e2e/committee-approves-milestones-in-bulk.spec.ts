import { expect, test } from "@playwright/test";
import { unique } from "./support/agreements";
import { insertMilestone, insertProject } from "./support/attachments";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership } from "./support/workspaces";

const reviewsOf = (activityId: number) =>
  withDb((db) => db.prepare("select decision, comment from milestone_reviews where activity_id = ? order by id").all(activityId) as { decision: string; comment: string | null }[]);

test("a committee member approves three done milestones in one action; a stale second tab is refused as a conflict; staff see the three decisions", async ({ browser }) => {
  // A committee, a project and milestones of this test's own.
  const member = await createTestUser("committee", { name: "عضو لجنة المراجعة الجماعية" });
  const projectName = `Bulk-${unique()}`;
  const projectId = insertProject(projectName);
  addCommitteeMembership(member.id, projectId);
  const titles = ["ورشة التكوين الأولى", "زيارة ميدانية", "تقرير المرحلة", "اجتماع التقييم"].map((t) => `${t} ${unique()}`);
  const [first, second, third, fourth] = titles.map((title) => insertMilestone(projectId, title)) as [number, number, number, number];
  const planned = insertMilestone(projectId, `مرحلة مبرمجة ${unique()}`, "planned");
  const comment = `مطابق لخطة العمل ${unique()}`;

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, member.email, member.password);
  await page.getByTestId("open-bulk-review").click();
  await expect(page).toHaveURL(/\/review$/);
  // The same page in a second tab, opened now: it will be stale.
  const staleTab = await context.newPage();
  await staleTab.goto("/review");

  const project = page.getByTestId(`bulk-project-${projectId}`);
  await expect(project.getByRole("heading", { name: projectName })).toBeVisible();
  await expect(project.getByRole("heading", { name: "في انتظار مراجعتكم (4)" })).toBeVisible();
  // What is not done yet is collapsed, out of the way.
  await expect(project.getByTestId(`bulk-not-done-${planned}`)).toBeHidden();
  await project.getByText("لم تُنجز بعد (1)").click();
  await expect(project.getByTestId(`bulk-not-done-${planned}`)).toBeVisible();

  // Tick three, one optional comment, one action.
  for (const title of titles.slice(0, 3)) await project.getByRole("checkbox", { name: `تحديد ${title}` }).check();
  const bar = page.getByTestId("bulk-approval-bar");
  await bar.getByLabel("تعليق على المصادقات (اختياري)").fill(comment);
  await bar.getByRole("button", { name: "مصادقة المحدد (3)" }).click();
  await expect(bar.getByRole("status")).toHaveText(/صودق على (3|٣) مراحل\./);
  await expect(project.getByRole("heading", { name: "في انتظار مراجعتكم (1)" })).toBeVisible();
  await expect(project.getByTestId(`bulk-reviewed-${first}`)).toBeHidden();
  await project.getByText("تمت مراجعتها (3)").click();
  for (const id of [first, second, third]) {
    await expect(project.getByTestId(`bulk-reviewed-${id}`)).toContainText("مصادق عليها");
    expect(reviewsOf(id)).toEqual([{ decision: "approved", comment }]);
  }

  // The stale tab still shows all four waiting: approving the first and the fourth is refused as a
  // whole (the first was decided since), and nothing is recorded, not even for the fourth.
  const staleProject = staleTab.getByTestId(`bulk-project-${projectId}`);
  await staleProject.getByRole("checkbox", { name: `تحديد ${titles[0]}` }).check();
  await staleProject.getByRole("checkbox", { name: `تحديد ${titles[3]}` }).check();
  const staleBar = staleTab.getByTestId("bulk-approval-bar");
  await staleBar.getByRole("button", { name: "مصادقة المحدد (2)" }).click();
  await expect(staleBar.getByRole("alert")).toContainText("رُوجعت إحدى المراحل أو عُدّلت منذ عرض هذه الصفحة");
  expect(reviewsOf(first)).toHaveLength(1);
  expect(reviewsOf(fourth)).toEqual([]);
  // The stale tab now shows the current state: only the fourth waits, still ticked.
  await expect(staleProject.getByRole("heading", { name: "في انتظار مراجعتكم (1)" })).toBeVisible();
  await expect(staleBar.getByRole("button", { name: "مصادقة المحدد (1)" })).toBeVisible();

  // Sending back is one milestone at a time, with a required comment.
  const fourthRow = project.getByTestId(`bulk-awaiting-${fourth}`);
  await fourthRow.getByRole("button", { name: `إرجاع ${titles[3]}` }).click();
  await fourthRow.getByRole("button", { name: "إرجاع مع هذا التعليق" }).click();
  await expect(fourthRow.getByRole("alert")).toHaveText("التعليق إلزامي لهذا القرار.");
  await fourthRow.getByLabel("ما يجب تعديله (إلزامي)").fill("المرجو إرفاق لائحة الحضور");
  await fourthRow.getByRole("button", { name: "إرجاع مع هذا التعليق" }).click();
  await expect(bar.getByRole("status")).toHaveText(`أُرجعت: ${titles[3]}.`);
  await expect(project.getByText("لا شيء ينتظر مراجعتكم في هذا المشروع.")).toBeVisible();
  expect(reviewsOf(fourth)).toEqual([{ decision: "changes_requested", comment: "المرجو إرفاق لائحة الحضور" }]);
  await context.close();

  // Staff see the three approvals, by the member, with the comment.
  const staff = await createTestUser("staff");
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto(`/reviews?project=${projectId}`);
  for (const title of titles.slice(0, 3)) {
    const item = staffPage.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("مصادق عليها");
    await expect(item).toContainText("عضو لجنة المراجعة الجماعية");
    await expect(item).toContainText(comment);
  }
  await expect(staffPage.getByRole("listitem").filter({ hasText: titles[3]! })).toContainText("مطلوب تعديلات");
  await staffContext.close();
});

test("a member of 23 steering committees reviews them ten at a time, those with milestones waiting first", async ({ page }) => {
  const member = await createTestUser("committee", { name: "عضو ثلاث وعشرين لجنة" });
  const tag = unique();
  const projects = Array.from({ length: 23 }, (_, i) => {
    const id = insertProject(`Many-${tag}-${String(i).padStart(2, "0")}`);
    addCommitteeMembership(member.id, id);
    return id;
  });
  // Partnered with Zimbabwe, so they sort after the seed's projects on /projects (by country,
  // none first), whose first page other stories read while this one runs.
  withDb((db) => db.prepare(`update projects set partner_country_code = 'ZW' where id in (${projects.map(() => "?").join(",")})`).run(...projects));
  await reviewTenAtATime(page, member, projects, tag);
});

async function reviewTenAtATime(page: import("@playwright/test").Page, member: { email: string; password: string }, projects: number[], tag: string) {
  // Only the last one (by acronym) has a milestone waiting: it comes first all the same.
  const waitingTitle = `مرحلة في الانتظار ${tag}`;
  insertMilestone(projects[22]!, waitingTitle);

  await signIn(page, member.email, member.password);
  await page.goto("/review");
  const sections = page.locator('section[data-testid^="bulk-project-"]');
  await expect(sections).toHaveCount(10);
  await expect(sections.first()).toHaveAttribute("data-testid", `bulk-project-${projects[22]}`);
  await expect(sections.first().getByRole("checkbox", { name: `تحديد ${waitingTitle}` })).toBeVisible();

  // Three pages: 10, 10 and 3, every project once.
  const seen = new Set<string>();
  for (const [n, expected] of [[1, 10], [2, 10], [3, 3]] as const) {
    await page.goto(`/review?page=${n}`);
    await expect(sections).toHaveCount(expected);
    for (const id of await sections.evaluateAll((all) => all.map((s) => s.getAttribute("data-testid")!))) seen.add(id);
  }
  expect([...seen].sort()).toEqual(projects.map((id) => `bulk-project-${id}`).sort());
  // The pager steps back from the last page.
  await page.getByRole("link", { name: /السابق/ }).click();
  await expect(page).toHaveURL(/\/review\?page=2$/);
  await expect(sections).toHaveCount(10);
}

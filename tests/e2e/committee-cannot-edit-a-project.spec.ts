import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";

const projectIdOf = (acronym: string) =>
  withDb((db) => (db.prepare("select id from projects where acronym = ?").get(acronym) as { id: number }).id);

/** A committee member of their own, sitting on Recoming's steering committee only. */
async function recomingCommitteeMember() {
  const member = await createTestUser("committee");
  withDb((db) => db.prepare("insert into steering_committee_memberships (user_id, project_id) values (?, ?)").run(member.id, projectIdOf("Recoming")));
  return member;
}

test("a committee member sees only their committee's project, read-only", async ({ page }) => {
  const member = await recomingCommitteeMember();
  await signIn(page, member.email, member.password);
  const recoming = projectIdOf("Recoming");

  await page.goto("/projects");
  await expect(page.getByTestId("project-row")).toHaveCount(1);
  await expect(page.getByTestId("project-row")).toContainText("Recoming");
  await expect(page.getByRole("link", { name: "مشروع جديد" })).toHaveCount(0);

  await page.goto(`/projects/${recoming}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Recoming");
  await expect(page.getByTestId("project-timeline")).toBeVisible();
  await expect(page.getByRole("link", { name: "تعديل المشروع" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "إضافة نشاط أو محطة" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^تسجيل إنجاز/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "أرشفة" })).toHaveCount(0);

  // The edit and create pages, another project's page and the programme pages do not exist for them.
  for (const path of [`/projects/${recoming}/edit`, "/projects/new", `/projects/${projectIdOf("RECOSA")}`, "/programmes", "/programmes/1"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  }
});

test("a committee member replaying the edit-project server action is refused and nothing changes", async ({ browser, baseURL }) => {
  const recoming = projectIdOf("Recoming");
  const before = withDb((db) => db.prepare("select title_ar, version from projects where id = ?").get(recoming));

  // 1. Capture a genuine server-action request from a staff member's edit form (and stop it there).
  const staff = await createTestUser("staff");
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto(`/projects/${recoming}/edit`);
  const marker = `تعديل-لجنة-${Date.now()}`;
  let captured: { action: string; contentType: string; body: string } | undefined;
  await staffPage.route(`**/projects/${recoming}/edit`, async (route) => {
    const request = route.request();
    const action = request.headers()["next-action"];
    // The save, not another action of the page (the pickers ask for their current values' labels).
    if (request.method() === "POST" && action && (request.postData() ?? "").includes(marker)) {
      captured = { action, contentType: request.headers()["content-type"] ?? "text/plain;charset=UTF-8", body: request.postData() ?? "" };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await staffPage.getByLabel("العنوان بالعربية", { exact: true }).fill(marker);
  await staffPage.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect.poll(() => captured).toBeTruthy();
  expect(captured!.body).toContain(marker);
  await staffContext.close();

  // 2. Replay it with the committee member's session.
  const member = await recomingCommitteeMember();
  const committeeContext = await browser.newContext();
  const committeePage = await committeeContext.newPage();
  await signIn(committeePage, member.email, member.password);
  const response = await committeeContext.request.post(`${baseURL}/projects/${recoming}/edit`, {
    headers: { "next-action": captured!.action, "content-type": captured!.contentType, accept: "text/x-component" },
    data: captured!.body,
    maxRedirects: 0,
  });
  expect(await response.text()).toContain('"error":"forbidden"');
  await committeeContext.close();

  expect(withDb((db) => db.prepare("select title_ar, version from projects where id = ?").get(recoming))).toEqual(before);
});

import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership, addDoneMilestone, projectIdOf, uniqueLabel } from "./support/workspaces";

test("a committee member approves one done milestone and requests changes on another; staff sees both", async ({ browser }) => {
  const recoming = projectIdOf("Recoming");
  const member = await createTestUser("committee", { name: "Membre COPIL e2e" });
  addCommitteeMembership(member.id, recoming);
  const approvedTitle = uniqueLabel("ورشة مصادق عليها");
  const changesTitle = uniqueLabel("دورة تكوينية تحتاج تعديلا");
  const approvedId = addDoneMilestone(recoming, approvedTitle);
  const changesId = addDoneMilestone(recoming, changesTitle);
  const comment = `المرجو إرفاق لائحة المشاركين ${Date.now()}`;

  // The member's home shows what waits, with a badge in the navigation.
  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("nav-badge-/")).toBeVisible();
  await expect(page.getByRole("link", { name: approvedTitle })).toBeVisible();
  await page.getByRole("link", { name: changesTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${recoming}#milestone-${changesId}$`));

  // Approve the first.
  const approvedCard = page.getByTestId(`review-milestone-${approvedId}`);
  await approvedCard.getByRole("button", { name: "مصادقة" }).click();
  await expect(approvedCard).toHaveCount(0);
  await expect(page.getByTestId(`other-milestone-${approvedId}`)).toContainText("مصادق عليها");

  // Requesting changes needs a comment: refused without one, accepted with it.
  const changesCard = page.getByTestId(`review-milestone-${changesId}`);
  await changesCard.getByRole("button", { name: "طلب تعديلات" }).click();
  await expect(changesCard.getByRole("alert")).toHaveText("التعليق إلزامي لهذا القرار.");
  await changesCard.getByLabel("تعليق").fill(comment);
  await changesCard.getByRole("button", { name: "طلب تعديلات" }).click();
  await expect(changesCard).toHaveCount(0);
  await expect(page.getByTestId(`other-milestone-${changesId}`)).toContainText("مطلوب تعديلات");
  await expect(page.getByTestId("review-history")).toContainText(comment);
  await memberContext.close();

  // Staff sees both reviews, with the comment, and the open change request on their home.
  const staff = await createTestUser("staff");
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await expect(staffPage.getByTestId("change-requests")).toContainText(changesTitle);
  await expect(staffPage.getByTestId("change-requests")).toContainText(comment);
  await staffPage.getByRole("link", { name: "مراجعات لجان القيادة" }).click();
  await expect(staffPage.locator("main h1")).toHaveText("مراجعات لجان القيادة");
  const approved = staffPage.getByRole("listitem").filter({ hasText: approvedTitle });
  const changes = staffPage.getByRole("listitem").filter({ hasText: changesTitle });
  await expect(approved).toContainText("مصادق عليها");
  await expect(approved).toContainText("Membre COPIL e2e");
  await expect(changes).toContainText("مطلوب تعديلات");
  await expect(changes).toContainText(comment);
  await staffContext.close();
});

test("a committee member's review of a milestone outside their committees is refused at the server", async ({ browser, baseURL }) => {
  const recoming = projectIdOf("Recoming");
  const recosa = projectIdOf("RECOSA");
  const member = await createTestUser("committee");
  addCommitteeMembership(member.id, recoming);
  const mine = addDoneMilestone(recoming, uniqueLabel("مرحلة للالتقاط"));
  const notMine = addDoneMilestone(recosa, uniqueLabel("مرحلة مشروع آخر"));

  // Capture the member's genuine review request on their own milestone, then replay it on another
  // project's milestone.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, member.email, member.password);
  await page.goto(`/review/${recoming}`);
  let captured: { action: string; contentType: string; body: string } | undefined;
  await page.route(`**/review/${recoming}`, async (route) => {
    const request = route.request();
    const action = request.headers()["next-action"];
    if (request.method() === "POST" && action) {
      captured = { action, contentType: request.headers()["content-type"] ?? "text/plain;charset=UTF-8", body: request.postData() ?? "" };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.getByTestId(`review-milestone-${mine}`).getByRole("button", { name: "مصادقة" }).click();
  await expect.poll(() => captured).toBeTruthy();
  expect(captured!.body).toContain(`"activityId":${mine}`);
  const response = await context.request.post(`${baseURL}/review/${recoming}`, {
    headers: { "next-action": captured!.action, "content-type": captured!.contentType, accept: "text/x-component" },
    data: captured!.body.replace(`"activityId":${mine}`, `"activityId":${notMine}`),
    maxRedirects: 0,
  });
  expect(await response.text()).toContain('"error":"notFound"');
  await context.close();
});

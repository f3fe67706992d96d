import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

test("a committee member cannot open the meeting form", async ({ page }) => {
  await signIn(page, "committee@taawun.test");
  await expect(page.locator("header nav")).not.toContainText("اللقاءات");
  for (const path of ["/meetings/new", "/meetings", "/meetings/1", "/meetings/1/edit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  }
});

test("a committee member calling the create-meeting server action directly is refused and nothing is written", async ({ browser, baseURL }) => {
  // 1. Capture a genuine server-action request from a staff member's form (and stop it there).
  const staff = await createTestUser("staff");
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto("/meetings/new");
  const marker = `محاولة-لجنة-${Date.now()}`;
  let captured: { action: string; contentType: string; body: string } | undefined;
  await staffPage.route("**/meetings/new", async (route) => {
    const request = route.request();
    const action = request.headers()["next-action"];
    // The form's pickers post server actions too (their matches): only the save carries the marker.
    if (request.method() === "POST" && action && (request.postData() ?? "").includes(marker)) {
      captured = { action, contentType: request.headers()["content-type"] ?? "text/plain;charset=UTF-8", body: request.postData() ?? "" };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await recordMeeting(staffPage, "ar", { date: "2018-05-05", newPersonName: marker }).catch(() => undefined);
  await expect.poll(() => captured).toBeTruthy();
  expect(captured!.body).toContain(marker);
  await staffContext.close();

  // 2. Replay it with the committee member's session.
  const committeeContext = await browser.newContext();
  const committeePage = await committeeContext.newPage();
  await signIn(committeePage, "committee@taawun.test");
  const response = await committeeContext.request.post(`${baseURL}/meetings/new`, {
    headers: { "next-action": captured!.action, "content-type": captured!.contentType, accept: "text/x-component" },
    data: captured!.body,
    maxRedirects: 0,
  });
  const text = await response.text();
  expect(text).toContain('"error":"forbidden"');
  expect(text).not.toContain('"ok":true');
  await committeeContext.close();

  // 3. And anonymously: the proxy sends it to the login page.
  const anonymous = await browser.newContext();
  const anonymousResponse = await anonymous.request.post(`${baseURL}/meetings/new`, {
    headers: { "next-action": captured!.action, "content-type": captured!.contentType, accept: "text/x-component" },
    data: captured!.body,
    maxRedirects: 0,
  });
  expect([303, 307, 308]).toContain(anonymousResponse.status());
  await anonymous.close();

  const written = withDb((db) =>
    db.prepare("select count(*) as n from people where name = ?").get(marker),
  ) as { n: number };
  expect(written.n).toBe(0);
});

import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership, projectIdOf } from "./support/workspaces";

test("a committee member sees only the projects of their committees; any other project, meeting or agreement is not found", async ({ page }) => {
  const recoming = projectIdOf("Recoming");
  const recosa = projectIdOf("RECOSA");
  const member = await createTestUser("committee");
  addCommitteeMembership(member.id, recoming);
  await signIn(page, member.email, member.password);

  // Their home lists exactly their committee's project.
  await expect(page.locator("[data-testid^=committee-project-]")).toHaveCount(1);
  await expect(page.getByTestId(`committee-project-${recoming}`)).toContainText("Recoming");

  // Their own project opens.
  for (const path of [`/review/${recoming}`, `/projects/${recoming}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("main h1")).not.toHaveText("الصفحة غير موجودة");
  }

  // Another project's URLs, a meeting and an agreement are not found (the same page as a missing record).
  for (const path of [`/projects/${recosa}`, `/review/${recosa}`, `/projects/${recosa}/edit`, "/meetings/1", "/agreements/1", "/validation", "/admin/users", "/review/999999"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  }

  // The projects list, filtered in the query, has no link to another project.
  await page.goto("/projects");
  await expect(page.locator(`main a[href="/projects/${recoming}"]`).first()).toBeVisible();
  await expect(page.locator(`main a[href="/projects/${recosa}"]`)).toHaveCount(0);
});

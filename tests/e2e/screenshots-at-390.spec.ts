/**
 * Screenshots for a person to look at (not compared): at 390x844 in Arabic, each role's home,
 * the meetings list, the meeting form, a project page; and the countries map at 1366 px and
 * 390 px. Written to test-results/screenshots/.
 */
import { expect, test } from "@playwright/test";
import { createTestUser, type Role } from "./support/db";
import { openSearchDialog, signIn } from "./support/fixtures";
import { addCommitteeMembership, projectIdOf } from "./support/workspaces";

const dir = "test-results/screenshots";
test.use({ viewport: { width: 390, height: 844 } });

for (const role of ["supervisor", "staff", "admin", "committee"] as const satisfies readonly Role[]) {
  test(`${role}'s home at 390 px`, async ({ page }) => {
    const user = await createTestUser(role, { locale: "ar" });
    if (role === "committee") addCommitteeMembership(user.id, projectIdOf("Recoming"));
    await signIn(page, user.email, user.password);
    await expect(page.locator("main h1")).toBeVisible();
    await page.screenshot({ path: `${dir}/home-${role}-390.png`, fullPage: true });
  });
}

test("staff pages at 390 px and the countries map", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "ar" });
  await signIn(page, staff.email, staff.password);
  for (const [name, path] of [
    ["meetings-list", "/meetings"],
    ["meeting-form", "/meetings/new"],
    ["project-page", `/projects/${projectIdOf("Recoming")}`],
    ["countries-390", "/countries"],
    ["agreements-board-390", "/agreements?view=board"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: "فتح القائمة" }).click();
  await page.screenshot({ path: `${dir}/menu-sheet-390.png` });
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/countries");
  await page.screenshot({ path: `${dir}/countries-1366.png`, fullPage: true });
  await (await openSearchDialog(page)).getByRole("combobox").fill("السودان");
  await expect(page.getByTestId("search-group-countries")).toBeVisible();
  await page.screenshot({ path: `${dir}/search-1366.png` });
});

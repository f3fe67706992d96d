import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { uniqueLabel } from "./support/workspaces";

test("a user deactivated by the administrator is thrown out on their next request and cannot sign in again", async ({ browser }) => {
  const name = uniqueLabel("Agent à désactiver");
  const staff = await createTestUser("staff", { name });

  // The staff member is at work.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto("/meetings/new");
  await expect(staffPage.locator("main h1")).toBeVisible();

  // The administrator deactivates the account.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, "admin@taawun.test");
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("link", { name }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/users/${staff.id}$`));
  await adminPage.getByRole("button", { name: "تعطيل الحساب" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "تعطيل الحساب" }).click();
  await expect(adminPage.getByTestId("account-state")).toHaveText("معطل");
  expect(withDb((db) => (db.prepare("select active from users where id = ?").get(staff.id) as { active: number }).active)).toBe(0);
  await adminContext.close();

  // The session endpoint no longer says who the session belonged to.
  const sessionJson = (await (await staffPage.request.get("/api/auth/session")).json()) as Record<string, unknown>;
  expect(sessionJson.uid).toBeUndefined();
  expect(sessionJson.role).toBeUndefined();
  expect(sessionJson.user).toBeUndefined();

  // Its very next request, with the same session cookie, lands on the login page.
  await staffPage.goto("/meetings");
  await expect(staffPage).toHaveURL(/\/login/);
  await expect(staffPage.locator('input[name="email"]')).toBeVisible();
  // And so is the home page.
  await staffPage.goto("/");
  await expect(staffPage).toHaveURL(/\/login/);

  // Signing in again is refused with the generic message.
  await staffPage.locator('input[name="email"]').fill(staff.email);
  await staffPage.locator('input[name="password"]').fill(staff.password);
  await staffPage.locator('form button[type="submit"]').click();
  await expect(staffPage.locator("[data-slot=alert]")).toHaveText("تعذر تسجيل الدخول. تحقق من البريد الإلكتروني وكلمة المرور.");
  await staffContext.close();
});

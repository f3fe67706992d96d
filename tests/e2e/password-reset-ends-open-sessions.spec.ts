import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { uniqueLabel } from "./support/workspaces";

test("a password reset by the administrator ends the sessions already open, and only the one-time password gets in", async ({ browser }) => {
  const name = uniqueLabel("Agent réinitialisé");
  const staff = await createTestUser("staff", { name });

  // The staff member (or whoever holds their session) is signed in.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto("/meetings");
  await expect(staffPage.locator("main h1")).toBeVisible();

  // The administrator resets the password.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, "admin@taawun.test");
  await adminPage.goto(`/admin/users/${staff.id}`);
  await adminPage.getByRole("button", { name: "إعادة تعيين كلمة المرور" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "إعادة تعيين كلمة المرور" }).click();
  const oneTime = (await adminPage.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTime.length).toBeGreaterThanOrEqual(12);
  await adminContext.close();

  // The old session no longer opens anything, not even the change-password page.
  await staffPage.goto("/meetings");
  await expect(staffPage).toHaveURL(/\/login/);
  await staffPage.goto("/account/password");
  await expect(staffPage).toHaveURL(/\/login/);

  // The old password is refused; the one-time password signs in and must be changed first.
  await staffPage.locator('input[name="email"]').fill(staff.email);
  await staffPage.locator('input[name="password"]').fill(staff.password);
  await staffPage.locator('form button[type="submit"]').click();
  await expect(staffPage.locator("[data-slot=alert]")).toBeVisible();
  await staffPage.locator('input[name="password"]').fill(oneTime);
  await staffPage.locator('form button[type="submit"]').click();
  await expect(staffPage).toHaveURL(/\/account\/password/);
  await staffContext.close();
});

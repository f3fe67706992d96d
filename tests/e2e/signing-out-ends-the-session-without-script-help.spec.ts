import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

// Sign out is a plain form POST to next-auth with its CSRF token (components/shell/sign-out-button.tsx).

test("signing out from the phone menu ends the session", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "staff@taawun.test");
  await page.getByRole("button", { name: "فتح القائمة" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
});

test("signing out still works when the browser lost next-auth's CSRF cookie", async ({ page, context }) => {
  await signIn(page, "staff@taawun.test");
  const csrf = (await context.cookies()).filter((c) => c.name.endsWith("next-auth.csrf-token"));
  expect(csrf.length).toBeGreaterThan(0);
  await context.clearCookies({ name: csrf[0]!.name });
  await page.reload();
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
});

import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

const demo = [
  { email: "admin@taawun.test", role: "مدير النظام" },
  { email: "supervisor@taawun.test", role: "مشرف" },
  { email: "staff@taawun.test", role: "موظف" },
  { email: "committee@taawun.test", role: "عضو لجنة القيادة" },
];

for (const user of demo) {
  test(`${user.email} signs in with the demo password and sees their role`, async ({ page }) => {
    await signIn(page, user.email);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("header")).toContainText(user.role);
  });
}

test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
  for (const [email, password] of [
    ["staff@taawun.test", "wrong-password"],
    ["nobody@taawun.test", "taawun-demo"],
  ]) {
    await page.goto("/login");
    await page.locator('input[name="email"]').fill(email!);
    await page.locator('input[name="password"]').fill(password!);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator("[data-slot=alert]")).toHaveText("تعذر تسجيل الدخول. تحقق من البريد الإلكتروني وكلمة المرور.");
  }
});

test("anonymous visitors are sent to the login page", async ({ page }) => {
  await page.goto("/meetings?country=ES");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmeetings%3Fcountry%3DES$/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
});

test("after five failed sign-ins an account is refused for a while, even with the right password", async ({ page }) => {
  const { createTestUser } = await import("./support/db");
  const user = await createTestUser("staff");
  const attempt = async (password: string) => {
    await page.goto("/login");
    await page.locator('input[name="email"]').fill(user.email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator("[data-slot=alert]")).toHaveText("تعذر تسجيل الدخول. تحقق من البريد الإلكتروني وكلمة المرور.");
  };
  for (let i = 0; i < 5; i += 1) await attempt(`wrong-${i}`);
  await attempt(user.password);
  await expect(page).toHaveURL(/\/login/);
});

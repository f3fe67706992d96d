import { expect, test } from "@playwright/test";
import { withDb } from "./support/db";
import { choose, signIn } from "./support/fixtures";
import { uniqueLabel } from "./support/workspaces";

test("the administrator creates an account; its one-time password must be changed at first sign-in", async ({ browser }) => {
  const email = `${uniqueLabel("new-agent")}@e2e.test`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@taawun.test");
  await admin.getByRole("link", { name: "المستخدمون" }).click();
  await admin.getByRole("textbox", { name: "الاسم الكامل", exact: true }).fill("Nadia Nouvelle");
  await admin.getByRole("textbox", { name: "البريد الإلكتروني", exact: true }).fill(email);
  await choose(admin, /^الدور/, "موظف");
  await admin.getByRole("button", { name: "إنشاء الحساب" }).click();
  const oneTime = (await admin.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await expect(admin.getByRole("row").filter({ hasText: email })).toContainText("كلمة مرور مؤقتة");
  // Never stored in clear.
  expect(withDb((db) => (db.prepare("select password_hash h from users where email = ?").get(email) as { h: string }).h)).toMatch(/^\$argon2id\$/);

  // The same email again is refused once, beside the email field (not a second time above the form).
  await admin.getByRole("textbox", { name: "الاسم الكامل", exact: true }).fill("Nadia Doublon");
  await admin.getByRole("textbox", { name: "البريد الإلكتروني", exact: true }).fill(email);
  await choose(admin, /^الدور/, "موظف");
  await admin.getByRole("button", { name: "إنشاء الحساب" }).click();
  const taken = admin.getByText("هذا البريد الإلكتروني مستعمل في حساب آخر.");
  await expect(taken).toBeVisible();
  await expect(taken).toHaveCount(1);
  await expect(admin.getByRole("textbox", { name: "البريد الإلكتروني", exact: true })).toHaveAttribute("aria-invalid", "true");
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(oneTime);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.locator("h1")).toHaveText("تغيير كلمة المرور");

  // Every page sends the account back here until the password is changed.
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByRole("textbox", { name: "كلمة المرور المؤقتة", exact: true }).fill(oneTime);
  await page.getByRole("textbox", { name: "كلمة المرور الجديدة", exact: true }).fill("قصيرة");
  await page.getByRole("textbox", { name: "تأكيد كلمة المرور الجديدة", exact: true }).fill("قصيرة");
  await page.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(page.getByText("يجب أن تتكون كلمة المرور من 12 حرفا على الأقل.")).toBeVisible();

  const chosen = "جملة سرية طويلة بما يكفي 2026";
  await page.getByRole("textbox", { name: "كلمة المرور الجديدة", exact: true }).fill(chosen);
  await page.getByRole("textbox", { name: "تأكيد كلمة المرور الجديدة", exact: true }).fill(chosen);
  await page.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("main h1")).toHaveText("مرحبا، Nadia Nouvelle");
  // The name is isolated from the Arabic around it.
  await expect(page.locator("main h1 bdi")).toHaveText("Nadia Nouvelle");
  await context.close();
});

import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

test("without a cookie or account, the login page follows Accept-Language, else Arabic", async ({ browser }) => {
  // The browser's locale is what it sends as Accept-Language.
  for (const [browserLocale, lang, title] of [
    ["fr-FR", "fr", "Connexion"],
    ["en-GB", "en", "Sign in"],
    ["de-DE", "ar", "تسجيل الدخول"],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(title);
    await context.close();
  }
});

test("the NEXT_LOCALE cookie wins over Accept-Language, and the user's saved language wins over both", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const arabicUser = await createTestUser("staff", { locale: "ar" });
  await signIn(page, arabicUser.email, arabicUser.password);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await context.close();
});

/**
 * `npx tsx scripts/screenshots.ts [baseURL]`: signs in as each demo user and saves full-page
 * screenshots of the main pages in Arabic, French and English to screenshots/ (for a person to look
 * at; not a test). Uses Debian's Chromium.
 */
import fs from "node:fs";
import { chromium, type Page } from "@playwright/test";

const baseURL = process.argv[2] ?? "http://localhost:3000";
const only = process.argv[3];
const out = "screenshots";
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function signIn(page: Page, email: string) {
  await page.goto(`${baseURL}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill("taawun-demo");
  await page.locator('form button[type="submit"]').click();
  await page.locator("header nav").waitFor();
}

const languageNames = { ar: "العربية", fr: "Français", en: "English" } as const;

async function switchTo(page: Page, locale: keyof typeof languageNames) {
  await page.goto(`${baseURL}/`);
  if ((await page.locator("html").getAttribute("lang")) === locale) return;
  await page.locator("header").getByRole("button", { name: /Language|Langue|اللغة/ }).click();
  await page.getByRole("menuitemradio", { name: languageNames[locale] }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

const shots: { name: string; email: string; paths: string[] }[] = [
  { name: "staff", email: "staff@taawun.test", paths: ["/", "/meetings", "/meetings/new", "/meetings/1", "/meetings/1/edit", "/people/1"] },
  { name: "supervisor", email: "supervisor@taawun.test", paths: ["/", "/data-quality"] },
  { name: "committee", email: "committee@taawun.test", paths: ["/", "/meetings/new"] },
  { name: "admin", email: "admin@taawun.test", paths: ["/"] },
];

for (const locale of ["ar", "fr", "en"] as const) {
  if (only && only !== locale) continue;
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: locale === "ar" ? "ar-MA" : locale });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
    const page = await context.newPage();
    await signIn(page, shot.email);
    // The demo user's saved preference wins over the cookie: switch with the header's menu.
    await switchTo(page, locale);
    for (const path of shot.paths) {
      await page.goto(`${baseURL}${path}`);
      await page.waitForLoadState("load");
      await page.waitForTimeout(400);
      const file = `${out}/${locale}-${shot.name}${path.replace(/\//g, "_") || "_home"}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await switchTo(page, "ar");
    await context.close();
  }
}
await browser.close();

/** Shared steps of the browser tests, in the user's words. */
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "taawun-demo";

/**
 * Opens the header's search dialog with Ctrl+K, as a user does, and returns it. A page shown by the
 * server takes the shortcut only once its scripts have run (on a loaded machine, a second or more
 * after the content shows), so the key is pressed again until the dialog is there; each try waits
 * long enough for the dialog's code to arrive, so a press that did register is not undone.
 */
export async function openSearchDialog(page: Page) {
  const dialog = page.getByRole("dialog");
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("Control+k");
    await expect(dialog.getByRole("combobox")).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  return dialog;
}

/** Signs in through the login form and waits until the app shell is shown. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, callbackUrl?: string) {
  await page.goto(callbackUrl === undefined ? "/login" : `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId("app-header")).toBeVisible();
}

/**
 * Chooses an option of a select identified by its label: a Radix select (forms) by opening it and
 * clicking the option, the browser's own select (list filters) by picking the option whose text
 * matches (a string is matched as a part of it, as getByRole's name is).
 */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  const field = page.getByLabel(label, { exact: typeof label === "string" }).first();
  if (await field.evaluate((element) => element.tagName === "SELECT")) {
    const texts = await field.locator("option").allTextContents();
    const text = texts.find((t) => (typeof option === "string" ? t.includes(option) : option.test(t)));
    expect(text, `an option ${option} in ${texts.join(" | ")}`).toBeDefined();
    await field.selectOption({ label: text! });
    return;
  }
  await field.click();
  await page.getByRole("option", { name: option }).first().click();
}

/** Switches the interface language with the header's menu. */
export async function switchLanguage(page: Page, to: "العربية" | "Français" | "English") {
  await page.locator("header").getByRole("button", { name: /Language|Langue|اللغة/ }).click();
  await page.getByRole("menuitemradio", { name: to }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to === "العربية" ? "ar" : to === "Français" ? "fr" : "en");
}

/**
 * Waits until React has taken over `element` (hydrated it: its DOM node carries React's fiber),
 * so that what the test does next reaches the page's scripts, not bare server HTML.
 */
export async function untilInteractive(element: Locator) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber"))), { timeout: 20_000 })
    .toBe(true);
}

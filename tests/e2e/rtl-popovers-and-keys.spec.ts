import { expect, test, type Page } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

async function boxes(page: Page, triggerLabel: string) {
  const trigger = page.getByRole("combobox", { name: triggerLabel, exact: true });
  // Measured before opening: an open select hides the rest of the page from the accessibility tree.
  const triggerBox = (await trigger.boundingBox())!;
  await trigger.click();
  const listbox = page.getByRole("listbox");
  await expect(listbox).toBeVisible();
  return { trigger: triggerBox, content: (await listbox.boundingBox())!, listbox };
}

test("in Arabic a select opens aligned to its trigger's right edge, right to left, and arrow keys follow the list", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings/new");
  const { trigger, content, listbox } = await boxes(page, "بلد المحاور");
  expect(Math.abs(content.x + content.width - (trigger.x + trigger.width))).toBeLessThanOrEqual(2);
  // Below the trigger, or flipped above it when the page has no room below: never over it.
  const below = content.y >= trigger.y + trigger.height - 1;
  const above = content.y + content.height <= trigger.y + 1;
  expect(below || above).toBe(true);
  await expect(page.locator("[data-slot=select-content]")).toHaveAttribute("dir", "rtl");

  const options = listbox.getByRole("option");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  // Two steps down from the first item lands on the third item of the list, in reading order.
  expect(focused).toBe(await options.nth(2).textContent());
  await page.keyboard.press("Escape");
});

test("in Arabic the header menu opens under its trigger inside the page, and arrow keys move down the items", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  const trigger = page.locator("header").getByRole("button", { name: "اللغة" });
  const t = (await trigger.boundingBox())!;
  await trigger.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("dir", "rtl");
  const m = (await menu.boundingBox())!;
  // align="end" in RTL: the menu's left edge meets the trigger's left edge (the end side).
  expect(Math.abs(m.x - t.x)).toBeLessThanOrEqual(2);
  const items = menu.getByRole("menuitemradio");
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await items.nth(1).textContent());
  await page.keyboard.press("Escape");
});

test("in French the same select aligns to the left edge", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/meetings/new");
  const { trigger, content } = await boxes(page, "Pays de l'interlocuteur");
  expect(Math.abs(content.x - trigger.x)).toBeLessThanOrEqual(2);
  await expect(page.locator("[data-slot=select-content]")).toHaveAttribute("dir", "ltr");
});

import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

// The forms' fixed choices are the browser's own selects (components/ui/native-select.tsx).
test("in Arabic a form's select reads right to left, and arrow keys step through its choices in order", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/projects/new");
  const select = page.getByRole("combobox", { name: "الوضعية", exact: true });
  expect(await select.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  const values = await select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""));
  expect(values.length).toBeGreaterThan(2);
  // Starts on the first choice, so that the next two exist.
  await select.selectOption(values[0]!);
  await select.focus();
  // A closed select takes the arrow keys on Linux and Windows: each press chooses the next one.
  await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(values[1]!);
  await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(values[2]!);
  await page.keyboard.press("ArrowUp");
  await expect(select).toHaveValue(values[1]!);
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

test("in French the same select reads left to right", async ({ page }) => {
  const staff = await createTestUser("staff", { locale: "fr" });
  await signIn(page, staff.email, staff.password);
  await page.goto("/projects/new");
  const select = page.getByRole("combobox", { name: "Statut", exact: true });
  expect(await select.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  await select.selectOption({ label: "En cours d'exécution" });
  await expect(select.locator("option:checked")).toHaveText("En cours d'exécution");
});

test("in Arabic the searchable country list opens on the right, finds a country typed without its hamza, and arrow keys walk it", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings/new");
  const trigger = page.getByRole("combobox", { name: "بلد المحاور", exact: true });
  const t = (await trigger.boundingBox())!;
  await trigger.click();
  const popover = page.locator("[data-slot=popover-content]");
  expect(await popover.evaluate((node) => getComputedStyle(node).direction)).toBe("rtl");
  const p = (await popover.boundingBox())!;
  expect(Math.abs(p.x + p.width - (t.x + t.width))).toBeLessThanOrEqual(2);

  await page.keyboard.type("اسبانيا");
  const options = popover.getByRole("option");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText("إسبانيا");
  await page.keyboard.press("Enter");
  await expect(trigger).toHaveText("إسبانيا");

  // Arrow keys move the active option down the list in reading order.
  await trigger.click();
  const search = page.getByRole("combobox", { name: /بحث/ });
  await page.keyboard.press("ArrowDown");
  const activeId = await search.getAttribute("aria-activedescendant");
  await expect(popover.locator(`[id="${activeId}"]`)).toHaveAttribute("data-active", "true");
  const ids = await options.evaluateAll((nodes) => nodes.map((n) => n.id));
  const selectedIndex = await options.evaluateAll((nodes) => nodes.findIndex((n) => n.getAttribute("aria-selected") === "true"));
  expect(ids.indexOf(activeId!)).toBe(selectedIndex + 1);
});

test("in Arabic the person picker works from the keyboard alone: Enter opens it, typing finds, Enter picks, focus comes back", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings/new");
  // The picker's list loads on first use: the button is there at once, its popover when opened.
  const trigger = page.getByRole("combobox", { name: "الشخص", exact: true });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const search = page.getByRole("combobox", { name: "بحث: الشخص" });
  await expect(search).toBeFocused();
  const popover = page.locator("[data-slot=popover-content]");
  expect(await popover.evaluate((node) => getComputedStyle(node).direction)).toBe("rtl");
  await page.keyboard.type("KJAERSGAARD");
  const pia = popover.getByRole("option", { name: /Pia KJAERSGAARD/ });
  await expect(pia).toBeVisible();
  // The server's matches replace the list as the typing goes on (and the highlight with it): wait
  // until every person offered is a match for the whole word, then walk. The matches may start with a
  // namesake: ArrowDown, one press at a time once the highlight has moved, walks to her.
  const options = popover.getByRole("option");
  const matchesOnly = (texts: string[]) => {
    const people = texts.filter((text) => !text.trim().startsWith("+")); // "+ new person" stays last
    return people.length > 0 && people.every((text) => /KJAERSGAARD/i.test(text));
  };
  await expect.poll(async () => matchesOnly(await options.allTextContents())).toBe(true);
  await expect(async () => {
    if ((await pia.getAttribute("aria-selected")) !== "true") await page.keyboard.press("ArrowDown");
    await expect(pia).toHaveAttribute("aria-selected", "true", { timeout: 700 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press("Enter");
  await expect(popover).toBeHidden();
  await expect(trigger).toHaveText(/Pia KJAERSGAARD/);
  await expect(trigger).toBeFocused();
  await expect(page.getByRole("textbox", { name: "الصفة عند اللقاء", exact: true })).toHaveValue("رئيسة البرلمان الدانماركي");

  // Escape closes it again without a choice, focus back on the button.
  await page.keyboard.press("Enter");
  await expect(search).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(trigger).toBeFocused();
});

test("in Arabic the meeting form's plain choices are the browser's own selects, labelled", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings/new");
  const kind = page.getByRole("combobox", { name: "نوع اللقاء", exact: true });
  await expect(kind).toHaveJSProperty("tagName", "SELECT");
  await kind.focus();
  const before = await kind.inputValue();
  await page.keyboard.press("ArrowDown");
  await expect(kind).not.toHaveValue(before);
});

test("in Arabic an empty search field's placeholder reads right to left, and Latin typed into it runs left to right", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings");
  const search = page.getByRole("searchbox", { name: "بحث", exact: true });
  await expect(search).toHaveAttribute("placeholder", /.+/);
  expect(await search.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  await search.fill("Ministre");
  expect(await search.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  await search.fill("وزير");
  expect(await search.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
});

test("in Arabic a name typed before the person picker's first list arrives gets its match highlighted, and Enter picks it rather than adding a new person", async ({ page }) => {
  await signIn(page, "staff@taawun.test");
  await page.goto("/meetings/new");
  // The picker's first answer (its list for an empty search) is held back for a while, as on a slow
  // line: the name is typed before it comes, while the list holds only "+ new person".
  let held = false;
  await page.route("**/meetings/new", async (route) => {
    if (route.request().method() === "POST" && !held) {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue();
  });
  const trigger = page.getByRole("combobox", { name: "الشخص", exact: true });
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "بحث: الشخص" })).toBeFocused();
  await page.keyboard.type("KJAERSGAARD");
  const popover = page.locator("[data-slot=popover-content]");
  const pia = popover.getByRole("option", { name: /Pia KJAERSGAARD/ });
  await expect(pia).toHaveAttribute("aria-selected", "true");
  expect(held).toBe(true);
  await page.keyboard.press("Enter");
  await expect(popover).toBeHidden();
  await expect(trigger).toHaveText(/Pia KJAERSGAARD/);
  // No new-person fields opened.
  await expect(page.getByRole("textbox", { name: "الاسم (بكتابته الأصلية)", exact: true })).toHaveCount(0);
});

test("in Arabic at 390 px a picker's second line (the funder's country) starts on the right, under its name", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "staff@taawun.test");
  await page.goto("/projects");
  await page.getByRole("button", { name: /التصفية/ }).click();
  await page.getByLabel("الممول", { exact: true }).click();
  const options = page.getByRole("listbox").getByRole("option");
  await expect(options.nth(1)).toBeVisible();
  // Every option with a hint: the hint's right edge is the name's right edge (the page's start side).
  const edges = await options.evaluateAll((items) =>
    items.flatMap((item) => {
      const lines = item.querySelectorAll(":scope > span > span");
      if (lines.length < 2) return [];
      // Where the text itself is drawn (a line's box may be wider than its text).
      const drawn = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect();
      };
      return [{ name: drawn(lines[0]!).right, hint: drawn(lines[1]!).right }];
    }),
  );
  expect(edges.length).toBeGreaterThan(0);
  for (const edge of edges) expect(Math.abs(edge.name - edge.hint)).toBeLessThanOrEqual(2);
});

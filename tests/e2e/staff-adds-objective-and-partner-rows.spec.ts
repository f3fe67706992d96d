import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";

/**
 * QA finding: a new objective row showed "required" at once, the layout jumped, and the next click
 * ("add a partner") was swallowed. Appended rows are validated only once left, or on submit.
 */
test("staff adds an objective, then a partner with one click; the empty new rows say nothing until left or submitted", async ({ page }) => {
  const staff = await createTestUser("staff");
  await signIn(page, staff.email, staff.password, "/projects/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مشروع جديد");
  const required = page.getByText("هذا الحقل إلزامي.");

  await page.getByRole("button", { name: "إضافة هدف" }).click();
  const objective = page.locator(`textarea[name="objectives.0.text"]`);
  await expect(objective).toBeVisible();
  await expect(objective).not.toHaveAttribute("aria-invalid", "true");
  await expect(required).toHaveCount(0);

  // One click adds one partner row.
  await page.getByRole("button", { name: "إضافة شريك" }).click();
  await expect(page.getByTestId("partner-row")).toHaveCount(1);
  await expect(objective).not.toHaveAttribute("aria-invalid", "true");
  await expect(required).toHaveCount(0);

  // Left empty by the user: now it says so.
  await objective.focus();
  await objective.blur();
  await expect(objective).toHaveAttribute("aria-invalid", "true");
});

import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/db";
import { signIn, untilInteractive } from "./support/fixtures";
import { addCommitteeMembership, addDoneMilestone, projectIdOf, uniqueLabel } from "./support/workspaces";

test("a committee member asking for changes without a comment lands in the comment box; an approval is confirmed", async ({ page }) => {
  const recoming = projectIdOf("Recoming");
  const member = await createTestUser("committee");
  addCommitteeMembership(member.id, recoming);
  const changesTitle = uniqueLabel("زيارة ميدانية بلا تعليق");
  const approvedTitle = uniqueLabel("ندوة للمصادقة");
  const changesId = addDoneMilestone(recoming, changesTitle);
  const approvedId = addDoneMilestone(recoming, approvedTitle);
  await signIn(page, member.email, member.password);
  await page.goto(`/review/${recoming}`);

  const changesCard = page.getByTestId(`review-milestone-${changesId}`);
  const requestChanges = changesCard.getByRole("button", { name: "طلب تعديلات" });
  await untilInteractive(requestChanges);
  await requestChanges.click();
  await expect(changesCard.getByRole("alert")).toHaveText("التعليق إلزامي لهذا القرار.");
  const comment = changesCard.getByRole("textbox", { name: "تعليق" });
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAttribute("aria-invalid", "true");

  const approvedCard = page.getByTestId(`review-milestone-${approvedId}`);
  await approvedCard.getByRole("button", { name: "مصادقة" }).click();
  await expect(approvedCard).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: approvedTitle })).toContainText("تمت المصادقة");
});

/**
 * The committee's review bar at 1366 px keeps a usable comment box once a status message shows in
 * it (seen at life size: after an approval, "1 étape approuvée." shared the bar's row and squeezed
 * the box to 26 px, its label wrapped two letters a line).
 */
import { expect, test } from "@playwright/test";
import { unique } from "./support/agreements";
import { insertMilestone, insertProject } from "./support/attachments";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership } from "./support/workspaces";

test.describe("the committee's review bar at 1366 px", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const locale of ["ar", "fr"] as const) {
    test(`the comment box keeps its width once the approval is announced (${locale})`, async ({ page }) => {
      const member = await createTestUser("committee", { locale });
      const projectId = insertProject(`Bar-${unique()}`);
      addCommitteeMembership(member.id, projectId);
      const milestone = insertMilestone(projectId, `مرحلة ${unique()}`);
      await signIn(page, member.email, member.password);
      await page.goto("/review");
      await page.getByTestId(`bulk-awaiting-${milestone}`).getByRole("checkbox").check();
      const bar = page.getByTestId("bulk-approval-bar");
      await bar.getByRole("button", { name: locale === "ar" ? "مصادقة المحدد (1)" : /\(1\)/ }).click();
      await expect(bar.getByRole("status")).toBeVisible();

      const comment = bar.getByRole("textbox");
      const box = await comment.boundingBox();
      expect(box?.width, "the comment box's width").toBeGreaterThanOrEqual(200);
      // Its label stays on one line.
      const label = await bar.locator('label[for="bulk-comment"]').evaluate((l) => ({ height: l.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(l).lineHeight) }));
      expect(label.height).toBeLessThanOrEqual(label.lineHeight * 1.2);
      // The comment box is still usable.
      await comment.fill("Conforme");
      await expect(comment).toHaveValue("Conforme");
    });
  }
});

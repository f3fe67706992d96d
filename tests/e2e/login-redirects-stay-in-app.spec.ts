import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

const hostile = [
  "https://evil.example/phish",
  "//evil.example",
  "//evil.example/meetings",
  "/\\evil.example",
  "javascript:alert(document.cookie)",
  "JAVASCRIPT:alert(1)",
  "http://localhost:3100.evil.example/",
  "data:text/html,<script>alert(1)</script>",
];

for (const callbackUrl of hostile) {
  test(`after login with callbackUrl ${JSON.stringify(callbackUrl)} the user lands on the app's home`, async ({ page, baseURL }) => {
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await signIn(page, "staff@taawun.test", undefined, callbackUrl);
    await expect(page).toHaveURL(`${baseURL}/`);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(dialog).toBe(false);
  });
}

test("a path of the app is honoured", async ({ page, baseURL }) => {
  await signIn(page, "staff@taawun.test", undefined, "/meetings?country=ES");
  await expect(page).toHaveURL(`${baseURL}/meetings?country=ES`);
});

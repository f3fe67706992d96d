import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { insertAgreement, unique } from "./support/agreements";
import { exeBytes, insertMilestone, insertProject, largePdf, pdfBytes } from "./support/attachments";
import { createTestUser } from "./support/db";
import { signIn } from "./support/fixtures";
import { addCommitteeMembership } from "./support/workspaces";

/** Uploads one file as the signed-in user of `request`, as the attachments panel does. */
async function upload(request: APIRequestContext, entityType: string, entityId: number, file: { name: string; buffer: Buffer }) {
  return request.post("/api/attachments", {
    multipart: { entityType, entityId: String(entityId), file: { name: file.name, mimeType: "application/pdf", buffer: file.buffer } },
  });
}

test("staff attach the signed agreement and download it; a committee member reaches only their own project's files; a renamed program and a 21 MB file are refused", async ({ browser }) => {
  const staff = await createTestUser("staff");
  const agreementId = insertAgreement({ status: "signed", since: "2026-10", titleFr: `Accord signé ${unique()}`, createdBy: staff.id });
  const signed = pdfBytes(`signed agreement ${unique()}`);
  const fileName = "الاتفاقية الموقعة.pdf";

  // Staff drop the signed text on the agreement's page, with the file picker.
  const staffContext = await browser.newContext({ acceptDownloads: true });
  const page = await staffContext.newPage();
  await signIn(page, staff.email, staff.password);
  await page.goto(`/agreements/${agreementId}`);
  const panel = page.getByTestId(`attachments-agreement-${agreementId}`);
  await expect(panel.getByRole("heading", { name: "الملفات المرفقة" })).toBeVisible();
  await expect(panel).toContainText("لا يوجد ملف مرفق بعد.");
  await panel.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: signed });
  await expect(panel.getByRole("status")).toHaveText(`أُرفق الملف ${fileName}.`);
  const link = panel.getByRole("link", { name: `تنزيل ${fileName}` });
  await expect(link).toBeVisible();
  await expect(panel.getByTestId(/^attachment-\d+$/)).toContainText("PDF");

  // The download is the same bytes, under the original name.
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  expect(fs.readFileSync((await download.path())!).equals(signed)).toBe(true);
  const agreementFileUrl = (await link.getAttribute("href"))!;
  expect(agreementFileUrl).toMatch(/^\/api\/attachments\/\d+$/);
  const response = await staffContext.request.get(agreementFileUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="_________ _______.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`);

  // A program renamed signed.pdf is refused by its content, with a clear message; nothing is attached.
  await panel.locator('input[type="file"]').setInputFiles({ name: "signed.pdf", mimeType: "application/pdf", buffer: exeBytes() });
  await expect(panel.getByRole("alert")).toHaveText("signed.pdf: لا تُقبل إلا ملفات PDF وDOCX وXLSX وPNG وJPEG، ومحتوى هذا الملف ليس منها أيا كان اسمه.");
  await expect(panel.getByRole("link", { name: "تنزيل signed.pdf" })).toHaveCount(0);

  // A 21 MB file is refused in the page before it is sent...
  await panel.locator('input[type="file"]').setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: largePdf(21 * 1024 * 1024) });
  await expect(panel.getByRole("alert")).toHaveText("scan.pdf: حجم الملف يتجاوز 20 ميغابايت، فلم يُرفق.");
  // ...and by the server when sent anyway: 21 MB (decimal) by the route's own check, 21 MiB and
  // more by the proxy, before the app reads it.
  const tooLarge = await upload(staffContext.request, "agreement", agreementId, { name: "scan.pdf", buffer: largePdf(21_000_000) });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toMatchObject({ ok: false, message: "attachmentTooLarge" });
  expect((await upload(staffContext.request, "agreement", agreementId, { name: "scan.pdf", buffer: largePdf(22 * 1024 * 1024) })).status()).toBe(413);
  const renamed = await upload(staffContext.request, "agreement", agreementId, { name: "signed.pdf", buffer: exeBytes() });
  expect(renamed.status()).toBe(415);
  await page.reload();
  await expect(panel.getByRole("listitem")).toHaveCount(1);

  // Files on a project the member sits on, on another project, and on that project's milestone.
  const ownProject = insertProject(`Projet du comité ${unique()}`);
  const otherProject = insertProject(`Autre projet ${unique()}`);
  const otherMilestone = insertMilestone(otherProject, `Étape d'un autre projet ${unique()}`);
  const report = pdfBytes(`committee report ${unique()}`);
  const idOf = async (answer: Awaited<ReturnType<typeof upload>>) => {
    expect(answer.status()).toBe(201);
    return ((await answer.json()) as { data: { id: number } }).data.id;
  };
  const ownFile = await idOf(await upload(staffContext.request, "project", ownProject, { name: "rapport d'étape.pdf", buffer: report }));
  const otherFile = await idOf(await upload(staffContext.request, "project", otherProject, { name: "rapport.pdf", buffer: pdfBytes(`other ${unique()}`) }));
  const otherMilestoneFile = await idOf(await upload(staffContext.request, "milestone", otherMilestone, { name: "photos.pdf", buffer: pdfBytes(`milestone ${unique()}`) }));
  await staffContext.close();

  const member = await createTestUser("committee");
  addCommitteeMembership(member.id, ownProject);
  const memberContext = await browser.newContext({ acceptDownloads: true });
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member.email, member.password);
  // Agreements are not theirs to read at all; other projects' files are out of their scope: 404, as for an unknown file.
  for (const url of [agreementFileUrl, `/api/attachments/${otherFile}`, `/api/attachments/${otherMilestoneFile}`, "/api/attachments/99999999"]) {
    const refused = await memberContext.request.get(url);
    expect(refused.status(), url).toBe(404);
    expect(refused.headers()["content-disposition"], url).toBeUndefined();
  }
  // Their own project's report they download from the project page (and may not archive).
  await memberPage.goto(`/projects/${ownProject}`);
  const projectPanel = memberPage.getByTestId(`attachments-project-${ownProject}`);
  await expect(projectPanel.getByRole("button", { name: /أرشفة/ })).toHaveCount(0);
  await expect(projectPanel.locator('input[type="file"]')).toHaveCount(0);
  const [own] = await Promise.all([memberPage.waitForEvent("download"), projectPanel.getByRole("link", { name: "تنزيل rapport d'étape.pdf" }).click()]);
  expect(own.suggestedFilename()).toBe("rapport d'étape.pdf");
  expect(fs.readFileSync((await own.path())!).equals(report)).toBe(true);
  expect((await memberContext.request.get(`/api/attachments/${ownFile}`)).status()).toBe(200);
  await memberContext.close();
});

test("staff archive a file, it disappears and its URL answers 404; a supervisor restores it", async ({ browser }) => {
  const staff = await createTestUser("staff");
  const supervisor = await createTestUser("supervisor");
  const agreementId = insertAgreement({ status: "signed", since: "2026-09", titleFr: `Accord archivé ${unique()}`, createdBy: staff.id });
  const staffContext = await browser.newContext();
  const page = await staffContext.newPage();
  await signIn(page, staff.email, staff.password);
  const answer = await upload(staffContext.request, "agreement", agreementId, { name: "brouillon.pdf", buffer: pdfBytes(`draft ${unique()}`) });
  const id = ((await answer.json()) as { data: { id: number } }).data.id;
  await page.goto(`/agreements/${agreementId}`);
  const panel = page.getByTestId(`attachments-agreement-${agreementId}`);
  await panel.getByRole("button", { name: "أرشفة brouillon.pdf" }).click();
  await expect(panel.getByRole("status")).toHaveText("أُرشف الملف brouillon.pdf.");
  await expect(panel.getByRole("link", { name: "تنزيل brouillon.pdf" })).toHaveCount(0);
  expect((await staffContext.request.get(`/api/attachments/${id}`)).status()).toBe(404);
  await staffContext.close();

  const supervisorContext = await browser.newContext();
  const supervisorPage = await supervisorContext.newPage();
  await signIn(supervisorPage, supervisor.email, supervisor.password);
  await supervisorPage.goto(`/agreements/${agreementId}`);
  const supervisorPanel = supervisorPage.getByTestId(`attachments-agreement-${agreementId}`);
  await supervisorPanel.getByText("ملفات مؤرشفة (1)").click();
  await supervisorPanel.getByRole("button", { name: "استرجاع brouillon.pdf" }).click();
  await expect(supervisorPanel.getByRole("link", { name: "تنزيل brouillon.pdf" })).toBeVisible();
  expect((await supervisorContext.request.get(`/api/attachments/${id}`)).status()).toBe(200);
  await supervisorContext.close();
});

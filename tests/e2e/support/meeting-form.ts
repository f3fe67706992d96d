/** Filling the meeting form as a person does, in Arabic or French labels. */
import { expect, type Page } from "@playwright/test";

const labels = {
  ar: {
    date: "التاريخ",
    kind: "نوع اللقاء",
    country: "بلد المحاور",
    city: "المدينة",
    person: "الشخص",
    newPerson: "+ شخص جديد",
    newPersonName: "الاسم (بكتابته الأصلية)",
    title: "الصفة عند اللقاء",
    topics: "المواضيع المتناولة",
    save: "حفظ",
    addFollowUp: "إضافة إجراء للتتبع",
    followUpDescription: "الإجراء",
    followUpOwner: "المكلف",
    followUpDue: "الأجل",
  },
  fr: {
    date: "Date",
    kind: "Type d'entretien",
    country: "Pays de l'interlocuteur",
    city: "Ville",
    person: "Personne",
    newPerson: "+ Une nouvelle personne",
    newPersonName: "Nom (écriture d'origine)",
    title: "Fonction lors de l'entretien",
    topics: "Sujets abordés",
    save: "Enregistrer",
    addFollowUp: "Ajouter une suite à donner",
    followUpDescription: "Action",
    followUpOwner: "Responsable",
    followUpDue: "Échéance",
  },
} as const;

export type MeetingDraft = {
  /** As typed: `12/01/2026`, `04/2017`, `2016` or ISO; the precision is what is typed. */
  date: string;
  kind?: string;
  country?: string;
  city?: string;
  newPersonName: string;
  title?: string;
  topics?: string;
  /** Follow-up rows, each owned by a Taawun user chosen by name; `dueOn` as typed (`30/11/2026`). */
  followUps?: { description: string; ownerName: string; dueOn?: string }[];
};

/** Picks in one of the form's plain choices (the browser's own select). */
async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label, exact: true }).selectOption({ label: option });
}

/** Picks in a searchable list (people, countries): open, type (in the popover's search box, once loaded), click the option. */
async function searchAndChoose(page: Page, label: string, option: string, searchable = true) {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  if (searchable) await page.locator("[data-slot=popover-content]").getByRole("combobox").fill(option.replace(/^\+ /, ""));
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Fills /meetings/new (already open) without saving it. @returns the Save button */
export async function fillMeeting(page: Page, lang: "ar" | "fr", draft: MeetingDraft) {
  const l = labels[lang];
  await page.getByRole("textbox", { name: l.date, exact: true }).fill(draft.date);
  if (draft.kind) await chooseOption(page, l.kind, draft.kind);
  if (draft.country) await searchAndChoose(page, l.country, draft.country);
  if (draft.city) await page.getByLabel(l.city, { exact: true }).fill(draft.city);
  await searchAndChoose(page, l.person, l.newPerson, false);
  await page.getByRole("textbox", { name: l.newPersonName, exact: true }).fill(draft.newPersonName);
  if (draft.title) await page.getByLabel(l.title, { exact: true }).fill(draft.title);
  if (draft.topics) await page.getByLabel(l.topics, { exact: true }).fill(draft.topics);
  for (const [index, followUp] of (draft.followUps ?? []).entries()) {
    await page.getByRole("button", { name: l.addFollowUp, exact: true }).click();
    const row = page.locator("fieldset").filter({ has: page.getByRole("textbox", { name: l.followUpDescription, exact: true }) }).nth(index);
    await row.getByRole("textbox", { name: l.followUpDescription, exact: true }).fill(followUp.description);
    await row.getByRole("combobox", { name: l.followUpOwner, exact: true }).selectOption({ label: followUp.ownerName });
    if (followUp.dueOn) await row.getByRole("textbox", { name: l.followUpDue, exact: true }).fill(followUp.dueOn);
  }
  return page.getByRole("button", { name: l.save, exact: true });
}

/** Fills and submits /meetings/new (already open), then waits for the meeting's own page. */
export async function recordMeeting(page: Page, lang: "ar" | "fr", draft: MeetingDraft): Promise<number> {
  await (await fillMeeting(page, lang, draft)).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/**
 * What the publications page, its print view and its downloads need, built once here so that
 * pages and route handlers only fetch and render: the generated document in the chosen language,
 * the lists a supervisor marks for publishing, and the projects an IATI file can be made of.
 */
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { fetchFirstIatiProject } from "@/lib/iati/queries";
import { localizedName } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/config";
import { publishingEntityTypes, publishingTargets } from "@/lib/record-validation/schema";
import { buildCooperationPage } from "./cooperation-page";
import type { Block, PublicationDocument, Section } from "./document";
import { renderArticleHtml } from "./html";
import { periodBounds, publicationQuerySchema, type PublicationQuery } from "./period";
import { countPublishingCandidates, fetchPublishingCandidates } from "./candidates";
import { assertMayPublish, fetchPublishedRecords, PublicationTooLargeError } from "./queries";
import { documentTranslator, type Translate } from "./translator";

/** The items of one list (or rows of one table) the on-screen preview shows; the files hold all. */
export const PREVIEW_LIST_ITEMS = 60;
/** The records of each kind the publishing lists show by name (their counts are always whole). */
export const SHOWN_CANDIDATES = 30;
/**
 * The records one "mark all" (or "withdraw all") click sends: the first of the list, in order; the
 * next click takes the next ones. Within the server's PUBLISHING_BATCH_LIMIT, and small enough
 * that the page carries them without growing with the data.
 */
export const MARK_BATCH = 100;

/**
 * Reads the page's query string (first value of each parameter).
 * @returns the query to generate (without the period when the typed one is invalid), what was
 *   typed (kept in the form), and the field errors (`errors.*` keys)
 */
export function parsePublicationQuery(raw: Record<string, string | string[] | undefined>, fallbackLang: Locale = "ar") {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const typed = { from: first(raw.from), to: first(raw.to), lang: first(raw.lang) ?? fallbackLang };
  const parsed = publicationQuerySchema.safeParse(typed);
  if (parsed.success) return { query: parsed.data, typed, errors: [] as { field: string; message: string }[] };
  return {
    query: publicationQuerySchema.parse({ lang: typed.lang }),
    typed,
    errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message })),
  };
}

/** The query string of a period and language, for links to the downloads and the print view. */
export function publicationSearch(query: PublicationQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  params.set("lang", query.lang);
  return params.toString();
}

/**
 * The cooperation page of a period in a language, as the document model.
 * @throws ForbiddenError when the user may not read what the page is made of
 */
export function fetchCooperationDocument(user: SessionUser, query: PublicationQuery) {
  assertMayPublish(user);
  const records = fetchPublishedRecords(user, periodBounds(query));
  return buildCooperationPage(records, { locale: query.lang, period: { from: query.from, to: query.to } }, documentTranslator(query.lang));
}

/**
 * The document as the page previews it: each list and table cut to PREVIEW_LIST_ITEMS, with a line
 * saying how many more the downloads hold, so that the page stays small whatever the period.
 */
export function previewOf(doc: PublicationDocument, t: Translate): PublicationDocument {
  const more = (count: number): Block => ({ kind: "paragraph", text: t("publications.previewMore", { count }) });
  const cut = (section: Section): Section => ({
    ...section,
    blocks: section.blocks.flatMap((block): Block[] => {
      if (block.kind === "list" && block.items.length > PREVIEW_LIST_ITEMS)
        return [{ ...block, items: block.items.slice(0, PREVIEW_LIST_ITEMS) }, more(block.items.length - PREVIEW_LIST_ITEMS)];
      if (block.kind === "table" && block.rows.length > PREVIEW_LIST_ITEMS)
        return [{ ...block, rows: block.rows.slice(0, PREVIEW_LIST_ITEMS) }, more(block.rows.length - PREVIEW_LIST_ITEMS)];
      return [block];
    }),
    sections: section.sections.map(cut),
  });
  return { ...doc, sections: doc.sections.map(cut) };
}

/**
 * The cooperation document, or why there is none: the period holds more than one page takes.
 * @throws ForbiddenError when the user may not read what the page is made of
 */
export function fetchCooperationDocumentOrLimit(user: SessionUser, query: PublicationQuery) {
  try {
    return { doc: fetchCooperationDocument(user, query), tooLarge: null };
  } catch (error) {
    if (error instanceof PublicationTooLargeError) return { doc: null, tooLarge: { count: error.count, max: error.max } };
    throw error;
  }
}

/**
 * The publications page: the preview's HTML, the lists to mark (each with whether this user may
 * mark it), and the validated projects an IATI file can be made of.
 * @param interfaceLocale the language of the lists' labels (the document has its own)
 */
export function fetchPublicationsPage(user: SessionUser, query: PublicationQuery, interfaceLocale: Locale) {
  assertMayPublish(user);
  const { doc, tooLarge } = fetchCooperationDocumentOrLimit(user, query);
  const period = periodBounds(query);
  const versions = (rows: { id: number; version: number }[]) => rows.map(({ id, version }) => ({ id, version }));
  const lists = publishingEntityTypes.map((kind) => {
    const counts = countPublishingCandidates(user, kind, period);
    const batch = (only: "toMark" | "marked", count: number) =>
      count > 0 ? versions(fetchPublishingCandidates(user, kind, period, { only, limit: MARK_BATCH })) : [];
    return {
      kind,
      mayMark: can(user.role, "validate", publishingTargets[kind].resource),
      rows: fetchPublishingCandidates(user, kind, period, { limit: SHOWN_CANDIDATES }).map((row) => ({ ...row, label: localizedName(row, interfaceLocale, `#${row.id}`) })),
      counts,
      // What "mark all" and "withdraw all" send: one batch (MARK_BATCH); the next click takes the next.
      toMark: batch("toMark", counts.toMark),
      marked: batch("marked", counts.marked),
    };
  });
  const first = fetchFirstIatiProject(user);
  const iatiFirstProject = first
    ? { value: String(first.id), label: first.acronym ?? localizedName({ nameAr: first.titleAr, nameFr: first.titleFr, nameEn: first.titleEn }, interfaceLocale, `#${first.id}`) }
    : null;
  return { articleHtml: doc ? renderArticleHtml(previewOf(doc, documentTranslator(query.lang))) : null, tooLarge, lists, iatiFirstProject };
}

export type PublicationsPage = ReturnType<typeof fetchPublicationsPage>;

/**
 * What the publications page, its print view and its downloads need, built once here so that
 * pages and route handlers only fetch and render: the generated document in the chosen language,
 * the lists a supervisor marks for publishing, and the projects an IATI file can be made of.
 */
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { fetchProjectsForIati } from "@/lib/iati/queries";
import { localizedName } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/config";
import { publishingEntityTypes, publishingTargets } from "@/lib/record-validation/schema";
import { buildCooperationPage } from "./cooperation-page";
import { renderArticleHtml } from "./html";
import { periodBounds, publicationQuerySchema, type PublicationQuery } from "./period";
import { assertMayPublish, fetchPublishedRecords, fetchPublishingCandidates } from "./queries";
import { documentTranslator } from "./translator";

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
 * The publications page: the preview's HTML, the lists to mark (each with whether this user may
 * mark it), and the validated projects an IATI file can be made of.
 * @param interfaceLocale the language of the lists' labels (the document has its own)
 */
export function fetchPublicationsPage(user: SessionUser, query: PublicationQuery, interfaceLocale: Locale) {
  assertMayPublish(user);
  const doc = fetchCooperationDocument(user, query);
  const period = periodBounds(query);
  const lists = publishingEntityTypes.map((kind) => {
    const rows = fetchPublishingCandidates(user, kind, period);
    return {
      kind,
      mayMark: can(user.role, "validate", publishingTargets[kind].resource),
      rows: rows.map((row) => ({ ...row, label: localizedName(row, interfaceLocale, `#${row.id}`) })),
      published: rows.filter((r) => r.validated && r.publishable).length,
    };
  });
  const iatiProjects = fetchProjectsForIati(user, {}).map(({ project }) => ({
    id: project.id,
    label: project.acronym ?? localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, interfaceLocale, `#${project.id}`),
  }));
  return { articleHtml: renderArticleHtml(doc), doc, lists, iatiProjects };
}

export type PublicationsPage = ReturnType<typeof fetchPublicationsPage>;

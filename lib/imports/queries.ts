/**
 * Imports: the server-only reads of the room (the page's view and the template download).
 */
import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { meetingKinds, organisationTypes } from "@/db/schema";
import { fetchCountry } from "@/lib/countries/queries";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { importableKinds } from "./access";
import { columnLabel, importColumns, type ImportKind } from "./columns";
import { importKindSchema } from "./schema";
import { buildTemplate, type TemplateFile } from "./template";

export type ImportPageView = {
  kind: ImportKind;
  kinds: ImportKind[];
  /** Column headers in the user's language, by field (the preview names columns with them). */
  columns: { field: string; label: string }[];
};

/**
 * The import page's view for `user`: the kind asked for (default: the first importable), the
 * kinds they may import, the kind's columns. Not found when the user may import nothing (a
 * committee member, an administrator) or not this kind.
 */
export function fetchImportPage(user: SessionUser, requestedKind: string | undefined, locale: Locale): ImportPageView {
  const kinds = importableKinds(user);
  if (kinds.length === 0) notFound();
  const parsed = importKindSchema.safeParse(requestedKind ?? kinds[0]);
  if (!parsed.success || !kinds.includes(parsed.data)) notFound();
  const kind = parsed.data;
  return { kind, kinds, columns: importColumns[kind].map((c) => ({ field: c.field, label: columnLabel(kind, c.field, locale) })) };
}

/**
 * The template file of `kind` in `locale`.
 * @throws ForbiddenError when the user may not import that kind
 */
export async function fetchImportTemplate(user: SessionUser, kind: ImportKind, format: "xlsx" | "csv", locale: Locale): Promise<TemplateFile> {
  if (!importableKinds(user).includes(kind)) throw new ForbiddenError("create", kind === "meetings" ? "meeting" : kind === "people" ? "person" : "organisation");
  const t = await getTranslations({ locale, namespace: "imports.template" });
  const tm = await getTranslations({ locale, namespace: "meetings" });
  const to = await getTranslations({ locale, namespace: "organisations" });
  const spain = fetchCountry("ES");
  const country = spain ? localizedName(spain, locale, "ES") : "";
  const example: Record<string, string> = {
    meetings: {
      startsOn: "05/12/2018",
      endsOn: "07/12/2018",
      kind: tm(`kinds.${meetingKinds[1]}`),
      country,
      countryCode: "ES",
      city: "Marrakech",
      venue: t("exampleVenue"),
      counterparts: `${t("examplePerson")} — ${t("exampleTitle")}`,
      topics: t("exampleTopics"),
      outcome: t("exampleOutcome"),
    },
    people: { name: t("examplePerson"), nameTransliterated: "", country, countryCode: "ES", notes: t("exampleTitle") },
    organisations: { nameAr: "الوكالة الإسبانية للتعاون الدولي من أجل التنمية", nameFr: "Agence espagnole de coopération internationale pour le développement", nameEn: "Spanish Agency for International Development Cooperation", acronym: "AECID", type: to(`types.${organisationTypes[1]}`), country, countryCode: "ES" },
  }[kind] as Record<string, string>;
  return buildTemplate(kind, format, locale, {
    example,
    sheetName: t("helpSheet"),
    languagesHeader: [t("field"), "العربية", "Français", "English"],
    dateRule: t("dateRule"),
  });
}

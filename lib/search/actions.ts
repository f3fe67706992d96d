"use server";

/**
 * The header's search box asks here as the user types. A read, not a write: it goes through the
 * read rule of lib/search/queries.ts, never the write path.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { agreementTypes } from "@/db/enums";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { searchEverything, type SearchGroup } from "@/lib/search/queries";

/**
 * @param query what was typed (at most 100 characters are read)
 * @returns the groups of hits the current user may see; [] when signed out or for a short query
 */
export async function searchAll(query: string): Promise<SearchGroup[]> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword || typeof query !== "string") return [];
  const current = await getLocale();
  const locale = isLocale(current) ? current : "ar";
  const t = await getTranslations("agreements.types");
  const typeLabels = Object.fromEntries(
    agreementTypes.map((k) => [k, t(k)]),
  );
  return searchEverything(user, query.slice(0, 100), locale, typeLabels);
}

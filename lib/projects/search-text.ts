/**
 * The search text of a project (acronym, titles in ar/fr/en, funding source), normalised as every
 * stored search text is (lib/text/normalize-arabic.ts).
 */
import { buildSearchText } from "@/lib/text/normalize-arabic";

/**
 * Pure: used by the project write path and the life-size generator.
 * @returns the normalised text stored in `projects.search_text`
 */
export function projectSearchText(p: {
  acronym: string | null;
  titleAr: string | null;
  titleFr: string | null;
  titleEn: string | null;
  fundingSource: string | null;
}): string {
  return buildSearchText([p.acronym, p.titleAr, p.titleFr, p.titleEn, p.fundingSource]);
}

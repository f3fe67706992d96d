/**
 * The header of the two directory lists, people and organisations: the title (current or
 * archived records), the switch between them for who may see archived records, the export menu,
 * and the import and "new" buttons for who may create. Words from the list's own messages
 * (`people.*` or `organisations.*`: title, archivedTitle, showArchived, showCurrent, new).
 */
import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { ImportLink } from "@/components/imports/import-link";
import { ArchivedToggle, ListHeader, NewLink } from "@/components/shell/record-page";
import type { ListAbilities } from "@/lib/auth/abilities";

/**
 * @param kind the directory, also its path (`/people`), its messages and its export list
 * @param archived whether the list shows archived records (`?archived=1`)
 * @param exportQuery the list's query string for its export (lib/lists/search-params `exportQuery`)
 */
export async function DirectoryListHeader({
  kind,
  archived,
  abilities,
  exportQuery,
}: {
  kind: "people" | "organisations";
  archived: boolean;
  abilities: ListAbilities;
  exportQuery: string;
}) {
  const [t, ti] = [await getTranslations(kind), await getTranslations("imports")];
  return (
    <ListHeader title={archived ? t("archivedTitle") : t("title")}>
      {abilities.seeArchived && (
        <ArchivedToggle href={`/${kind}`} archived={archived} labels={{ showArchived: t("showArchived"), showCurrent: t("showCurrent") }} />
      )}
      <ExportMenu list={kind} query={exportQuery} />
      {abilities.create && <ImportLink kind={kind} label={ti("link")} />}
      {abilities.create && <NewLink href={`/${kind}/new`} label={t("new")} />}
    </ListHeader>
  );
}

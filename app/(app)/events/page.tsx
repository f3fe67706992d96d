import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListHeader, ListTable, NewLink } from "@/components/shell/record-page";
import { listAbilities } from "@/lib/auth/abilities";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { fetchEvents } from "@/lib/events/queries";
import { localizedName } from "@/lib/i18n/localized";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";

export const generateMetadata = titleMetadata("events", "title");

export default async function EventsPage() {
  const user = await requirePermission("read", "event");
  const abilities = listAbilities(user, "event");
  const [t, locale] = [await getTranslations("events"), await pageLocale()];
  const rows = fetchEvents(user);
  return (
    <div className="flex flex-col gap-4">
      <ListHeader title={t("title")}>{abilities.create && <NewLink href="/events/new" label={t("new")} />}</ListHeader>
      <ListTable rowCount={rows.length} empty={t("empty")} columns={[t("columns.name"), t("columns.kind"), { label: t("columns.editions"), className: "text-end" }, t("columns.latest")]}>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="max-w-lg whitespace-normal">
              <Link href={`/events/${row.id}`} className="font-medium text-primary hover:underline">
                <bdi>{localizedName(row, locale, row.acronym ?? `#${row.id}`)}</bdi>
              </Link>
              {row.acronym && <span className="text-sm text-muted-foreground"> ({row.acronym})</span>}
            </TableCell>
            <TableCell>
              <Badge variant="secondary">{t(`kinds.${row.kind}`)}</Badge>
            </TableCell>
            <TableCell className="text-end tabular-nums">{row.editionCount}</TableCell>
            <TableCell>
              {row.latestStartsOn ? formatPartialDateRange(row.latestStartsOn, row.latestEndsOn, locale) : "—"}
              {row.latestCity && (
                <>
                  {" · "}
                  <bdi>{row.latestCity}</bdi>
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </ListTable>
    </div>
  );
}

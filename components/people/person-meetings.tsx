import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import type { MeetingKind } from "@/db/enums";

/** A person's meetings over time, oldest first, each with the title the person held then. */
export async function PersonMeetings({
  meetings,
  locale,
}: {
  meetings: {
    id: number;
    startsOn: string;
    endsOn: string | null;
    kind: MeetingKind;
    titleAtMeeting: string | null;
    eventNameAr: string | null;
    eventNameFr: string | null;
    eventNameEn: string | null;
  }[];
  locale: Locale;
}) {
  const t = await getTranslations();
  return (
    <ListTable
      data-testid="person-meetings"
      rowCount={meetings.length}
      empty={t("people.noMeetings")}
      columns={[t("meetings.columns.date"), t("people.titleThen"), t("meetings.columns.kind"), t("meetings.columns.event")]}
    >
      {meetings.map((m) => (
        <TableRow key={m.id}>
          <TableCell>
            <Link href={`/meetings/${m.id}`} className="font-medium text-primary hover:underline">
              {formatPartialDateRange(m.startsOn, m.endsOn, locale)}
            </Link>
          </TableCell>
          <TableCell className="whitespace-normal" dir="auto">
            {m.titleAtMeeting ?? "—"}
          </TableCell>
          <TableCell>
            <Badge variant="secondary">{t(`meetings.kinds.${m.kind}`)}</Badge>
          </TableCell>
          <TableCell className="whitespace-normal">{localizedName({ nameAr: m.eventNameAr, nameFr: m.eventNameFr, nameEn: m.eventNameEn }, locale, "—")}</TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}

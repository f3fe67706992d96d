import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
  if (meetings.length === 0) return <p className="text-muted-foreground">{t("people.noMeetings")}</p>;
  return (
    <div className="rounded-lg border bg-card">
      <Table data-testid="person-meetings">
        <TableHeader>
          <TableRow>
            <TableHead>{t("meetings.columns.date")}</TableHead>
            <TableHead>{t("people.titleThen")}</TableHead>
            <TableHead>{t("meetings.columns.kind")}</TableHead>
            <TableHead>{t("meetings.columns.event")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
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
        </TableBody>
      </Table>
    </div>
  );
}

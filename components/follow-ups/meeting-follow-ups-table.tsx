import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { formatInstant } from "@/lib/dates/instant";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { fetchMeetingFollowUps } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { CloseFollowUpButtons } from "./close-follow-up-buttons";
import { followUpOwnerLabel } from "./follow-up-list";

/** A meeting's follow-ups: what, who, by when, the state (who closed it and when), and the close buttons. */
export async function MeetingFollowUpsTable({ followUps, locale }: { followUps: ReturnType<typeof fetchMeetingFollowUps>; locale: Locale }) {
  const t = await getTranslations("followUps");
  const tm = await getTranslations("meetings.form");
  return (
    <ListTable
      inCard
      rowCount={followUps.rows.length}
      empty={tm("noFollowUps")}
      columns={[tm("followUpDescription"), tm("followUpOwner"), tm("followUpDue"), tm("followUpStatus")]}
    >
      {followUps.rows.map((f) => {
        const owner = followUpOwnerLabel(f, locale);
        return (
          <TableRow key={f.id} data-testid="meeting-follow-up">
            <TableCell className="whitespace-normal" dir="auto">
              {f.description}
            </TableCell>
            <TableCell>{owner ? <bdi>{owner}</bdi> : t("noOwner")}</TableCell>
            <TableCell>
              <span className="flex items-center gap-2">
                {formatPartialDate(f.dueOn, locale) || "—"}
                {f.status === "open" && f.overdue && <Badge variant="destructive">{t("overdue")}</Badge>}
              </span>
            </TableCell>
            <TableCell className="whitespace-normal">
              <span className="flex flex-col items-start gap-1">
                <Badge variant={f.status === "done" ? "success" : "outline"}>{t(`statuses.${f.status}`)}</Badge>
                {f.closedAt && (
                  <span className="text-xs text-muted-foreground">
                    <bdi>{f.closedByName ?? "—"}</bdi> · <time dateTime={f.closedAt}>{formatInstant(f.closedAt, locale)}</time>
                  </span>
                )}
                {f.status === "open" && followUps.mayClose && <CloseFollowUpButtons id={f.id} version={f.version} description={f.description} />}
              </span>
            </TableCell>
          </TableRow>
        );
      })}
    </ListTable>
  );
}

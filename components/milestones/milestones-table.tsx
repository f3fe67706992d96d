"use client";

/**
 * A project's milestones: date at its precision, title, kind, place, status with the computed
 * "late" marker, actual date, linked meeting; and, for those who may, add / edit / mark done.
 * Each milestone carries its own version: a stale edit is refused and said so.
 */
import { useState } from "react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { AlertTriangle, Check, Pencil, Plus } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import type { Option } from "@/components/forms/fields";
import { FormErrorAlert } from "@/components/forms/action-errors";
import { activityKinds, activityStatuses } from "@/db/enums";
import { markMilestoneDone } from "@/lib/milestones/actions";
import type { MilestoneFormValues } from "@/lib/milestones/schema";
import type { MilestoneEditing } from "@/components/milestones/milestone-form";

// The dialog and its form (Radix Dialog, react-hook-form, zod, the pickers) load when first opened.
const MilestoneFormDialog = dynamic(() => import("@/components/milestones/milestone-form"));

/** A milestone as the table shows it (dates already formatted on the server). */
export type MilestoneRow = {
  id: number;
  version: number;
  title: string;
  kind: (typeof activityKinds)[number];
  status: (typeof activityStatuses)[number];
  late: boolean;
  plannedLabel: string;
  actualLabel: string;
  /** City and country, each in its own script (shown isolated). */
  place: { city: string | null; country: string | null };
  notes: string | null;
  meeting: { id: number; label: string } | null;
  formValues: MilestoneFormValues;
};

export function MilestonesTable({
  projectId,
  rows,
  canCreate,
  canUpdate,
  canOpenMeetings,
  countries,
  linksMeetings,
}: {
  projectId: number;
  rows: MilestoneRow[];
  canCreate: boolean;
  canUpdate: boolean;
  canOpenMeetings: boolean;
  countries: Option[];
  /** Whether the user may link a milestone to a meeting (the picker finds meetings as they type). */
  linksMeetings: boolean;
}) {
  const t = useTranslations("projects");
  const tm = useTranslations("projects.milestones");
  const router = useRouter();
  const [editing, setEditing] = useState<MilestoneEditing | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  // "Rabat, Maroc": the city, then its country, as an apposition in the reader's language.
  const separator = useTranslations("app")("apposition");

  async function markDone(row: MilestoneRow) {
    setRowError(null);
    setBusy(row.id);
    const result = await markMilestoneDone({ id: row.id, version: row.version });
    setBusy(null);
    if (!result.ok) setRowError(result.message);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <FormErrorAlert error={rowError} />
      <ListTable
        data-testid="milestones-table"
        inCard
        rowCount={rows.length}
        empty={tm("empty")}
        columns={[
          tm("planned"),
          tm("title"),
          tm("kind"),
          tm("place"),
          tm("status"),
          tm("actual"),
          (canUpdate || canOpenMeetings) && tm("meeting"),
          canUpdate && { label: tm("actions"), className: "sr-only" },
        ]}
      >
        {rows.map((row) => (
          <TableRow key={row.id} id={`milestone-${row.id}`} className="scroll-mt-20" data-testid="milestone-row" data-late={row.late ? "true" : "false"} data-status={row.status}>
            <TableCell className="whitespace-nowrap align-top">{row.plannedLabel}</TableCell>
            <TableCell className="min-w-56 whitespace-normal align-top">
              <span className="font-medium" dir="auto">
                {row.title}
              </span>
              {row.notes && (
                <p className="text-xs text-muted-foreground" dir="auto">
                  {row.notes}
                </p>
              )}
            </TableCell>
            <TableCell className="align-top">{t(`activityKinds.${row.kind}`)}</TableCell>
            <TableCell className="align-top whitespace-normal" data-label={tm("place")}>
              {row.place.city || row.place.country ? (
                <>
                  {row.place.city && <bdi>{row.place.city}</bdi>}
                  {row.place.city && row.place.country && separator}
                  {row.place.country && <bdi>{row.place.country}</bdi>}
                </>
              ) : (
                "—"
              )}
            </TableCell>
            <TableCell className="align-top">
              <div className="flex flex-wrap gap-1">
                <Badge variant={row.status === "done" ? "success" : row.status === "cancelled" ? "outline" : "secondary"}>{t(`activityStatuses.${row.status}`)}</Badge>
                {row.late && (
                  <Badge variant="destructive" data-testid="late-marker">
                    <AlertTriangle aria-hidden />
                    {tm("late")}
                  </Badge>
                )}
              </div>
            </TableCell>
            <TableCell className="whitespace-nowrap align-top" data-label={tm("actual")}>
              {row.actualLabel || "—"}
            </TableCell>
            {(canUpdate || canOpenMeetings) && (
              <TableCell className="align-top whitespace-normal" data-label={tm("meeting")}>
                {row.meeting ? (
                  canOpenMeetings ? (
                    <Link href={`/meetings/${row.meeting.id}`} className="text-primary hover:underline">
                      {row.meeting.label}
                    </Link>
                  ) : (
                    row.meeting.label
                  )
                ) : (
                  "—"
                )}
              </TableCell>
            )}
            {canUpdate && (
              <TableCell className="align-top">
                <div className="flex gap-1">
                  {row.status !== "done" && row.status !== "cancelled" && (
                    <Button type="button" size="sm" variant="outline" disabled={busy === row.id} onClick={() => markDone(row)} aria-label={tm("markDoneNamed", { title: row.title })}>
                      <Check aria-hidden className="size-4" />
                      {tm("markDone")}
                    </Button>
                  )}
                  <Button type="button" size="sm" variant="ghost" onClick={() => setEditing({ mode: "edit", row })} aria-label={tm("editNamed", { title: row.title })}>
                    <Pencil aria-hidden className="size-4" />
                  </Button>
                </div>
              </TableCell>
            )}
          </TableRow>
        ))}
      </ListTable>
      {canCreate && (
        <div>
          <Button type="button" variant="outline" onClick={() => setEditing({ mode: "create" })}>
            <Plus aria-hidden className="size-4" />
            {tm("add")}
          </Button>
        </div>
      )}
      {editing && (
        <MilestoneFormDialog
          key={editing.mode === "edit" ? `${editing.row.id}-${editing.row.version}` : "new"}
          closeLabel={tm("close")}
          onClose={() => setEditing(null)}
          projectId={projectId}
          editing={editing}
          countries={countries}
          linksMeetings={linksMeetings}
          onDone={() => {
            setEditing(null);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}

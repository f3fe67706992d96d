"use client";

/**
 * A project's milestones: date at its precision, title, kind, place, status with the computed
 * "late" marker, actual date, linked meeting; and, for those who may, add / edit / mark done.
 * Each milestone carries its own version: a stale edit is refused and said so.
 */
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { AlertTriangle, Check, Pencil, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import { AsyncComboboxField } from "@/components/forms/async-combobox-field";
import { SelectField, TextField, TextareaField, type Option } from "@/components/forms/fields";
import { FormErrorAlert, useActionErrors } from "@/components/forms/action-errors";
import { DateField, PartialDateField } from "@/components/forms/partial-date-input";
import { activityKinds, activityStatuses } from "@/db/enums";
import { createMilestone, markMilestoneDone, updateMilestone } from "@/lib/milestones/actions";
import { emptyMilestoneForm, milestoneFormSchema, type MilestoneFormValues } from "@/lib/milestones/schema";
import type { ActionResult } from "@/lib/write/run-mutation";
import { useIdempotencyKey } from "@/components/forms/idempotency-key";

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

type Editing = { mode: "create" } | { mode: "edit"; row: MilestoneRow } | null;

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
  const [editing, setEditing] = useState<Editing>(null);
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
            <TableCell className="align-top whitespace-normal">
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
            <TableCell className="whitespace-nowrap align-top">{row.actualLabel || "—"}</TableCell>
            {(canUpdate || canOpenMeetings) && (
              <TableCell className="align-top whitespace-normal">
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
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <DialogContent className="sm:max-w-2xl" closeLabel={tm("close")}>
          {editing && (
            <MilestoneForm
              key={editing.mode === "edit" ? `${editing.row.id}-${editing.row.version}` : "new"}
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
        </DialogContent>
      </Dialog>
    </div>
  );
}

function MilestoneForm({
  projectId,
  editing,
  countries,
  linksMeetings,
  onDone,
}: {
  projectId: number;
  editing: NonNullable<Editing>;
  countries: Option[];
  linksMeetings: boolean;
  onDone: () => void;
}) {
  const t = useTranslations("projects");
  const tm = useTranslations("projects.milestones");
  const form = useForm<MilestoneFormValues>({
    resolver: zodResolver(milestoneFormSchema),
    defaultValues: editing.mode === "edit" ? editing.row.formValues : emptyMilestoneForm(),
    mode: "onTouched",
  });
  const { formError, clearFormError, showRefusal } = useActionErrors(form);
  // The form mounts afresh for every milestone added, so each gets its own key.
  const { idempotencyKey } = useIdempotencyKey();

  async function onSubmit(values: MilestoneFormValues) {
    clearFormError();
    const result: ActionResult<unknown> =
      editing.mode === "create"
        ? await createMilestone({ projectId, values, idempotencyKey })
        : await updateMilestone({ id: editing.row.id, version: editing.row.version, values });
    if (result.ok) {
      onDone();
      return;
    }
    showRefusal(result);
  }


  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4" aria-label={editing.mode === "create" ? tm("add") : tm("edit")}>
      <DialogHeader>
        <DialogTitle>{editing.mode === "create" ? tm("add") : tm("edit")}</DialogTitle>
        <DialogDescription>{tm("dialogHint")}</DialogDescription>
      </DialogHeader>
      <FormErrorAlert error={formError} currentHref={editing.mode === "edit" ? `/projects/${projectId}` : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="title" label={tm("title")} dir="auto" required className="sm:col-span-2" />
        <SelectField form={form} name="kind" label={tm("kind")} options={activityKinds.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }))} />
        <SelectField form={form} name="status" label={tm("status")} options={activityStatuses.map((s) => ({ value: s, label: t(`activityStatuses.${s}`) }))} />
        <PartialDateField form={form} name="plannedOn" label={tm("planned")} />
        <DateField form={form} name="plannedEndOn" label={tm("plannedEnd")} hint={tm("plannedEndHint")} />
        <PartialDateField form={form} name="actualOn" label={tm("actual")} />
        <div />
        <TextField form={form} name="city" label={tm("city")} dir="auto" />
        <SelectField form={form} name="countryCode" label={tm("country")} options={countries} emptyLabel={tm("noCountry")} />
        {linksMeetings && (
          <AsyncComboboxField form={form} name="meetingId" label={tm("meeting")} kind="meeting" emptyLabel={tm("noMeeting")} hint={tm("meetingHint")} className="sm:col-span-2" />
        )}
        <TextareaField form={form} name="notes" label={tm("notes")} rows={2} dir="auto" className="sm:col-span-2" />
      </div>
      <DialogFooter>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tm("saving") : tm("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}

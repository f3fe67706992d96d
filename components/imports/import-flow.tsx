"use client";

/**
 * The guided import: download the template, upload a file, check the preview row by row (new,
 * matches a record and why, unchanged, refused with the row and column, a date to decide), choose
 * per row or for all, then commit. The file stays in the browser between steps and is sent again
 * with each preview and with the commit (the server keeps nothing until the commit writes).
 * Every rule lives on the server (lib/imports); this component only shows and sends choices.
 */
import { useId, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Download, FileUp } from "@/components/ui/icons";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { TableCell, TableRow } from "@/components/ui/table";
import { ListTable } from "@/components/shell/record-page";
import type { ImportAnswer } from "@/lib/imports/actions";
import type { ImportOutcome } from "@/lib/imports/commit";
import type { ImportKind } from "@/lib/imports/columns";
import type { DateReading } from "@/lib/imports/dates";
import type { ImportPreview, PreviewRow, RowAction, RowStatus } from "@/lib/imports/preview";
import { LabelledSection } from "@/components/sections/labelled-section";
import { formatInstant } from "@/lib/dates/instant";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

type Props = { kind: ImportKind; columns: { field: string; label: string }[] };

const selectClass =
  "h-9 w-full min-w-36 rounded-md border border-input bg-transparent px-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50";

const statusVariant: Record<RowStatus, "success" | "secondary" | "outline" | "destructive" | "warning"> = {
  new: "success",
  match: "secondary",
  unchanged: "outline",
  refused: "destructive",
  ambiguous: "warning",
};

/** The action a row starts with: create what is new, update what matches, skip the rest. */
function defaultAction(row: PreviewRow): RowAction {
  return row.status === "new" ? "create" : row.status === "match" ? "update" : "skip";
}

/** A name or a record's label inside a sentence of the other direction: isolated (U+2068 … U+2069) so it keeps its order. */
const isolate = (text: string) => `\u2068${text}\u2069`;

type Refusal = { message: string; params?: Record<string, string | number> };

export function ImportFlow({ kind, columns }: Props) {
  const t = useTranslations("imports");
  const locale = useLocale();
  const ids = { file: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [readings, setReadings] = useState<Record<string, DateReading>>({});
  const [actions, setActions] = useState<Record<number, RowAction>>({});
  const [busy, setBusy] = useState<"preview" | "commit" | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const columnLabel = useMemo(() => new Map(columns.map((c) => [c.field, c.label])), [columns]);
  const longDate = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    if (!d) return iso;
    return new Intl.DateTimeFormat(`${locale}-MA`, { dateStyle: "long", timeZone: "UTC", numberingSystem: "latn" }).format(new Date(Date.UTC(y!, m! - 1, d)));
  };

  async function send(path: "preview" | "commit", extra: Record<string, string>, chosen: Record<string, DateReading>) {
    const form = new FormData();
    form.set("kind", kind);
    form.set("file", file!);
    form.set("readings", JSON.stringify(chosen));
    for (const [key, value] of Object.entries(extra)) form.set(key, value);
    const response = await fetch(`/api/imports/${path}`, { method: "POST", body: form });
    if (response.status === 413) return { ok: false, error: "refused", message: "bodyTooLarge" } as const;
    try {
      return (await response.json()) as ImportAnswer<unknown>;
    } catch {
      return { ok: false, error: "refused", message: "failed" } as const;
    }
  }

  async function runPreview(chosen: Record<string, DateReading>, keepChoices: boolean) {
    if (!file) return;
    setBusy("preview");
    setRefusal(null);
    setOutcome(null);
    setCommitError(null);
    const answer = await send("preview", {}, chosen);
    setBusy(null);
    if (!answer.ok) {
      setPreview(null);
      setRefusal({ message: answer.error === "refused" ? answer.message : "failed", params: "params" in answer ? answer.params : undefined });
      return;
    }
    const next = answer.data as ImportPreview;
    // A row keeps the user's choice while its status stays; a row whose status changed (a date
    // just decided) starts again from its default.
    const before = new Map((keepChoices ? (preview?.rows ?? []) : []).map((row) => [row.rowNumber, row.status]));
    setPreview(next);
    setActions((previous) =>
      Object.fromEntries(
        next.rows.map((row) => [row.rowNumber, before.get(row.rowNumber) === row.status ? (previous[row.rowNumber] ?? defaultAction(row)) : defaultAction(row)]),
      ),
    );
  }

  async function chooseReading(row: PreviewRow, reading: DateReading) {
    const chosen = { ...readings, [row.rowNumber]: reading };
    setReadings(chosen);
    await runPreview(chosen, true);
  }

  async function commit() {
    if (!preview) return;
    setBusy("commit");
    setCommitError(null);
    const decisions = preview.rows.map((row) => ({
      rowNumber: row.rowNumber,
      action: actions[row.rowNumber] ?? "skip",
      matchId: row.match?.id ?? null,
      matchVersion: row.match?.version ?? null,
    }));
    const answer = await send("commit", { decisions: JSON.stringify(decisions) }, readings);
    setBusy(null);
    if (!answer.ok) {
      if (answer.error === "refused") setRefusal({ message: answer.message, params: "params" in answer ? answer.params : undefined });
      else setCommitError(answer.message in commitErrorKeys ? answer.message : answer.error);
      return;
    }
    setOutcome(answer.data as ImportOutcome);
    setPreview(null);
  }

  const setAll = (status: RowStatus, action: RowAction) =>
    setActions((previous) => ({ ...previous, ...Object.fromEntries(preview!.rows.filter((r) => r.status === status).map((r) => [r.rowNumber, action])) }));
  const accepted = preview ? preview.rows.filter((r) => (actions[r.rowNumber] ?? "skip") !== "skip").length : 0;

  const issueText = (row: PreviewRow, issue: PreviewRow["issues"][number]) =>
    t(`issues.${issue.code}`, {
      row: String(row.rowNumber),
      column: issue.field ? (columnLabel.get(issue.field) ?? issue.field) : "",
      value: issue.value,
      otherRow: issue.otherRow === undefined ? "" : String(issue.otherRow),
    });

  return (
    <div className="flex flex-col gap-6">
      <LabelledSection id="import-template" title={t("template.heading")} className="gap-2">
        <p className="text-sm text-muted-foreground">{t("template.help")}</p>
        <div className="flex flex-wrap gap-2">
          {(["xlsx", "csv"] as const).map((format) => (
            <a key={format} href={`/api/imports/template?kind=${kind}&format=${format}`} className={buttonVariants({ variant: "outline" })} download>
              <Download aria-hidden className="size-4" />
              {t(`template.${format}`)}
            </a>
          ))}
        </div>
      </LabelledSection>

      <LabelledSection id="import-upload" title={t("upload.heading")} className="gap-2">
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            setReadings({});
            void runPreview({}, false);
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={ids.file}>{t("upload.label")}</Label>
            <input
              id={ids.file}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${ids.file}-hint`}
              className="max-w-full text-sm file:me-3 file:rounded-md file:border file:border-input file:bg-transparent file:px-3 file:py-1.5"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
                setRefusal(null);
                setOutcome(null);
              }}
            />
          </div>
          <Button type="submit" disabled={!file || busy !== null}>
            <FileUp aria-hidden className="size-4" />
            {busy === "preview" ? t("upload.previewing") : t("upload.preview")}
          </Button>
        </form>
        <p id={`${ids.file}-hint`} className="text-sm text-muted-foreground">
          {t("upload.hint")}
        </p>
      </LabelledSection>

      {refusal && (
        <Alert variant="destructive" role="alert" data-testid="import-refusal">
          <AlertTitle>{t("refusedTitle")}</AlertTitle>
          <AlertDescription>{t(`refusals.${refusal.message in refusalKeys ? refusal.message : "failed"}`, Object.fromEntries(Object.entries(refusal.params ?? {}).map(([k, v]) => [k, String(v)])))}</AlertDescription>
        </Alert>
      )}
      {outcome && (
        <Alert variant="success" role="status" data-testid="import-outcome">
          <AlertDescription>{t("done", { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, skipped: outcome.skipped })}</AlertDescription>
        </Alert>
      )}
      {commitError && (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{t(`commitErrors.${commitError in commitErrorKeys ? commitError : "failed"}`)}</AlertDescription>
        </Alert>
      )}

      {preview && (
        <LabelledSection id="import-preview" title={t("preview.heading")} data-testid="import-preview">
          <p className="text-sm" data-testid="import-counts">
            {t("preview.counts", preview.counts)}
          </p>
          {preview.alreadyImported && (
            <Alert variant="warning" role="status">
              <AlertDescription>
                {t("preview.alreadyImported", { at: formatInstant(preview.alreadyImported.at, isLocale(locale) ? locale : defaultLocale), fileName: preview.alreadyImported.fileName })}
              </AlertDescription>
            </Alert>
          )}
          <div role="group" aria-label={t("bulk.label")} className="flex flex-wrap gap-2">
            <Button type="button" variant="outline" size="sm" onClick={() => setAll("new", "create")}>
              {t("bulk.createNew")}
            </Button>
            <Button type="button" variant="outline" size="sm" onClick={() => setAll("match", "update")}>
              {t("bulk.updateMatches")}
            </Button>
            <Button type="button" variant="outline" size="sm" onClick={() => setAll("match", "skip")}>
              {t("bulk.skipMatches")}
            </Button>
            <Button type="button" variant="outline" size="sm" onClick={() => setActions(Object.fromEntries(preview.rows.map((r) => [r.rowNumber, "skip" as const])))}>
              {t("bulk.skipAll")}
            </Button>
          </div>
          <ListTable columns={[{ label: t("table.row"), className: "w-16" }, t("table.status"), t("table.record"), t("table.details"), t("table.action")]}>
            {preview.rows.map((row) => (
              <TableRow key={row.rowNumber} data-testid={`import-row-${row.rowNumber}`} data-status={row.status} className="align-top">
                <TableCell className="tabular-nums">{row.rowNumber}</TableCell>
                <TableCell>
                  <Badge variant={statusVariant[row.status]}>{t(`statuses.${row.status}`)}</Badge>
                </TableCell>
                <TableCell className="max-w-72 whitespace-normal">
                  <bdi>{row.label}</bdi>
                </TableCell>
                <TableCell className="max-w-xl whitespace-normal text-sm">
                  <ul className="flex flex-col gap-1">
                    {row.match && (
                      <li>
                        {t(`reasons.${row.match.reason}`, { id: String(row.match.id), label: isolate(row.match.label) })}
                      </li>
                    )}
                    {row.status === "match" && row.changes.length > 0 && (
                      <li>{t("changes", { fields: row.changes.map((f) => columnLabel.get(f) ?? f).join("، ") })}</li>
                    )}
                    {row.status === "unchanged" && <li className="text-muted-foreground">{t("noChanges")}</li>}
                    {row.issues.map((issue, i) => (
                      <li key={i} className="text-destructive">
                        {issueText(row, issue)}
                      </li>
                    ))}
                    {row.status !== "refused" &&
                      row.counterparts.map((c, i) => (
                        <li key={`c${i}`} className="text-muted-foreground">
                          {c.personId
                            ? t("counterpartKnown", { name: isolate(c.name), person: isolate(`#${c.personId} ${c.personName ?? ""}`) })
                            : t("counterpartNew", { name: isolate(c.name) })}
                        </li>
                      ))}
                    {row.ambiguous.map((a) => (
                      <li key={a.field} className="flex flex-col gap-1.5">
                        <span>{t("ambiguous.question", { row: String(row.rowNumber), column: columnLabel.get(a.field) ?? a.field, value: a.value })}</span>
                        <select
                          aria-label={t("ambiguous.label", { row: String(row.rowNumber) })}
                          className={selectClass}
                          value=""
                          disabled={busy !== null}
                          onChange={(event) => void chooseReading(row, event.target.value as DateReading)}
                        >
                          <option value="" disabled>
                            {t("ambiguous.choose")}
                          </option>
                          {(Object.entries(a.readings) as [DateReading, string][]).map(([reading, iso]) => (
                            <option key={reading} value={reading}>
                              {t(`ambiguous.${reading}`, { date: longDate(iso) })}
                            </option>
                          ))}
                        </select>
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell>
                  {row.status === "new" || row.status === "match" ? (
                    <select
                      aria-label={t("actions.label", { row: String(row.rowNumber) })}
                      className={selectClass}
                      value={actions[row.rowNumber] ?? "skip"}
                      onChange={(event) => setActions((previous) => ({ ...previous, [row.rowNumber]: event.target.value as RowAction }))}
                    >
                      {row.status === "match" && <option value="update">{t("actions.update")}</option>}
                      <option value="create">{row.status === "match" ? t("actions.createAnyway") : t("actions.create")}</option>
                      <option value="skip">{t("actions.skip")}</option>
                    </select>
                  ) : (
                    <span className="text-sm text-muted-foreground">{t("actions.skip")}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </ListTable>
          <div>
            <Button type="button" onClick={() => void commit()} disabled={busy !== null || accepted === 0}>
              {busy === "commit" ? t("committing") : t("commit", { count: accepted })}
            </Button>
          </div>
        </LabelledSection>
      )}
    </div>
  );
}

const refusalKeys = Object.fromEntries(
  ["empty", "tooLarge", "bodyTooLarge", "wrongType", "passwordProtected", "corrupt", "notText", "tooManyRows", "noRows", "unknownHeaders", "repeatedHeaders", "missingHeaders", "failed"].map((k) => [k, true]),
);
const commitErrorKeys = Object.fromEntries(
  ["conflict", "importRowRefused", "importFileRefused", "forbidden", "unauthenticated", "invalid", "formInvalid", "notFound", "failed"].map((k) => [k, true]),
);

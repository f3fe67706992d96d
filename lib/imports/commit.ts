/**
 * The commit of an import, inside the write path's transaction (lib/write/run-mutation.ts): the
 * file is analysed again on the transaction, each decision is checked against what the row is now
 * (a refused or unresolved row cannot be written; a match that moved on is a conflict), then every
 * accepted row is written. Any refusal throws, and runMutation rolls the whole file back: all rows
 * or none. New records start as "new" in the supervisor's validation queue, whoever imports them.
 * One audit entry per record written, and one for the import naming the file and its hash.
 */
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { importBatches, meetingCounterparts, meetings, organisations, people } from "@/db/schema";
import { eq } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import { refreshMeetingSearchText } from "@/lib/meetings/search-text";
import { refreshOrganisationSearchText } from "@/lib/organisations/search-text";
import { refreshPersonSearchText } from "@/lib/people/search-text";
import { ConflictError, createdStamp, RuleError, updateVersioned, type WriteContext } from "@/lib/write/run-mutation";
import { analyseSheet } from "./analyse";
import { importResource, type ImportKind } from "./columns";
import type { PreparedMeeting, PreparedOrganisation, PreparedPerson, PreparedValues, PreviewRow } from "./preview";
import type { ReadSheet } from "./read-file";
import { readingsByRow, type ImportDecision } from "./schema";

export type ImportOutcome = { batchId: number | null; created: number; updated: number; unchanged: number; skipped: number };

type Ctx = WriteContext<{ kind: ImportKind; fileName: string; readings: Record<string, "dmy" | "mdy">; decisions: ImportDecision[] }>;

/** Drops blank (null) values: an update never erases a stored value with a blank cell. */
function given<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) as { [K in keyof T]?: Exclude<T[K], null> };
}

/**
 * Writes the accepted rows of `sheet`.
 * @throws RuleError "importFileRefused" (the file no longer reads), "importRowRefused" (a decision
 *   on a refused or unresolved row), "forbidden" (an update without the permission);
 *   ConflictError when a row's match is not the one the preview showed, at its version
 */
export function writeImport(ctx: Ctx, sheet: ReadSheet, hash: string): ImportOutcome {
  const { kind, fileName, decisions } = ctx.data;
  const analysed = analyseSheet(ctx.tx, kind, sheet, fileName, hash, readingsByRow(ctx.data.readings));
  if (!analysed.ok) throw new RuleError("importFileRefused");
  const { rows, prepared } = analysed.file.analysis;
  const byRow = new Map(decisions.map((d) => [d.rowNumber, d]));
  const newPeople = new Map<string, number>();
  const created: number[] = [];
  const updated: number[] = [];
  let unchanged = 0;
  let skipped = 0;

  for (const row of rows) {
    const decision = byRow.get(row.rowNumber);
    const action = decision?.action ?? "skip";
    if (row.status === "unchanged") {
      unchanged += 1;
      continue;
    }
    if (action === "skip") {
      skipped += 1;
      continue;
    }
    if (row.status === "refused" || row.status === "ambiguous") throw new RuleError("importRowRefused");
    if ((decision!.matchId ?? null) !== (row.match?.id ?? null)) throw new ConflictError(kind, row.match?.id ?? decision!.matchId ?? 0);
    const values = prepared.get(row.rowNumber)!;
    if (action === "update") {
      if (!row.match) throw new RuleError("importRowRefused");
      if (!can(ctx.user.role, "update", importResource[kind])) throw new RuleError("forbidden");
      updateRow(ctx, values, row.match.id, decision!.matchVersion ?? 0, newPeople);
      updated.push(row.match.id);
    } else {
      created.push(createRow(ctx, values, newPeople));
    }
  }

  if (created.length === 0 && updated.length === 0) return { batchId: null, created: 0, updated: 0, unchanged, skipped };
  const batch = ctx.tx
    .insert(importBatches)
    .values({ kind, fileName, fileHash: hash, rowCount: rows.length, createdCount: created.length, updatedCount: updated.length, createdBy: ctx.user.id, createdAt: ctx.now })
    .returning({ id: importBatches.id })
    .get();
  ctx.audit({ action: "import", entityType: "importBatch", entityId: batch.id, changes: { kind, fileName, fileHash: hash, created, updated, unchanged, skipped } });
  return { batchId: batch.id, created: created.length, updated: updated.length, unchanged, skipped };
}

/** Stamp of an imported record: "new" in the validation queue, even when a supervisor imports it. */
const importedStamp = (ctx: Ctx) => ({ ...createdStamp(ctx), validationStatus: "new" as const });

function createRow(ctx: Ctx, values: PreparedValues, newPeople: Map<string, number>): number {
  const source = { importedFrom: ctx.data.fileName };
  if (values.kind === "meetings") {
    const columns = meetingColumns(values);
    const { id } = ctx.tx
      .insert(meetings)
      .values({ ...columns, startsOn: columns.startsOn!, kind: columns.kind!, ...importedStamp(ctx) })
      .returning({ id: meetings.id })
      .get();
    const counterparts = writeCounterparts(ctx, id, values, newPeople);
    refreshMeetingSearchText(ctx.tx, id);
    ctx.audit({ action: "create", entityType: "meeting", entityId: id, changes: { ...columns, counterparts, ...source } });
    return id;
  }
  if (values.kind === "people") {
    const columns = personColumns(values);
    const { id } = ctx.tx.insert(people).values({ ...columns, name: columns.name!, ...importedStamp(ctx) }).returning({ id: people.id }).get();
    refreshPersonSearchText(ctx.tx, id);
    ctx.audit({ action: "create", entityType: "person", entityId: id, changes: { ...columns, ...source } });
    return id;
  }
  const columns = organisationColumns(values);
  const { id } = ctx.tx
    .insert(organisations)
    .values({ ...columns, type: columns.type ?? "other", ...importedStamp(ctx) })
    .returning({ id: organisations.id })
    .get();
  refreshOrganisationSearchText(ctx.tx, id);
  ctx.audit({ action: "create", entityType: "organisation", entityId: id, changes: { ...columns, ...source } });
  return id;
}

function updateRow(ctx: Ctx, values: PreparedValues, id: number, version: number, newPeople: Map<string, number>): void {
  const source = { importedFrom: ctx.data.fileName };
  if (values.kind === "meetings") {
    const changes: Record<string, unknown> = updateVersioned(ctx, meetings, "meeting", id, version, given(meetingColumns(values)));
    if (values.counterparts) changes.counterparts = writeCounterparts(ctx, id, values, newPeople);
    refreshMeetingSearchText(ctx.tx, id);
    ctx.audit({ action: "update", entityType: "meeting", entityId: id, changes: { ...changes, ...source } });
  } else if (values.kind === "people") {
    const changes = updateVersioned(ctx, people, "person", id, version, given(personColumns(values)));
    refreshPersonSearchText(ctx.tx, id);
    ctx.audit({ action: "update", entityType: "person", entityId: id, changes: { ...changes, ...source } });
  } else {
    const changes = updateVersioned(ctx, organisations, "organisation", id, version, given(organisationColumns(values)));
    refreshOrganisationSearchText(ctx.tx, id);
    ctx.audit({ action: "update", entityType: "organisation", entityId: id, changes: { ...changes, ...source } });
  }
}

function meetingColumns(v: PreparedMeeting) {
  return {
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    kind: v.meetingKind as (typeof meetings.$inferInsert)["kind"] | null,
    countryCode: v.countryCode,
    city: v.city,
    venue: v.venue,
    topics: v.topics,
    outcome: v.outcome,
  };
}

const personColumns = (v: PreparedPerson) => ({ name: v.name, nameTransliterated: v.nameTransliterated, countryCode: v.countryCode, notes: v.notes });

const organisationColumns = (v: PreparedOrganisation) => ({
  nameAr: v.nameAr,
  nameFr: v.nameFr,
  nameEn: v.nameEn,
  acronym: v.acronym,
  type: v.type as (typeof organisations.$inferInsert)["type"] | null,
  countryCode: v.countryCode,
});

/**
 * Replaces a meeting's counterparts with the row's, creating the people not found by name (once
 * per name in the whole file: two rows naming the same new person make one record).
 */
function writeCounterparts(ctx: Ctx, meetingId: number, values: PreparedMeeting, newPeople: Map<string, number>) {
  if (!values.counterparts) return [];
  ctx.tx.delete(meetingCounterparts).where(eq(meetingCounterparts.meetingId, meetingId)).run();
  return values.counterparts.map((counterpart: PreviewRow["counterparts"][number], position) => {
    let personId = counterpart.personId;
    if (!personId) {
      const key = normalizeForSearch(counterpart.name);
      personId = newPeople.get(key) ?? null;
      if (!personId) {
        if (!can(ctx.user.role, "create", "person")) throw new RuleError("forbidden");
        personId = ctx.tx
          .insert(people)
          .values({ name: counterpart.name, countryCode: values.countryCode, ...importedStamp(ctx) })
          .returning({ id: people.id })
          .get().id;
        refreshPersonSearchText(ctx.tx, personId);
        newPeople.set(key, personId);
        ctx.audit({ action: "create", entityType: "person", entityId: personId, changes: { name: counterpart.name, importedFrom: ctx.data.fileName } });
      }
    }
    ctx.tx.insert(meetingCounterparts).values({ meetingId, personId, titleAtMeeting: counterpart.title || null, position }).run();
    return { personId, title: counterpart.title || null };
  });
}

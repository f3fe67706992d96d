/**
 * Writing a meeting's follow-up rows inside the meeting's own write (lib/meetings/actions.ts):
 * stored rows are updated in place (their status, closing and notices survive), rows no longer in
 * the form are deleted, new ones inserted. A Taawun user who becomes a row's owner is told
 * ("followUpAssigned"), unless they made the change themselves.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { agreements, followUpActions, organisations, people, projects, users } from "@/db/schema";
import { RuleError, type WriteContext } from "@/lib/write/run-mutation";
import { raiseNotice, resolveNotices } from "@/lib/notifications/emit";
import type { FollowUpRowValues } from "./schema";

/** Form strings → follow-up columns: only the owner of the chosen kind is kept. */
function followUpColumns(row: FollowUpRowValues) {
  const id = (value: string) => (value ? Number(value) : null);
  const kind = row.ownerKind || null;
  return {
    description: row.description,
    ownerKind: kind,
    ownerUserId: kind === "user" ? id(row.ownerUserId) : null,
    ownerPersonId: kind === "person" ? id(row.ownerPersonId) : null,
    ownerOrganisationId: kind === "organisation" ? id(row.ownerOrganisationId) : null,
    owner: kind === "named" ? row.owner || null : null,
    dueOn: row.dueOn || null,
    projectId: id(row.projectId),
    agreementId: id(row.agreementId),
  };
}

/** Refuses an owner, project or agreement that does not exist (or may not own a follow-up). */
function checkFollowUpReferences(ctx: WriteContext<unknown>, rows: FollowUpRowValues[]): void {
  const { tx } = ctx;
  rows.forEach((row, index) => {
    const c = followUpColumns(row);
    const field = (name: string) => `followUps.${index}.${name}`;
    if (c.ownerUserId && !tx.select({ id: users.id }).from(users).where(and(eq(users.id, c.ownerUserId), eq(users.active, true), sql`${users.role} in ('staff', 'supervisor')`)).get()) {
      throw new RuleError("invalidOption", field("ownerUserId"));
    }
    if (c.ownerPersonId && !tx.select({ id: people.id }).from(people).where(and(eq(people.id, c.ownerPersonId), isNull(people.archivedAt))).get()) {
      throw new RuleError("invalidOption", field("ownerPersonId"));
    }
    if (c.ownerOrganisationId && !tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, c.ownerOrganisationId), isNull(organisations.archivedAt))).get()) {
      throw new RuleError("invalidOption", field("ownerOrganisationId"));
    }
    if (c.projectId && !tx.select({ id: projects.id }).from(projects).where(and(eq(projects.id, c.projectId), isNull(projects.archivedAt))).get()) {
      throw new RuleError("invalidOption", field("projectId"));
    }
    if (c.agreementId && !tx.select({ id: agreements.id }).from(agreements).where(and(eq(agreements.id, c.agreementId), isNull(agreements.archivedAt))).get()) {
      throw new RuleError("invalidOption", field("agreementId"));
    }
  });
}

/**
 * Replaces meeting `meetingId`'s follow-ups with `rows`, keeping stored rows by id.
 * @throws RuleError "invalidOption" on the field of a reference that does not exist, or a row id
 *   that is not one of this meeting's follow-ups
 * @returns `{ added, removed, changed }` ids, for the meeting's audit entry
 */
export function writeFollowUps(ctx: WriteContext<unknown>, meetingId: number, rows: FollowUpRowValues[]) {
  const { tx } = ctx;
  checkFollowUpReferences(ctx, rows);
  const stored = tx.select().from(followUpActions).where(eq(followUpActions.meetingId, meetingId)).all();
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const keep = new Set(rows.filter((r) => r.id).map((r) => Number(r.id)));
  const removed = stored.filter((row) => !keep.has(row.id)).map((row) => row.id);
  if (removed.length) {
    tx.delete(followUpActions).where(inArray(followUpActions.id, removed)).run();
    for (const id of removed) resolveNotices(tx, ctx.now, "followUp", id);
  }
  const added: number[] = [];
  const changed: number[] = [];
  rows.forEach((row, position) => {
    const columns = { ...followUpColumns(row), position };
    let id: number;
    let previousOwner: number | null = null;
    if (row.id) {
      id = Number(row.id);
      const before = storedById.get(id);
      if (!before) throw new RuleError("invalidOption", `followUps.${position}.description`);
      previousOwner = before.ownerUserId;
      const differs = (Object.keys(columns) as (keyof typeof columns)[]).some((key) => (before[key] ?? null) !== (columns[key] ?? null));
      if (!differs) return;
      tx.update(followUpActions)
        .set({ ...columns, version: sql`${followUpActions.version} + 1`, updatedAt: ctx.now, updatedBy: ctx.user.id })
        .where(eq(followUpActions.id, id))
        .run();
      changed.push(id);
    } else {
      id = tx
        .insert(followUpActions)
        .values({ ...columns, meetingId, status: "open", updatedAt: ctx.now, updatedBy: ctx.user.id })
        .returning({ id: followUpActions.id })
        .get().id;
      added.push(id);
    }
    if (columns.ownerUserId && columns.ownerUserId !== previousOwner) {
      raiseNotice(
        tx,
        ctx.now,
        [columns.ownerUserId],
        { kind: "followUpAssigned", params: { description: columns.description, dueOn: columns.dueOn }, href: `/meetings/${meetingId}`, entityType: "followUp", entityId: id },
        ctx.user.id,
      );
    }
  });
  return { added, removed, changed };
}

/**
 * The notices other rooms' writes raise, each from inside its write (same transaction):
 * a record validated or sent back (lib/record-validation), a milestone's review requested or
 * decided (lib/milestones, lib/reviews), an agreement's signing step (lib/agreements).
 * Who is told: the people who entered the record (its creator and last editor), the project's
 * steering committee for a review to do.
 */
import { eq } from "drizzle-orm";
import { activities, agreements, meetingCounterparts, meetings, organisations, people, projects } from "@/db/schema";
import type { WriteContext } from "@/lib/write/run-mutation";
import { committeeMemberIds, raiseNotice } from "./emit";
import type { NotificationParams } from "./kinds";

type Ctx = Pick<WriteContext<unknown>, "tx" | "now" | "user">;
export type NoticeRecordType = "meeting" | "project" | "agreement" | "organisation" | "person" | "activity";

/** A record's names in each language, its date, its project and who entered it. */
function describeRecord(ctx: Ctx, entityType: NoticeRecordType, id: number) {
  const { tx } = ctx;
  const stamp = { createdBy: null as number | null, updatedBy: null as number | null };
  switch (entityType) {
    case "meeting": {
      const m = tx.select({ startsOn: meetings.startsOn, createdBy: meetings.createdBy, updatedBy: meetings.updatedBy }).from(meetings).where(eq(meetings.id, id)).get();
      const first = tx.select({ name: people.name }).from(meetingCounterparts).innerJoin(people, eq(people.id, meetingCounterparts.personId)).where(eq(meetingCounterparts.meetingId, id)).orderBy(meetingCounterparts.position).get();
      return { ...stamp, ...m, names: { nameAr: first?.name ?? null }, dueOn: m?.startsOn ?? null, href: `/meetings/${id}` };
    }
    case "project": {
      const p = tx.select({ acronym: projects.acronym, nameAr: projects.titleAr, nameFr: projects.titleFr, nameEn: projects.titleEn, createdBy: projects.createdBy, updatedBy: projects.updatedBy }).from(projects).where(eq(projects.id, id)).get();
      return { ...stamp, ...p, names: p?.acronym ? { nameAr: p.acronym, nameFr: p.acronym, nameEn: p.acronym } : { nameAr: p?.nameAr, nameFr: p?.nameFr, nameEn: p?.nameEn }, dueOn: null, href: `/projects/${id}` };
    }
    case "agreement": {
      const a = tx.select({ nameAr: agreements.titleAr, subject: agreements.subject, nameFr: agreements.titleFr, subjectFr: agreements.subjectFr, nameEn: agreements.titleEn, subjectEn: agreements.subjectEn, createdBy: agreements.createdBy, updatedBy: agreements.updatedBy }).from(agreements).where(eq(agreements.id, id)).get();
      return { ...stamp, ...a, names: { nameAr: a?.nameAr ?? a?.subject, nameFr: a?.nameFr ?? a?.subjectFr, nameEn: a?.nameEn ?? a?.subjectEn }, dueOn: null, href: `/agreements/${id}` };
    }
    case "organisation": {
      const o = tx.select({ nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, createdBy: organisations.createdBy, updatedBy: organisations.updatedBy }).from(organisations).where(eq(organisations.id, id)).get();
      return { ...stamp, ...o, names: { nameAr: o?.nameAr ?? o?.acronym, nameFr: o?.nameFr ?? o?.acronym, nameEn: o?.nameEn ?? o?.acronym }, dueOn: null, href: `/organisations/${id}` };
    }
    case "person": {
      const p = tx.select({ name: people.name, createdBy: people.createdBy, updatedBy: people.updatedBy }).from(people).where(eq(people.id, id)).get();
      return { ...stamp, ...p, names: { nameAr: p?.name }, dueOn: null, href: `/people/${id}` };
    }
    case "activity": {
      const a = tx.select({ title: activities.title, projectId: activities.projectId, acronym: projects.acronym, createdBy: activities.createdBy, updatedBy: activities.updatedBy }).from(activities).innerJoin(projects, eq(projects.id, activities.projectId)).where(eq(activities.id, id)).get();
      const title = [a?.acronym, a?.title].filter(Boolean).join(" · ");
      return { ...stamp, ...a, names: { nameAr: title }, dueOn: null, href: `/projects/${a?.projectId ?? ""}` };
    }
  }
}

function recordParams(entityType: NoticeRecordType, names: { nameAr?: string | null; nameFr?: string | null; nameEn?: string | null }, extra: NotificationParams = {}): NotificationParams {
  return { recordType: entityType, nameAr: names.nameAr ?? null, nameFr: names.nameFr ?? null, nameEn: names.nameEn ?? null, ...extra };
}

/**
 * A supervisor validated a record or sent it back: its creator and its last editor are told.
 * Call before the decision's own update (which stamps the supervisor as the last editor).
 */
export function noticeValidationDecision(ctx: Ctx, entityType: NoticeRecordType, id: number, decision: "validate" | "send_back", comment: string | null) {
  const record = describeRecord(ctx, entityType, id);
  raiseNotice(
    ctx.tx,
    ctx.now,
    [record.createdBy, record.updatedBy],
    { kind: decision === "validate" ? "recordValidated" : "recordSentBack", params: recordParams(entityType, record.names, { comment: decision === "send_back" ? comment : null, dueOn: entityType === "meeting" ? record.dueOn : null }), href: record.href, entityType, entityId: id },
    ctx.user.id,
  );
}

/** A milestone was marked done: its project's steering committee is asked to review it. */
export function noticeReviewRequested(ctx: Ctx, milestoneId: number, projectId: number) {
  const record = describeRecord(ctx, "activity", milestoneId);
  raiseNotice(ctx.tx, ctx.now, committeeMemberIds(ctx.tx, projectId), { kind: "reviewRequested", params: recordParams("activity", record.names), href: `/projects/${projectId}`, entityType: "activity", entityId: milestoneId }, ctx.user.id);
}

/** A committee member decided on a milestone: the staff who entered it are told. */
export function noticeReviewDecided(ctx: Ctx, milestoneId: number, decision: string, comment: string | null) {
  const record = describeRecord(ctx, "activity", milestoneId);
  raiseNotice(ctx.tx, ctx.now, [record.createdBy, record.updatedBy], { kind: "reviewDecided", params: recordParams("activity", record.names, { decision, comment }), href: record.href, entityType: "activity", entityId: milestoneId }, ctx.user.id);
}

/**
 * An agreement moved along its signing workflow: who entered it (its creator, its last editor
 * before this step) is told. Call before the step's own update.
 */
export function noticeAgreementStatus(ctx: Ctx, agreementId: number, toStatus: string) {
  const record = describeRecord(ctx, "agreement", agreementId);
  raiseNotice(ctx.tx, ctx.now, [record.createdBy, record.updatedBy], { kind: "agreementStatusChanged", params: recordParams("agreement", record.names, { status: toStatus }), href: record.href, entityType: "agreement", entityId: agreementId }, ctx.user.id);
}

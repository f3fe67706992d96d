/**
 * Validation: server-only reads over every table with record-keeping columns at once (meetings,
 * projects, agreements, organisations, people, milestones), as one UNION ALL in SQL with a common
 * shape. A user only ever gets the record types the permission table lets them act on.
 */
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { validationStatuses } from "@/db/enums";
import { can, ForbiddenError, type Action } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import {
  awaitingValidationStatuses,
  validationEntityTypes,
  validationTargets,
  type ValidationEntityType,
  type ValidationQueueFilters,
} from "./schema";

/** Rows of the queue shown at once (issue #9: the page stays small at life size; the total is beside them). */
export const VALIDATION_QUEUE_LIMIT = 30;

/** One record, whatever its table, as the queue and the home pages show it. */
export type RecordSummary = {
  entityType: ValidationEntityType;
  id: number;
  version: number;
  validationStatus: (typeof validationStatuses)[number];
  validationComment: string | null;
  createdAt: string;
  updatedAt: string;
  updatedByName: string | null;
  /** Name or title in each language (null where the record has none in that language). */
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  /** A partial ISO date that situates the record (meeting date, milestone date...), or null. */
  date: string | null;
  /** The milestone's project (activities), the project itself, or an agreement's project. */
  projectId: number | null;
};

/**
 * The common shape of one table, as a SELECT: entity type, id, version, validation state,
 * record-keeping stamps, names, a date and a project id. Archived and merged rows are left out.
 */
const parts: Record<ValidationEntityType, SQL> = {
  meeting: sql`select 'meeting' as entity_type, m.id, m.version, m.validation_status, m.validation_comment,
      m.created_at, m.created_by, m.updated_at, m.updated_by,
      (select p.name from meeting_counterparts mc join people p on p.id = mc.person_id
        where mc.meeting_id = m.id order by mc.position, mc.id limit 1) as name_ar,
      null as name_fr, null as name_en, null as acronym, m.starts_on as date, null as project_id
    from meetings m where m.archived_at is null`,
  project: sql`select 'project' as entity_type, p.id, p.version, p.validation_status, p.validation_comment,
      p.created_at, p.created_by, p.updated_at, p.updated_by,
      p.title_ar as name_ar, p.title_fr as name_fr, p.title_en as name_en, p.acronym,
      p.planned_start as date, p.id as project_id
    from projects p where p.archived_at is null`,
  agreement: sql`select 'agreement' as entity_type, a.id, a.version, a.validation_status, a.validation_comment,
      a.created_at, a.created_by, a.updated_at, a.updated_by,
      coalesce(a.title_ar, a.subject) as name_ar, coalesce(a.title_fr, a.subject_fr) as name_fr,
      coalesce(a.title_en, a.subject_en) as name_en, null as acronym, a.signed_on as date, a.project_id
    from agreements a where a.archived_at is null`,
  organisation: sql`select 'organisation' as entity_type, o.id, o.version, o.validation_status, o.validation_comment,
      o.created_at, o.created_by, o.updated_at, o.updated_by,
      o.name_ar, o.name_fr, o.name_en, o.acronym, null as date, null as project_id
    from organisations o where o.archived_at is null and o.merged_into_id is null`,
  person: sql`select 'person' as entity_type, pe.id, pe.version, pe.validation_status, pe.validation_comment,
      pe.created_at, pe.created_by, pe.updated_at, pe.updated_by,
      pe.name as name_ar, null as name_fr, null as name_en, null as acronym, null as date, null as project_id
    from people pe where pe.archived_at is null and pe.merged_into_id is null`,
  activity: sql`select 'activity' as entity_type, ac.id, ac.version, ac.validation_status, ac.validation_comment,
      ac.created_at, ac.created_by, ac.updated_at, ac.updated_by,
      ac.title as name_ar, null as name_fr, null as name_en, pr.acronym, ac.planned_on as date, ac.project_id
    from activities ac join projects pr on pr.id = ac.project_id
    where ac.archived_at is null and pr.archived_at is null`,
};

/** Record types on which `role` may do `action` (through the whitelist's resources). */
function typesAllowed(user: SessionUser, action: Action, only?: ValidationEntityType): ValidationEntityType[] {
  return validationEntityTypes.filter(
    (type) => (!only || type === only) && can(user.role, action, validationTargets[type].resource),
  );
}

/** The record types the user may validate (the queue's tabs); empty for anyone but supervisors. */
export function fetchValidatableTypes(user: SessionUser): ValidationEntityType[] {
  return typesAllowed(user, "validate");
}

/** UNION ALL of the given types' SELECTs, as a subquery aliased `r`. */
function unionOf(types: ValidationEntityType[]): SQL {
  return sql`(${sql.join(
    types.map((type) => parts[type]),
    sql` union all `,
  )}) r`;
}

type RawRow = {
  entity_type: ValidationEntityType;
  id: number;
  version: number;
  validation_status: RecordSummary["validationStatus"];
  validation_comment: string | null;
  created_at: string;
  updated_at: string;
  updated_by_name: string | null;
  name_ar: string | null;
  name_fr: string | null;
  name_en: string | null;
  acronym: string | null;
  date: string | null;
  project_id: number | null;
};

function toSummary(row: RawRow): RecordSummary {
  return {
    entityType: row.entity_type,
    id: row.id,
    version: row.version,
    validationStatus: row.validation_status,
    validationComment: row.validation_comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
    nameAr: row.name_ar,
    nameFr: row.name_fr,
    nameEn: row.name_en,
    acronym: row.acronym,
    date: row.date,
    projectId: row.project_id,
  };
}

/** Runs `select r.* ... from <union> where <where> order by <order> limit <limit>`. */
function selectRecords(types: ValidationEntityType[], where: SQL, order: SQL, limit: number, offset = 0): RecordSummary[] {
  if (types.length === 0) return [];
  const rows = getDb().all<RawRow>(sql`select r.entity_type, r.id, r.version, r.validation_status, r.validation_comment,
      r.created_at, r.updated_at, u.name as updated_by_name, r.name_ar, r.name_fr, r.name_en, r.acronym, r.date, r.project_id
    from ${unionOf(types)} left join users u on u.id = r.updated_by
    where ${where} order by ${order} limit ${limit} offset ${offset}`);
  return rows.map(toSummary);
}

function countRecords(types: ValidationEntityType[], where: SQL): number {
  if (types.length === 0) return 0;
  return getDb().get<{ n: number }>(sql`select count(*) as n from ${unionOf(types)} where ${where}`)?.n ?? 0;
}

const awaiting = sql`r.validation_status in (${sql.join(
  awaitingValidationStatuses.map((s) => sql`${s}`),
  sql`, `,
)})`;

/**
 * The supervisors' queue: records that wait for validation (new or edited; or, with
 * `status: "sent_back"`, those returned to staff), oldest change first so nothing waits forever.
 * @returns `{ rows, total, page, pageCount }`: page `filters.page` of VALIDATION_QUEUE_LIMIT rows
 * @throws ForbiddenError when the user may validate no record type
 */
export function fetchValidationQueue(user: SessionUser, filters: Omit<ValidationQueueFilters, "page"> & { page?: number }) {
  const allowed = typesAllowed(user, "validate");
  if (allowed.length === 0) throw new ForbiddenError("validate", "meeting");
  const types = filters.type ? allowed.filter((t) => t === filters.type) : allowed;
  const where = filters.status === "sent_back" ? sql`r.validation_status = 'sent_back'` : awaiting;
  const total = countRecords(types, where);
  const pageCount = Math.max(1, Math.ceil(total / VALIDATION_QUEUE_LIMIT));
  const page = Math.min(filters.page ?? 1, pageCount);
  return {
    rows: selectRecords(types, where, sql`r.updated_at asc, r.entity_type, r.id`, VALIDATION_QUEUE_LIMIT, (page - 1) * VALIDATION_QUEUE_LIMIT),
    total,
    page,
    pageCount,
  };
}

/**
 * Records waiting for validation, by type, for the queue's tabs and the navigation badge.
 * @returns counts of waiting (new or edited) records per type the user may validate; empty for
 *   users who may validate nothing
 */
export function countAwaitingValidation(user: SessionUser): Partial<Record<ValidationEntityType, number>> {
  const types = typesAllowed(user, "validate");
  if (types.length === 0) return {};
  const rows = getDb().all<{ entity_type: ValidationEntityType; n: number }>(
    sql`select r.entity_type, count(*) as n from ${unionOf(types)} where ${awaiting} group by r.entity_type`,
  );
  return Object.fromEntries(rows.map((r) => [r.entity_type, r.n]));
}

/** SQL: the user created the record or wrote one of its versions (audit log). */
function touchedBy(user: SessionUser): SQL {
  return sql`(r.created_by = ${user.id} or exists (select 1 from audit_log al
    where al.entity_type = r.entity_type and al.entity_id = r.id and al.user_id = ${user.id}
      and al.action in ('create', 'update')))`;
}

/**
 * Records a supervisor sent back that this user created or edited, newest decision first.
 * Only record types the user may edit (others could not act on them anyway).
 */
export function fetchSentBackTo(user: SessionUser, limit = 20): RecordSummary[] {
  return selectRecords(
    typesAllowed(user, "update"),
    sql`r.validation_status = 'sent_back' and ${touchedBy(user)}`,
    sql`r.updated_at desc, r.id desc`,
    limit,
  );
}

/**
 * The records this user created or edited most recently (from the audit log), with their
 * validation state, newest first.
 */
export function fetchRecentEntriesBy(user: SessionUser, limit = 10): (RecordSummary & { touchedAt: string })[] {
  const types = typesAllowed(user, "update");
  if (types.length === 0) return [];
  const rows = getDb().all<RawRow & { touched_at: string }>(sql`select r.entity_type, r.id, r.version, r.validation_status,
      r.validation_comment, r.created_at, r.updated_at, u.name as updated_by_name, r.name_ar, r.name_fr, r.name_en,
      r.acronym, r.date, r.project_id, mine.touched_at
    from ${unionOf(types)}
    join (select entity_type, entity_id, max(at) as touched_at from audit_log
      where user_id = ${user.id} and action in ('create', 'update') group by entity_type, entity_id) mine
      on mine.entity_type = r.entity_type and mine.entity_id = r.id
    left join users u on u.id = r.updated_by
    order by mine.touched_at desc, r.id desc limit ${limit}`);
  return rows.map((row) => ({ ...toSummary(row), touchedAt: row.touched_at }));
}

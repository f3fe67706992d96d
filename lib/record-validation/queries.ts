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
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";
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
 * One table's SELECT in the common shape (entity type, id, version, validation state,
 * record-keeping stamps, names, a date, a project id), over its live rows (archived and merged
 * rows are left out). `alias` names the table in `from`, so conditions and orders can be written
 * against it; a meeting's name (its first counterpart) is looked up for the final rows only.
 */
type Part = { alias: string; from: SQL; live: SQL; columns: SQL };

const parts: Record<ValidationEntityType, Part> = {
  meeting: {
    alias: "m",
    from: sql`meetings m`,
    live: sql`m.archived_at is null`,
    columns: sql`'meeting' as entity_type, m.id, m.version, m.validation_status, m.validation_comment,
      m.created_at, m.created_by, m.updated_at, m.updated_by,
      null as name_ar, null as name_fr, null as name_en, null as acronym, m.starts_on as date, null as project_id`,
  },
  project: {
    alias: "p",
    from: sql`projects p`,
    live: sql`p.archived_at is null`,
    columns: sql`'project' as entity_type, p.id, p.version, p.validation_status, p.validation_comment,
      p.created_at, p.created_by, p.updated_at, p.updated_by,
      p.title_ar as name_ar, p.title_fr as name_fr, p.title_en as name_en, p.acronym,
      p.planned_start as date, p.id as project_id`,
  },
  agreement: {
    alias: "a",
    from: sql`agreements a`,
    live: sql`a.archived_at is null`,
    columns: sql`'agreement' as entity_type, a.id, a.version, a.validation_status, a.validation_comment,
      a.created_at, a.created_by, a.updated_at, a.updated_by,
      coalesce(a.title_ar, a.subject) as name_ar, coalesce(a.title_fr, a.subject_fr) as name_fr,
      coalesce(a.title_en, a.subject_en) as name_en, null as acronym, a.signed_on as date, a.project_id`,
  },
  organisation: {
    alias: "o",
    from: sql`organisations o`,
    live: sql`o.archived_at is null and o.merged_into_id is null`,
    columns: sql`'organisation' as entity_type, o.id, o.version, o.validation_status, o.validation_comment,
      o.created_at, o.created_by, o.updated_at, o.updated_by,
      o.name_ar, o.name_fr, o.name_en, o.acronym, null as date, null as project_id`,
  },
  person: {
    alias: "pe",
    from: sql`people pe`,
    live: sql`pe.archived_at is null and pe.merged_into_id is null`,
    columns: sql`'person' as entity_type, pe.id, pe.version, pe.validation_status, pe.validation_comment,
      pe.created_at, pe.created_by, pe.updated_at, pe.updated_by,
      pe.name as name_ar, null as name_fr, null as name_en, null as acronym, null as date, null as project_id`,
  },
  activity: {
    alias: "ac",
    from: sql`activities ac join projects pr on pr.id = ac.project_id`,
    live: sql`ac.archived_at is null and pr.archived_at is null`,
    columns: sql`'activity' as entity_type, ac.id, ac.version, ac.validation_status, ac.validation_comment,
      ac.created_at, ac.created_by, ac.updated_at, ac.updated_by,
      ac.title as name_ar, null as name_fr, null as name_en, pr.acronym, ac.planned_on as date, ac.project_id`,
  },
};

/**
 * A condition or an order written against one table: gets the table's alias (a raw SQL name)
 * and its entity type. Status tests are literals (never bound parameters), so the partial
 * indexes of migration 0015 (`<table>_awaiting_idx`, `<table>_sent_back_idx`) serve them.
 */
type OnTable = (t: SQL, type: ValidationEntityType) => SQL;

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

/**
 * UNION ALL, aliased `r`, of each type's live rows meeting `where`; with `order` and `limit`, each
 * type contributes only its first `limit` rows in that order (read along an index), so the union
 * stays small whatever the size of the tables.
 */
function unionOf(types: ValidationEntityType[], where: OnTable, order?: OnTable, limit?: number): SQL {
  const members = types.map((type) => {
    const part = parts[type];
    const t = sql.raw(part.alias);
    const select = sql`select ${part.columns} ${liveRowsOf(type, where)}`;
    return order ? sql`select * from (${select} order by ${order(t, type)} limit ${limit ?? -1})` : select;
  });
  return sql`(${sql.join(members, sql` union all `)}) r`;
}

/** SQL `from … where …`: the live rows of one type that meet `where`. */
function liveRowsOf(type: ValidationEntityType, where: OnTable): SQL {
  const part = parts[type];
  return sql`from ${part.from} where ${part.live} and ${where(sql.raw(part.alias), type)}`;
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

/** The summary columns of `r` with the editor's name; a meeting is named by its first counterpart. */
const summaryColumns = sql`r.entity_type, r.id, r.version, r.validation_status, r.validation_comment,
      r.created_at, r.updated_at, u.name as updated_by_name,
      case when r.entity_type = 'meeting' then (select p.name from meeting_counterparts mc join people p on p.id = mc.person_id
        where mc.meeting_id = r.id order by mc.position, mc.id limit 1) else r.name_ar end as name_ar,
      r.name_fr, r.name_en, r.acronym, r.date, r.project_id`;

/**
 * Rows `offset`..`offset + limit` of the types' live rows meeting `where`, in `order` (per table)
 * and then `outerOrder` (over `r`, the same order across tables).
 */
function selectRecords(types: ValidationEntityType[], where: OnTable, order: OnTable, outerOrder: SQL, limit: number, offset = 0): RecordSummary[] {
  if (types.length === 0) return [];
  const rows = getDb().all<RawRow>(sql`select ${summaryColumns}
    from ${unionOf(types, where, order, offset + limit)} left join users u on u.id = r.updated_by
    order by ${outerOrder} limit ${limit} offset ${offset}`);
  return rows.map(toSummary);
}

/** How many live rows of each type meet `where` (types with none are absent). */
function countByType(types: ValidationEntityType[], where: OnTable): Partial<Record<ValidationEntityType, number>> {
  if (types.length === 0) return {};
  // One count per table, over the same rows as unionOf, with no columns to carry: SQLite counts
  // them in the table's partial index of waiting (or sent-back) rows instead of reading each row.
  const counts = types.map((type) => sql`select ${type} as entity_type, count(*) as n ${liveRowsOf(type, where)}`);
  const rows = getDb().all<{ entity_type: ValidationEntityType; n: number }>(sql.join(counts, sql` union all `));
  return Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [r.entity_type, r.n]));
}

const awaitingList = sql.raw(awaitingValidationStatuses.map((s) => `'${s}'`).join(", "));
const awaiting: OnTable = (t) => sql`${t}.validation_status in (${awaitingList})`;
const sentBack: OnTable = (t) => sql`${t}.validation_status = 'sent_back'`;

/**
 * The supervisors' queue: records that wait for validation (new or edited; or, with
 * `status: "sent_back"`, those returned to staff), oldest change first so nothing waits forever.
 * The totals are counted once until the next write (lib/cache/read-cache.ts).
 * @returns `{ rows, total, page, pageCount }`: page `filters.page` of VALIDATION_QUEUE_LIMIT rows
 * @throws ForbiddenError when the user may validate no record type
 */
export const fetchValidationQueue = readBetweenWrites("validation.queue", (user: SessionUser, filters: Omit<ValidationQueueFilters, "page"> & { page?: number }) => {
  const allowed = typesAllowed(user, "validate");
  if (allowed.length === 0) throw new ForbiddenError("validate", "meeting");
  const types = filters.type ? allowed.filter((t) => t === filters.type) : allowed;
  const where = filters.status === "sent_back" ? sentBack : awaiting;
  const counts = cachedRead(`validation.counts:${filters.status ?? "awaiting"}:${allowed.join(",")}`, () => countByType(allowed, where));
  const total = types.reduce((sum, type) => sum + (counts[type] ?? 0), 0);
  const pageCount = Math.max(1, Math.ceil(total / VALIDATION_QUEUE_LIMIT));
  const page = Math.min(filters.page ?? 1, pageCount);
  return {
    rows: selectRecords(
      types,
      where,
      (t) => sql`${t}.updated_at asc, ${t}.id asc`,
      sql`r.updated_at asc, r.entity_type, r.id`,
      VALIDATION_QUEUE_LIMIT,
      (page - 1) * VALIDATION_QUEUE_LIMIT,
    ),
    total,
    page,
    pageCount,
  };
});

/**
 * Records waiting for validation, by type, for the queue's tabs and the navigation badge; counted
 * once until the next write.
 * @returns counts of waiting (new or edited) records per type the user may validate; empty for
 *   users who may validate nothing
 */
export function countAwaitingValidation(user: SessionUser): Partial<Record<ValidationEntityType, number>> {
  const types = typesAllowed(user, "validate");
  if (types.length === 0) return {};
  return cachedRead(`validation.counts:awaiting:${types.join(",")}`, () => countByType(types, awaiting));
}

/** SQL: the user created the record or wrote one of its versions (audit log). */
function touchedBy(user: SessionUser): OnTable {
  return (t, type) => sql`(${t}.created_by = ${user.id} or ${t}.id in (select al.entity_id from audit_log al
    where al.user_id = ${user.id} and al.entity_type = ${type} and al.action in ('create', 'update')))`;
}

/**
 * Records a supervisor sent back that this user created or edited, newest decision first.
 * Only record types the user may edit (others could not act on them anyway).
 */
export function fetchSentBackTo(user: SessionUser, limit = 20): RecordSummary[] {
  const mine = touchedBy(user);
  // Every sent-back row is tested against the user's writes: once per user until the next write.
  return cachedRead(`validation.sentBackTo:${user.id}:${user.role}:${limit}`, () => selectRecords(
    typesAllowed(user, "update"),
    (t, type) => sql`${sentBack(t, type)} and ${mine(t, type)}`,
    (t) => sql`${t}.updated_at desc, ${t}.id desc`,
    sql`r.updated_at desc, r.id desc`,
    limit,
  ));
}

/**
 * The records this user created or edited most recently (from the audit log), with their
 * validation state, newest first.
 */
export const fetchRecentEntriesBy = readBetweenWrites("validation.recentEntriesBy", (user: SessionUser, limit: number = 10): (RecordSummary & { touchedAt: string })[] => {
  const types = typesAllowed(user, "update");
  if (types.length === 0) return [];
  // Per type: the user's latest `limit` records by their latest write (audit_log_user_idx), then
  // the newest `limit` of those across types.
  const members = types.map((type) => {
    const part = parts[type];
    const t = sql.raw(part.alias);
    return sql`select * from (select ${part.columns}, mine.touched_at
      from ${part.from} join (select entity_id, max(at) as touched_at from audit_log
        where user_id = ${user.id} and entity_type = ${type} and action in ('create', 'update') group by entity_id) mine
        on mine.entity_id = ${t}.id
      where ${part.live} order by mine.touched_at desc, ${t}.id desc limit ${limit})`;
  });
  const rows = getDb().all<RawRow & { touched_at: string }>(sql`select ${summaryColumns}, r.touched_at
    from (${sql.join(members, sql` union all `)}) r
    left join users u on u.id = r.updated_by
    order by r.touched_at desc, r.id desc limit ${limit}`);
  return rows.map((row) => ({ ...toSummary(row), touchedAt: row.touched_at }));
});

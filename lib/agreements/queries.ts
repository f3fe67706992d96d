/**
 * Agreements: server-only reads. Each takes the current user and asks the permission table first
 * (ForbiddenError when refused); archived agreements are left out of lists.
 */
import "server-only";
import { agreementSigningColumns, agreementTitleColumns } from "@/lib/agreements/summary-columns";
import { countryNameColumns } from "@/lib/countries/name-columns";
import { organisationNamesAsColumns } from "@/lib/organisations/name-columns";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { cachedRead, readBetweenWrites } from "@/lib/cache/read-cache";
import { pageIds } from "@/lib/lists/page-ids";
import { getDb } from "@/db/client";
import { agreementStatusChanges, agreements, countries, organisations, signingStatuses, users } from "@/db/schema";
import { fetchAuditHistory, fetchStampNames } from "@/lib/audit/history";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAbilities } from "@/lib/auth/abilities";
import type { SessionUser } from "@/lib/auth/session";
import { fetchAllCountries } from "@/lib/countries/reference";
import type { AgreementFilters } from "./schema";
import type { SigningStatus } from "./workflow";
import { matchesSearch } from "@/lib/text/like-pattern";
import { SECTION_LIMIT } from "@/lib/lists/sections";

/** Lists show at most this many agreements (the department counts them in tens). */
/** Agreements per page of the list and the board (issue #9: no page grows with the database). */
export const AGREEMENTS_PAGE_SIZE = 25;

/**
 * SQL condition: the partial signing date overlaps the day range [from, to]. A partial date P
 * covers every day that starts with P, so P is compared with the same-length prefix of each day.
 */
function signedBetween(from: string | undefined, to: string | undefined): SQL | undefined {
  const parts: SQL[] = [];
  if (from || to) parts.push(sql`${agreements.signedOn} is not null`);
  if (from) parts.push(sql`substr(${from}, 1, length(${agreements.signedOn})) <= ${agreements.signedOn}`);
  if (to) parts.push(sql`${agreements.signedOn} <= substr(${to}, 1, length(${agreements.signedOn}))`);
  return parts.length ? and(...parts) : undefined;
}

/** Conditions of every filter but the status (the counts per status use them alone). */
function conditionsWithoutStatus(filters: AgreementFilters): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [isNull(agreements.archivedAt)];
  conditions.push(matchesSearch(agreements.searchText, filters.q));
  if (filters.type) conditions.push(eq(agreements.type, filters.type));
  if (filters.country) conditions.push(eq(agreements.counterpartCountryCode, filters.country));
  conditions.push(signedBetween(filters.from, filters.to));
  if (filters.validated) conditions.push(eq(agreements.validationStatus, "validated"));
  return conditions;
}

/** The columns lists, boards and country profiles show. */
const listColumns = {
  ...agreementTitleColumns,
  ...agreementSigningColumns,
  counterpartCountryCode: agreements.counterpartCountryCode,
  ...countryNameColumns,
  counterpartOrganisationId: agreements.counterpartOrganisationId,
  ...organisationNamesAsColumns,
  /** The date of the latest step of the workflow (partial ISO), for "since when". */
  statusSince: sql<string | null>`(select sc.occurred_on from agreement_status_changes sc
    where sc.agreement_id = "agreements"."id" order by sc.id desc limit 1)`,
};

/**
 * Agreements matching the filters, most recently signed first (unsigned ones, newest recorded,
 * at the end), with the counts per status of the agreements matching every filter but the status.
 * @returns `{ rows, counts, total, page, pageCount }`: one page of AGREEMENTS_PAGE_SIZE rows;
 *   `counts` has every status (0 when none)
 * @throws ForbiddenError when the user may not read agreements
 */
export const fetchAgreements = readBetweenWrites("agreements.list", (user: SessionUser, filters: AgreementFilters) => {
  assertCan(user.role, "read", "agreement");
  const db = getDb();
  const base = conditionsWithoutStatus(filters);
  const where = agreementsListWhere(user, filters);
  const { page: requested, ...filterKey } = filters;
  // The total and the counts per status: once per filter until the next write (lib/cache/read-cache.ts).
  const { total, counts } = cachedRead(`agreements.totals:${JSON.stringify(filterKey)}`, () => {
    const grouped = db
      .select({ status: agreements.signingStatus, n: count() })
      .from(agreements)
      .where(and(...base))
      .groupBy(agreements.signingStatus)
      .all();
    const byStatus = Object.fromEntries(signingStatuses.map((s) => [s, 0])) as Record<SigningStatus, number>;
    for (const { status, n } of grouped) byStatus[status] = n;
    const all = filters.status ? byStatus[filters.status] : grouped.reduce((sum, { n }) => sum + n, 0);
    return { total: all, counts: byStatus };
  });
  const pageCount = Math.max(1, Math.ceil(total / AGREEMENTS_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  // Deferred join: the page's ids along agreements_live_order_idx, then their joins and subqueries.
  const order = [sql`${agreements.signedOn} is null`, desc(agreements.signedOn), desc(agreements.id)];
  const ids = pageIds(agreements, agreements.id, where, order, page, AGREEMENTS_PAGE_SIZE);
  const rows = ids.length === 0 ? [] : db
    .select(listColumns)
    .from(agreements)
    .leftJoin(countries, eq(countries.code, agreements.counterpartCountryCode))
    .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
    .where(inArray(agreements.id, ids))
    .orderBy(...order)
    .all();
  return { rows, counts, total, page, pageCount };
});

export type AgreementListRow = ReturnType<typeof fetchAgreements>["rows"][number];

/**
 * The WHERE of the agreements list for `filters` (the status included), shared by the list and by
 * a reader that walks the whole selection by keyset (lib/exports).
 * @throws ForbiddenError when the user may not read agreements
 */
export function agreementsListWhere(user: SessionUser, filters: AgreementFilters): SQL | undefined {
  assertCan(user.role, "read", "agreement");
  return and(...conditionsWithoutStatus(filters), filters.status ? eq(agreements.signingStatus, filters.status) : undefined);
}

/**
 * Agreements whose counterpart is a country or an organisation, newest signed first (for country
 * profiles and organisation pages), at most SECTION_LIMIT (countAgreementsWhere counts them all).
 * @throws ForbiddenError when the user may not read agreements
 */
export function fetchAgreementsWhere(user: SessionUser, by: { countryCode?: string; organisationId?: number }) {
  assertCan(user.role, "read", "agreement");
  return getDb()
    .select(listColumns)
    .from(agreements)
    .leftJoin(countries, eq(countries.code, agreements.counterpartCountryCode))
    .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
    .where(agreementsWhere(by))
    .orderBy(sql`${agreements.signedOn} is null`, desc(agreements.signedOn), desc(agreements.id))
    .limit(SECTION_LIMIT)
    .all();
}

function agreementsWhere(by: { countryCode?: string; organisationId?: number }) {
  const condition = by.countryCode
    ? sql`(${agreements.counterpartCountryCode} = ${by.countryCode} or ${organisations.countryCode} = ${by.countryCode})`
    : eq(agreements.counterpartOrganisationId, by.organisationId ?? -1);
  return and(isNull(agreements.archivedAt), condition);
}

/**
 * How many agreements fetchAgreementsWhere would list without its cap.
 * @throws ForbiddenError when the user may not read agreements
 */
export function countAgreementsWhere(user: SessionUser, by: { countryCode?: string; organisationId?: number }): number {
  assertCan(user.role, "read", "agreement");
  return (
    getDb()
      .select({ n: count() })
      .from(agreements)
      .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
      .where(agreementsWhere(by))
      .get()?.n ?? 0
  );
}

/**
 * One agreement with its counterpart's names, its status history (oldest first, with who recorded
 * each step) and its audit history. Null when missing; an archived one only with `allowArchived`.
 * @throws ForbiddenError when the user may not read agreements
 */
export const fetchAgreement = readBetweenWrites("agreements.one", (user: SessionUser, id: number, options: { allowArchived?: boolean } = {}) => {
  assertCan(user.role, "read", "agreement");
  const db = getDb();
  const row = db
    .select({
      agreement: agreements,
      ...countryNameColumns,
      ...organisationNamesAsColumns,
    })
    .from(agreements)
    .leftJoin(countries, eq(countries.code, agreements.counterpartCountryCode))
    .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
    .where(and(eq(agreements.id, id), options.allowArchived && can(user.role, "restore", "agreement") ? undefined : isNull(agreements.archivedAt)))
    .get();
  if (!row) return null;
  const statusChanges = db
    .select({
      id: agreementStatusChanges.id,
      fromStatus: agreementStatusChanges.fromStatus,
      toStatus: agreementStatusChanges.toStatus,
      occurredOn: agreementStatusChanges.occurredOn,
      note: agreementStatusChanges.note,
      recordedAt: agreementStatusChanges.recordedAt,
      recordedByName: users.name,
    })
    .from(agreementStatusChanges)
    .leftJoin(users, eq(users.id, agreementStatusChanges.recordedBy))
    .where(eq(agreementStatusChanges.agreementId, id))
    .orderBy(asc(agreementStatusChanges.id))
    .all();
  return {
    abilities: recordAbilities(user, "agreement", row.agreement.archivedAt !== null),
    ...row,
    statusChanges,
    ...fetchAuditHistory("agreement", id),
    ...fetchStampNames(row.agreement.createdBy, row.agreement.updatedBy),
  };
});

/**
 * Choices for the agreement form: countries (the counterpart organisation is found by the
 * picker as the user types, lib/choices).
 * @throws ForbiddenError when the user may not read agreements
 */
export function fetchAgreementFormOptions(user: SessionUser) {
  assertCan(user.role, "read", "agreement");
  return { countries: fetchAllCountries() };
}

/**
 * Record pickers' reads: the first CHOICES_LIMIT live records of a kind matching what the user
 * typed (Arabic-normalised full-text search, lib/text/like-pattern.ts), and the labels of records
 * already chosen. Each read takes the current user and asks the permission table first
 * (ForbiddenError when refused); archived and merged-away records are never offered.
 */
import "server-only";
import { and, asc, desc, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, meetings, organisations, people, projects } from "@/db/schema";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/organisations/display";
import { projectScope } from "@/lib/auth/scope";
import { matchesSearch } from "@/lib/text/like-pattern";
import { CHOICES_LIMIT, type Choice, type ChoiceKind } from "./schema";

const personLatestTitle = sql<string | null>`(select mc.title_at_meeting from meeting_counterparts mc
  join meetings m on m.id = mc.meeting_id
  where mc.person_id = "people"."id" and mc.title_at_meeting is not null and m.archived_at is null
  order by m.starts_on desc limit 1)`;

function people_(where: SQL | undefined, limit: number): Choice[] {
  return getDb()
    .select({ id: people.id, version: people.version, name: people.name, nameTransliterated: people.nameTransliterated, latestTitle: personLatestTitle })
    .from(people)
    .where(and(isNull(people.archivedAt), isNull(people.mergedIntoId), where))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit)
    .all()
    .map((p) => ({
      value: String(p.id),
      label: [p.name, p.nameTransliterated && p.nameTransliterated !== p.name ? `(${p.nameTransliterated})` : null].filter(Boolean).join(" "),
      hint: p.latestTitle,
      latestTitle: p.latestTitle,
      version: p.version,
    }));
}

function organisations_(where: SQL | undefined, limit: number, locale: Locale): Choice[] {
  return getDb()
    .select({ id: organisations.id, version: organisations.version, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, countryCode: organisations.countryCode })
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), isNull(organisations.mergedIntoId), where))
    .orderBy(asc(organisations.id))
    .limit(limit)
    .all()
    .map((o) => ({ value: String(o.id), label: organisationLabel(o, locale) || `#${o.id}`, hint: o.countryCode, version: o.version }));
}

function funders_(where: SQL | undefined, limit: number, locale: Locale): Choice[] {
  const funds = sql`exists (select 1 from project_partners pp join projects p on p.id = pp.project_id
    where pp.organisation_id = "organisations"."id" and pp.partner_role = 'funding' and p.archived_at is null)`;
  return getDb()
    .select({ id: organisations.id, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, countryCode: organisations.countryCode })
    .from(organisations)
    .where(and(isNull(organisations.archivedAt), funds, where))
    .orderBy(desc(organisations.id))
    .limit(limit)
    .all()
    .map((o) => ({ value: String(o.id), label: o.acronym ?? localizedName(o, locale, `#${o.id}`), hint: o.acronym ? localizedName(o, locale) : o.countryCode }));
}

function meetings_(where: SQL | undefined, limit: number, locale: Locale): Choice[] {
  return getDb()
    .select({
      id: meetings.id,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      countryCode: meetings.countryCode,
      firstCounterpart: sql<string | null>`(select p.name from meeting_counterparts mc join people p on p.id = mc.person_id
        where mc.meeting_id = "meetings"."id" order by mc.position limit 1)`,
    })
    .from(meetings)
    .where(and(isNull(meetings.archivedAt), where))
    .orderBy(desc(meetings.startsOn), desc(meetings.id))
    .limit(limit)
    .all()
    .map((m) => ({
      value: String(m.id),
      label: [formatPartialDateRange(m.startsOn, m.endsOn, locale), m.firstCounterpart].filter(Boolean).join(" · "),
      hint: m.countryCode,
    }));
}

function projects_(user: SessionUser, where: SQL | undefined, limit: number, locale: Locale): Choice[] {
  return getDb()
    .select({ id: projects.id, acronym: projects.acronym, nameAr: projects.titleAr, nameFr: projects.titleFr, nameEn: projects.titleEn, countryCode: projects.partnerCountryCode })
    .from(projects)
    .where(and(isNull(projects.archivedAt), projectScope(user), where))
    .orderBy(asc(projects.id))
    .limit(limit)
    .all()
    .map((p) => ({
      value: String(p.id),
      label: organisationLabel(p, locale) || `#${p.id}`,
      hint: p.countryCode,
      code: p.acronym,
      name: localizedName(p, locale) || null,
    }));
}

function agreements_(where: SQL | undefined, limit: number, locale: Locale): Choice[] {
  return getDb()
    .select({
      id: agreements.id,
      nameAr: sql<string | null>`coalesce(${agreements.titleAr}, ${agreements.subject})`,
      nameFr: sql<string | null>`coalesce(${agreements.titleFr}, ${agreements.subjectFr})`,
      nameEn: sql<string | null>`coalesce(${agreements.titleEn}, ${agreements.subjectEn})`,
      signedOn: agreements.signedOn,
      countryCode: agreements.counterpartCountryCode,
    })
    .from(agreements)
    .where(and(isNull(agreements.archivedAt), where))
    .orderBy(desc(agreements.id))
    .limit(limit)
    .all()
    .map((a) => ({ value: String(a.id), label: localizedName(a, locale, `#${a.id}`), hint: [a.countryCode, a.signedOn && formatPartialDateRange(a.signedOn, null, locale)].filter(Boolean).join(" · ") || null }));
}

const searchColumn = { person: people.searchText, organisation: organisations.searchText, funder: organisations.searchText, meeting: meetings.searchText, project: projects.searchText, agreement: agreements.searchText } as const;
const idColumn = { person: people.id, organisation: organisations.id, funder: organisations.id, meeting: meetings.id, project: projects.id, agreement: agreements.id } as const;
/** The permission each kind is read under. */
const resourceOf = { person: "person", organisation: "organisation", funder: "organisation", meeting: "meeting", project: "project", agreement: "agreement" } as const;

function read(user: SessionUser, kind: ChoiceKind, where: SQL | undefined, limit: number, locale: Locale): Choice[] {
  switch (kind) {
    case "person":
      return people_(where, limit);
    case "organisation":
      return organisations_(where, limit, locale);
    case "funder":
      return funders_(where, limit, locale);
    case "meeting":
      return meetings_(where, limit, locale);
    case "project":
      return projects_(user, where, limit, locale);
    case "agreement":
      return agreements_(where, limit, locale);
  }
}

/**
 * The first CHOICES_LIMIT live records of `kind` whose search text holds every word of `query`
 * (all of them, in the kind's order, for an empty query).
 * @param locale the interface language of the labels
 * @throws ForbiddenError when the user may not read that kind of record
 */
export function searchChoices(user: SessionUser, kind: ChoiceKind, query: string, locale: Locale): Choice[] {
  assertCan(user.role, "read", resourceOf[kind]);
  return read(user, kind, matchesSearch(searchColumn[kind], query), CHOICES_LIMIT, locale);
}

/**
 * The choices of records already chosen (to show a value's label without loading the rest).
 * Ids that are missing, archived or merged away are left out.
 * @throws ForbiddenError when the user may not read that kind of record
 */
export function choiceLabels(user: SessionUser, kind: ChoiceKind, ids: readonly number[], locale: Locale): Choice[] {
  assertCan(user.role, "read", resourceOf[kind]);
  if (ids.length === 0) return [];
  return read(user, kind, inArray(idColumn[kind], [...ids]), ids.length, locale);
}

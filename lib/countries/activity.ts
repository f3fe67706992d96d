/**
 * Cooperation activity per partner country: how many meetings, projects and agreements concern
 * each, counted the way the country profile lists them (a project concerns its partner country
 * and the countries of its partner organisations; an agreement its counterpart country and its
 * counterpart organisation's country). Archived records are left out, and so is the department's
 * own country. Server-only; takes the current user (the page needs "read country"; a kind the user
 * may not read counts 0).
 */
import { collator as sharedCollator } from "@/lib/i18n/intl-cache";
import "server-only";
import { and, count, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, meetings, organisations, projectPartners, projects } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { cachedRead } from "@/lib/cache/read-cache";
import { fetchAllCountries } from "@/lib/countries/reference";
import type { CountrySortKey } from "@/lib/countries/sort";

/** The department's own country, not a partner of its bilateral cooperation. */
const HOME_COUNTRY = "MA";

export type { CountrySortKey };

export type CountryActivity = {
  code: string;
  name: string;
  meetings: number;
  projects: number;
  agreements: number;
  total: number;
};

/** Distinct record ids per country, from (id, country) pairs. */
function countDistinct(pairs: { id: number; country: string | null }[]): Map<string, number> {
  const sets = new Map<string, Set<number>>();
  for (const { id, country } of pairs) {
    if (!country) continue;
    (sets.get(country) ?? sets.set(country, new Set()).get(country)!).add(id);
  }
  return new Map([...sets].map(([code, ids]) => [code, ids.size]));
}

/**
 * Every partner country with at least one meeting, project or agreement, named in `locale`.
 * @param sort column to sort by (default `total`); ties fall back to the name
 * @param direction `desc` (default for figures) or `asc` (default for the name)
 * @throws ForbiddenError when the user may not read countries
 */
export function fetchCountryActivity(
  user: SessionUser,
  locale: Locale,
  sort: CountrySortKey = "total",
  direction?: "asc" | "desc",
): CountryActivity[] {
  assertCan(user.role, "read", "country");
  // The counts scan every meeting, project and agreement: computed once per role (what it may
  // read) until the next write (lib/cache/read-cache.ts), not on every request.
  const { meetingCounts, projectCounts, agreementCounts } = cachedRead(`countries.activity:${user.role}`, () => countActivity(user));
  const codes = new Set([...meetingCounts.keys(), ...projectCounts.keys(), ...agreementCounts.keys()]);
  codes.delete(HOME_COUNTRY);
  const names = new Map(fetchAllCountries().map((c) => [c.code, localizedName(c, locale, c.code)]));
  const rows = [...codes].map((code) => {
    const m = meetingCounts.get(code) ?? 0;
    const p = projectCounts.get(code) ?? 0;
    const a = agreementCounts.get(code) ?? 0;
    return { code, name: names.get(code) ?? code, meetings: m, projects: p, agreements: a, total: m + p + a };
  });
  const collator = sharedCollator(locale);
  const dir = (direction ?? (sort === "name" ? "asc" : "desc")) === "asc" ? 1 : -1;
  return rows.sort((x, y) => {
    const byKey = sort === "name" ? collator.compare(x.name, y.name) : x[sort] - y[sort];
    return byKey !== 0 ? dir * byKey : collator.compare(x.name, y.name);
  });
}

/** Live meetings, projects and agreements per country code, for what `user`'s role may read. */
function countActivity(user: SessionUser) {
  const db = getDb();
  const meetingCounts = can(user.role, "read", "meeting")
    ? new Map(
        db
          .select({ code: meetings.countryCode, n: count() })
          .from(meetings)
          .where(and(isNull(meetings.archivedAt), isNotNull(meetings.countryCode)))
          .groupBy(meetings.countryCode)
          .all()
          .map((r) => [r.code!, r.n]),
      )
    : new Map<string, number>();
  const projectCounts = can(user.role, "read", "project")
    ? countDistinct([
        ...db.select({ id: projects.id, country: projects.partnerCountryCode }).from(projects).where(isNull(projects.archivedAt)).all(),
        ...db
          .select({ id: projects.id, country: organisations.countryCode })
          .from(projectPartners)
          .innerJoin(projects, eq(projects.id, projectPartners.projectId))
          .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
          .where(isNull(projects.archivedAt))
          .all(),
      ])
    : new Map<string, number>();
  const agreementCounts = can(user.role, "read", "agreement")
    ? countDistinct([
        ...db.select({ id: agreements.id, country: agreements.counterpartCountryCode }).from(agreements).where(isNull(agreements.archivedAt)).all(),
        ...db
          .select({ id: agreements.id, country: organisations.countryCode })
          .from(agreements)
          .innerJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
          .where(isNull(agreements.archivedAt))
          .all(),
      ])
    : new Map<string, number>();
  return { meetingCounts, projectCounts, agreementCounts };
}

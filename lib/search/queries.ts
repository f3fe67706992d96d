/**
 * The global search: one query over meetings, people, organisations, projects, agreements,
 * events and countries, a few of each, grouped by kind. Server-only; takes the current user and
 * applies the read rule of each kind (a kind the role may not read is not searched; a committee
 * member's projects are limited to their committees, in SQL). Matching is Arabic-normalised on
 * both sides: the records' search_text columns (lib/text/like-pattern.ts matchesSearch), and the
 * names of events and countries normalised here the same way.
 */
import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, countries, events, meetingCounterparts, meetings, organisations, people, projects } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { projectScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import { agreementDisplayLabel } from "@/lib/agreements/display";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { organisationLabel } from "@/lib/organisations/display";
import { matchesSearch } from "@/lib/text/like-pattern";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { joinNames } from "@/lib/i18n/list-format";

/** How many results each kind gives at most. */
export const SEARCH_LIMIT_PER_KIND = 5;

export const searchKinds = ["countries", "meetings", "agreements", "projects", "people", "organisations", "events"] as const;
export type SearchKind = (typeof searchKinds)[number];

export type SearchHit = { href: string; label: string; detail?: string };
export type SearchGroup = { kind: SearchKind; hits: SearchHit[] };

/** True when every word of the normalised query is in one of the normalised names. */
function namesMatch(words: string[], names: (string | null | undefined)[]): boolean {
  const text = normalizeForSearch(names.filter(Boolean).join(" "));
  return words.every((w) => text.includes(w));
}

/**
 * True when every word of the normalised query begins a word of `text` (or the word after its
 * Arabic article "ال"): "pia" begins "Pia Schneider" but not "Ethiopia"; "هجره" begins "الهجرة".
 * @param words the normalised query's words
 * @param text any text (normalised here)
 */
export function beginsWords(words: string[], text: string): boolean {
  const tokens = normalizeForSearch(text).split(" ");
  return words.every((w) => tokens.some((t) => t.startsWith(w) || (t.startsWith("ال") && t.slice(2).startsWith(w))));
}

/**
 * The groups in the order a reader expects: those with a hit whose words begin with what was
 * typed come first, then those that only hold it inside a word (typing "Pia" shows the person Pia
 * before Ethiopia); each keeps the order of {@link searchKinds} otherwise. Within a group, the
 * same rule orders the hits (stable).
 * @param alsoNamed a hit's other names by its href (a country's names in the other languages, so
 *   "Soudan" typed on an Arabic page begins السودان's French name)
 */
function rankGroups(groups: SearchGroup[], words: string[], alsoNamed: Map<string, string>): SearchGroup[] {
  const begins = (hit: SearchHit) => beginsWords(words, `${hit.label} ${hit.detail ?? ""} ${alsoNamed.get(hit.href) ?? ""}`);
  const ranked = groups.map((group) => {
    const hits = [...group.hits].sort((a, b) => Number(begins(b)) - Number(begins(a)));
    return { group: { ...group, hits }, begins: hits.length > 0 && begins(hits[0]!) };
  });
  return ranked.sort((a, b) => Number(b.begins) - Number(a.begins)).map((r) => r.group);
}

/**
 * Searches everything the user may read.
 * @param query what was typed (any script); fewer than 2 characters after normalisation gives []
 * @param typeLabels the agreement type names in the interface language (for agreements' labels)
 * @returns the non-empty groups, at most {@link SEARCH_LIMIT_PER_KIND} hits each: those where
 *   what was typed begins a word first, each in the order of {@link searchKinds} otherwise
 */
export function searchEverything(user: SessionUser, query: string, locale: Locale, typeLabels: Record<string, string>): SearchGroup[] {
  const normalised = normalizeForSearch(query);
  if (normalised.length < 2) return [];
  const words = normalised.split(" ").filter(Boolean);
  const db = getDb();
  const limit = SEARCH_LIMIT_PER_KIND;
  const groups: SearchGroup[] = [];
  const alsoNamed = new Map<string, string>();
  const countryNames = new Map(db.select().from(countries).all().map((c) => [c.code, c]));
  const countryName = (code: string | null) => {
    const c = code ? countryNames.get(code) : undefined;
    return c ? localizedName(c, locale, c.code) : "";
  };

  if (can(user.role, "read", "country")) {
    const hits = [...countryNames.values()]
      .filter((c) => namesMatch(words, [c.nameAr, c.nameFr, c.nameEn, c.code]))
      .map((c) => ({ href: `/countries/${c.code}`, label: localizedName(c, locale, c.code) }))
      // The names the reader sees that begin with the query first (all five may not be shown).
      .sort((a, b) => Number(beginsWords(words, b.label)) - Number(beginsWords(words, a.label)))
      .slice(0, limit);
    for (const hit of hits) {
      const c = countryNames.get(hit.href.slice("/countries/".length))!;
      alsoNamed.set(hit.href, [c.nameAr, c.nameFr, c.nameEn].join(" "));
    }
    groups.push({ kind: "countries", hits });
  }

  if (can(user.role, "read", "meeting")) {
    const rows = db
      .select({ id: meetings.id, startsOn: meetings.startsOn, countryCode: meetings.countryCode, city: meetings.city })
      .from(meetings)
      .where(and(isNull(meetings.archivedAt), matchesSearch(meetings.searchText, query)))
      .orderBy(desc(meetings.startsOn), desc(meetings.id))
      .limit(limit)
      .all();
    const counterparts = rows.length
      ? db
          .select({ meetingId: meetingCounterparts.meetingId, name: people.name, title: meetingCounterparts.titleAtMeeting })
          .from(meetingCounterparts)
          .innerJoin(people, eq(people.id, meetingCounterparts.personId))
          .where(inArray(meetingCounterparts.meetingId, rows.map((r) => r.id)))
          .orderBy(asc(meetingCounterparts.position))
          .all()
      : [];
    groups.push({
      kind: "meetings",
      hits: rows.map((r) => {
        const mine = counterparts.filter((c) => c.meetingId === r.id);
        return {
          href: `/meetings/${r.id}`,
          label: joinNames(mine.map((c) => c.name), locale) || formatPartialDate(r.startsOn, locale),
          detail: [formatPartialDate(r.startsOn, locale), mine[0]?.title, countryName(r.countryCode)].filter(Boolean).join(" · "),
        };
      }),
    });
  }

  if (can(user.role, "read", "agreement")) {
    const rows = db
      .select({
        id: agreements.id,
        type: agreements.type,
        titleAr: agreements.titleAr,
        titleFr: agreements.titleFr,
        titleEn: agreements.titleEn,
        signedOn: agreements.signedOn,
        counterpartCountryCode: agreements.counterpartCountryCode,
        organisationNameAr: organisations.nameAr,
        organisationNameFr: organisations.nameFr,
        organisationNameEn: organisations.nameEn,
        organisationAcronym: organisations.acronym,
      })
      .from(agreements)
      .leftJoin(organisations, eq(organisations.id, agreements.counterpartOrganisationId))
      .where(and(isNull(agreements.archivedAt), matchesSearch(agreements.searchText, query)))
      .orderBy(desc(agreements.signedOn), desc(agreements.id))
      .limit(limit)
      .all();
    groups.push({
      kind: "agreements",
      hits: rows.map((r) => ({
        href: `/agreements/${r.id}`,
        label: agreementDisplayLabel(r, locale, typeLabels[r.type] ?? r.type, {
          country: countryName(r.counterpartCountryCode),
          organisation: organisationLabel({ nameAr: r.organisationNameAr, nameFr: r.organisationNameFr, nameEn: r.organisationNameEn, acronym: r.organisationAcronym }, locale),
        }),
        detail: formatPartialDate(r.signedOn, locale) || undefined,
      })),
    });
  }

  if (can(user.role, "read", "project")) {
    const rows = db
      .select({ id: projects.id, acronym: projects.acronym, titleAr: projects.titleAr, titleFr: projects.titleFr, titleEn: projects.titleEn, partnerCountryCode: projects.partnerCountryCode })
      .from(projects)
      .where(and(isNull(projects.archivedAt), projectScope(user), matchesSearch(projects.searchText, query)))
      .orderBy(desc(projects.id))
      .limit(limit)
      .all();
    groups.push({
      kind: "projects",
      hits: rows.map((r) => {
        const title = localizedName({ nameAr: r.titleAr, nameFr: r.titleFr, nameEn: r.titleEn }, locale);
        return { href: `/projects/${r.id}`, label: r.acronym ?? title, detail: [r.acronym ? title : "", countryName(r.partnerCountryCode)].filter(Boolean).join(" · ") };
      }),
    });
  }

  if (can(user.role, "read", "person")) {
    const rows = db
      .select({ id: people.id, name: people.name, nameTransliterated: people.nameTransliterated, countryCode: people.countryCode })
      .from(people)
      .where(and(isNull(people.archivedAt), isNull(people.mergedIntoId), matchesSearch(people.searchText, query)))
      .orderBy(asc(people.name))
      .limit(limit)
      .all();
    groups.push({
      kind: "people",
      hits: rows.map((r) => ({ href: `/people/${r.id}`, label: r.name, detail: [r.nameTransliterated, countryName(r.countryCode)].filter(Boolean).join(" · ") })),
    });
  }

  if (can(user.role, "read", "organisation")) {
    const rows = db
      .select({ id: organisations.id, nameAr: organisations.nameAr, nameFr: organisations.nameFr, nameEn: organisations.nameEn, acronym: organisations.acronym, countryCode: organisations.countryCode })
      .from(organisations)
      .where(and(isNull(organisations.archivedAt), matchesSearch(organisations.searchText, query)))
      .limit(limit)
      .all();
    groups.push({
      kind: "organisations",
      hits: rows.map((r) => ({ href: `/organisations/${r.id}`, label: organisationLabel(r, locale) || `#${r.id}`, detail: countryName(r.countryCode) || undefined })),
    });
  }

  if (can(user.role, "read", "event")) {
    // Events have no search column: their names are few and normalised here as search_text is.
    const hits = db
      .select({ id: events.id, nameAr: events.nameAr, nameFr: events.nameFr, nameEn: events.nameEn, acronym: events.acronym })
      .from(events)
      .where(isNull(events.archivedAt))
      .all()
      .filter((e) => namesMatch(words, [e.nameAr, e.nameFr, e.nameEn, e.acronym]))
      .slice(0, limit)
      .map((e) => ({ href: `/events/${e.id}`, label: localizedName(e, locale) || e.acronym || `#${e.id}` }));
    groups.push({ kind: "events", hits });
  }

  return rankGroups(groups.filter((g) => g.hits.length > 0), words, alsoNamed);
}

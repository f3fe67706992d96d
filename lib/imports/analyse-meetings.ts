/**
 * The meetings import, row by row: reads each row's values (dates with lib/imports/dates.ts,
 * country by name or code, kind by its label in any language or its code, counterparts as
 * "name — title; name — title"), then finds the stored meeting it matches:
 * - by the `id` column (an export re-imported), or
 * - without an id, a live meeting on the same start date, in the same country, with exactly the
 *   same counterparts (each counterpart found by name in either script).
 * A matched row whose values equal the stored ones is "unchanged" (an update would write nothing).
 * A blank cell never erases: an update keeps the stored value.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { meetingCounterparts, meetingKinds, meetings, people } from "@/db/schema";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { normalizeForSearch } from "@/lib/text/normalize-arabic";
import { codeIndex } from "./columns";
import { fileDateOrder, readImportedDate, type DateReading } from "./dates";
import { loadCountries, loadPeople, rowReader, type Connection, type PersonIndex } from "./lookups";
import type { ReadSheet } from "./read-file";
import { cellText } from "./read-file";
import type { Analysis, PreparedMeeting, PreviewCounterpart, PreviewRow } from "./preview";

/**
 * Splits a counterparts cell: entries by ";" (or Arabic "؛", or a line break), each "name — title
 * at the meeting" (the export's form), or a name alone.
 */
export function splitCounterparts(text: string): { name: string; title: string }[] {
  return text
    .split(/[;؛\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      // The first " — " (else " – ", else " - ") ends the name; the title keeps any later one.
      const separator = [/\s+—\s+/, /\s+–\s+/, /\s+-\s+/].map((re) => re.exec(entry)).find(Boolean);
      if (!separator) return { name: entry, title: "" };
      return { name: entry.slice(0, separator.index).trim(), title: entry.slice(separator.index + separator[0].length).trim() };
    });
}

type StoredMeeting = typeof meetings.$inferSelect & { counterparts: { personId: number; title: string | null; name: string }[] };

function storedMeeting(db: Connection, id: number): StoredMeeting | null {
  const meeting = db.select().from(meetings).where(and(eq(meetings.id, id), isNull(meetings.archivedAt))).get();
  if (!meeting) return null;
  const counterparts = db
    .select({ personId: meetingCounterparts.personId, title: meetingCounterparts.titleAtMeeting, name: people.name })
    .from(meetingCounterparts)
    .innerJoin(people, eq(people.id, meetingCounterparts.personId))
    .where(eq(meetingCounterparts.meetingId, id))
    .orderBy(asc(meetingCounterparts.position))
    .all();
  return { ...meeting, counterparts };
}

/** A live meeting on `startsOn`, in `countryCode`, with exactly these counterparts; the smallest id. */
function sameMeeting(db: Connection, startsOn: string, countryCode: string | null, personIds: number[]): StoredMeeting | null {
  const candidates = db
    .select({ id: meetings.id, countryCode: meetings.countryCode })
    .from(meetings)
    .where(and(eq(meetings.startsOn, startsOn), isNull(meetings.archivedAt)))
    .orderBy(asc(meetings.id))
    .all()
    .filter((m) => (m.countryCode ?? null) === countryCode);
  if (candidates.length === 0) return null;
  const links = db
    .select({ meetingId: meetingCounterparts.meetingId, personId: meetingCounterparts.personId })
    .from(meetingCounterparts)
    .where(inArray(meetingCounterparts.meetingId, candidates.map((c) => c.id)))
    .all();
  const wanted = [...personIds].sort((a, b) => a - b).join(",");
  const hit = candidates.find(
    (c) =>
      links
        .filter((l) => l.meetingId === c.id)
        .map((l) => l.personId)
        .sort((a, b) => a - b)
        .join(",") === wanted,
  );
  return hit ? storedMeeting(db, hit.id) : null;
}

/** The person a counterpart's name names: first among the matched meeting's counterparts, then anyone. */
function resolvePerson(index: PersonIndex, name: string, stored: StoredMeeting | null): number | null {
  const key = normalizeForSearch(name);
  if (stored) {
    const own = stored.counterparts.find((c) => {
      const person = index.byId.get(c.personId);
      return person && (normalizeForSearch(person.name) === key || normalizeForSearch(person.nameTransliterated) === key);
    });
    if (own) return own.personId;
  }
  return index.byName.get(key)?.[0] ?? null;
}

const meetingLabel = (startsOn: string, names: string[]) => [startsOn, names.join("، ")].filter(Boolean).join(" · ");

/**
 * Analyses a meetings sheet.
 * @param fields the header's fields (lib/imports/columns.ts matchHeaders)
 * @param readings the date reading the user chose, by row number, for ambiguous dates
 */
export function analyseMeetings(db: Connection, sheet: ReadSheet, fields: (string | null)[], readings: Record<number, DateReading>): Analysis {
  const countryIndex = loadCountries(db);
  const personIndex = loadPeople(db);
  const kinds = codeIndex("meetings.kinds", meetingKinds);
  const dateColumns = fields.flatMap((f, i) => (f === "startsOn" || f === "endsOn" ? [i] : []));
  const order = fileDateOrder(sheet.rows.flatMap((r) => dateColumns.map((i) => (r.cells[i]?.kind === "text" ? cellText(r.cells[i]!) : ""))));
  const rows: PreviewRow[] = [];
  const prepared = new Map<number, PreparedMeeting>();
  const seen = new Map<string, number>();

  for (const { rowNumber, cells } of sheet.rows) {
    const read = rowReader(fields, cells);
    const ambiguous: PreviewRow["ambiguous"] = [];
    const reading = readings[rowNumber] ?? null;
    const date = (field: "startsOn" | "endsOn"): string | null => {
      const cell = read.cell(field);
      const result = readImportedDate(cell, order);
      if (result.status === "ok") return result.value;
      if (result.status === "invalid") read.issue(result.error === "impossible" ? "dateImpossible" : "dateUnreadable", field, cellText(cell));
      if (result.status === "ambiguous") {
        const chosen = reading ? result.readings[reading] : undefined;
        if (chosen) return chosen;
        ambiguous.push({ field, value: cellText(cell), readings: result.readings });
      }
      return null;
    };

    const id = read.id();
    const startsOn = date("startsOn");
    const endsOn = date("endsOn");
    if (startsOn && endsOn) {
      if (parsePartialDate(startsOn)!.precision !== parsePartialDate(endsOn)!.precision) read.issue("datePrecisionMismatch", "endsOn", endsOn);
      else if (endsOn < startsOn) read.issue("dateRangeOrder", "endsOn", endsOn);
    }
    const kindText = read.text("kind", 200);
    const meetingKind = kindText ? (kinds.get(normalizeForSearch(kindText)) ?? null) : null;
    if (kindText && !meetingKind) read.issue("kindUnknown", "kind", kindText);
    const countryCode = read.country(countryIndex);
    const city = read.text("city", 200);
    const venue = read.text("venue", 200);
    const topics = read.text("topics", 5000);
    const outcome = read.text("outcome", 5000);
    const counterpartsText = read.text("counterparts", 10_000);

    let stored: StoredMeeting | null = null;
    if (id !== null) {
      stored = storedMeeting(db, id);
      if (!stored) read.issue("idUnknown", "id", String(id));
    }
    const entries = counterpartsText ? splitCounterparts(counterpartsText) : null;
    let counterparts: PreviewCounterpart[] | null = null;
    if (entries) {
      counterparts = entries.map(({ name, title }) => {
        if (name.length > 200) read.issue("tooLong", "counterparts", name.slice(0, 40));
        if (title.length > 300) read.issue("tooLong", "counterparts", title.slice(0, 40));
        const personId = resolvePerson(personIndex, name, stored);
        return { name, title, personId, personName: personId ? personIndex.byId.get(personId)!.name : null };
      });
      const keys = counterparts.map((c) => (c.personId ? `#${c.personId}` : normalizeForSearch(c.name)));
      const repeated = counterparts.find((_, i) => keys.indexOf(keys[i]!) !== i);
      if (repeated) read.issue("counterpartRepeated", "counterparts", repeated.name);
    }
    if (!stored && id === null && startsOn && counterparts && counterparts.length > 0 && counterparts.every((c) => c.personId) && ambiguous.length === 0) {
      stored = sameMeeting(db, startsOn, countryCode, counterparts.map((c) => c.personId!));
    }
    if (!stored && id === null) {
      if (!startsOn && ambiguous.every((a) => a.field !== "startsOn") && !read.issues.some((i) => i.field === "startsOn")) read.issue("required", "startsOn", "");
      if (!kindText) read.issue("required", "kind", "");
      if (!counterparts || counterparts.length === 0) read.issue("counterpartRequired", "counterparts", "");
    }

    const values: PreparedMeeting = { kind: "meetings", startsOn, endsOn, meetingKind, countryCode, city, venue, topics, outcome, counterparts };
    const changes: string[] = [];
    if (stored) {
      const compare: [string, unknown, unknown][] = [
        ["startsOn", startsOn, stored.startsOn],
        ["endsOn", endsOn, stored.endsOn],
        ["kind", meetingKind, stored.kind],
        ["countryCode", countryCode, stored.countryCode],
        ["city", city, stored.city],
        ["venue", venue, stored.venue],
        ["topics", topics, stored.topics],
        ["outcome", outcome, stored.outcome],
      ];
      for (const [field, value, before] of compare) if (value !== null && value !== (before ?? null)) changes.push(field === "countryCode" ? "country" : field);
      if (counterparts) {
        const now = JSON.stringify(counterparts.map((c) => [c.personId, c.title || null]));
        const then = JSON.stringify(stored.counterparts.map((c) => [c.personId, c.title ?? null]));
        if (now !== then) changes.push("counterparts");
      }
    }

    // The same meeting twice in one file: the later row is refused (it would be a duplicate).
    if (read.issues.length === 0 && ambiguous.length === 0) {
      const key = JSON.stringify([stored?.id ?? null, startsOn, endsOn, meetingKind, countryCode, counterparts?.map((c) => c.personId ?? normalizeForSearch(c.name))]);
      const earlier = seen.get(key);
      if (earlier !== undefined) read.issue("duplicateRow", null, "", earlier);
      else seen.set(key, rowNumber);
    }

    const status = read.issues.length > 0 ? "refused" : ambiguous.length > 0 ? "ambiguous" : stored ? (changes.length ? "match" : "unchanged") : "new";
    rows.push({
      rowNumber,
      status,
      label: meetingLabel(startsOn ?? cellText(read.cell("startsOn")), (counterparts ?? []).map((c) => c.name)),
      match: stored
        ? { id: stored.id, version: stored.version, label: meetingLabel(stored.startsOn, stored.counterparts.map((c) => c.name)), reason: id !== null ? "id" : "sameMeeting" }
        : null,
      changes,
      issues: read.issues,
      ambiguous,
      reading: ambiguous.length === 0 && reading && readings[rowNumber] ? reading : null,
      counterparts: counterparts ?? [],
    });
    prepared.set(rowNumber, values);
  }
  return { rows, prepared };
}

/** Records a test needs beneath the UI for the agreements, people and country stories. */
import { withDb } from "./db";

/** A unique suffix so that parallel tests never share a record. */
export function unique(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * An agreement in `status` since `since` (its first step), with a French title of its own; the
 * counterpart is Norway so that the seed's agreements are never touched.
 * @returns the agreement's id
 */
export function insertAgreement(options: { status: string; since: string; titleFr: string; createdBy: number }): number {
  return withDb((db) => {
    const { id } = db
      .prepare(
        `insert into agreements (type, title_fr, counterpart_country_code, signing_status, search_text, created_by, updated_by)
         values ('memorandum_of_understanding', ?, 'NO', ?, ?, ?, ?) returning id`,
      )
      .get(options.titleFr, options.status, options.titleFr.toLowerCase(), options.createdBy, options.createdBy) as { id: number };
    db.prepare(
      "insert into agreement_status_changes (agreement_id, from_status, to_status, occurred_on, recorded_by) values (?, null, ?, ?, ?)",
    ).run(id, options.status, options.since, options.createdBy);
    return id;
  });
}

/** A person, for the merge story. @returns the person's id */
export function insertPerson(name: string, nameTransliterated: string | null = null): number {
  return withDb(
    (db) =>
      (db.prepare("insert into people (name, name_transliterated, country_code, search_text) values (?, ?, 'ES', ?) returning id").get(
        name,
        nameTransliterated,
        name.toLowerCase(),
      ) as { id: number }).id,
  );
}

/** A meeting with one or more counterparts. @returns the meeting's id */
export function insertMeeting(startsOn: string, counterparts: { personId: number; title: string }[]): number {
  return withDb((db) => {
    const { id } = db
      .prepare("insert into meetings (starts_on, kind, country_code) values (?, 'working_meeting', 'ES') returning id")
      .get(startsOn) as { id: number };
    counterparts.forEach((c, position) =>
      db.prepare("insert into meeting_counterparts (meeting_id, person_id, title_at_meeting, position) values (?, ?, ?, ?)").run(id, c.personId, c.title, position),
    );
    return id;
  });
}

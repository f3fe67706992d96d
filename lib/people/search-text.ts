/**
 * Keeps `people.search_text` in step with a person's names and titles, and the search text of the
 * meetings they attended (which holds counterparts' names). Called by every write of a person.
 */
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { meetingCounterparts, people, positions } from "@/db/schema";
import { refreshMeetingSearchText } from "@/lib/meetings/search-text";
import { buildSearchText } from "@/lib/text/normalize-arabic";

/**
 * The normalised search text of a person: name in both scripts and the titles of their positions.
 * Pure: used by refreshPersonSearchText and the life-size generator.
 */
export function personSearchText(name: string, nameTransliterated: string | null, titles: ReadonlyArray<string | null>): string {
  return buildSearchText([name, nameTransliterated, ...titles]);
}

/**
 * Recomputes the normalised search text of one person (name in both scripts, the titles of their
 * positions) and of every meeting they are a counterpart of.
 * @param db a database or transaction handle; a missing person is a no-op
 */
export function refreshPersonSearchText(db: Db | Tx, personId: number): void {
  const person = db.select({ name: people.name, nameTransliterated: people.nameTransliterated }).from(people).where(eq(people.id, personId)).get();
  if (!person) return;
  const titles = db.select({ title: positions.title }).from(positions).where(eq(positions.personId, personId)).all();
  const searchText = personSearchText(person.name, person.nameTransliterated, titles.map((p) => p.title));
  db.update(people).set({ searchText }).where(eq(people.id, personId)).run();
  const meetingIds = db
    .selectDistinct({ id: meetingCounterparts.meetingId })
    .from(meetingCounterparts)
    .where(eq(meetingCounterparts.personId, personId))
    .all();
  for (const { id } of meetingIds) refreshMeetingSearchText(db, id);
}

/** Events and editions through the write path, on a real SQLite file. */
import { describe, expect, it, vi } from "vitest";
import { countries, meetings} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { actionTestFixture } from "@/tests/helpers/action-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createEvent, createEdition, updateEdition } = await import("./actions");
const { fetchEvent, fetchEvents } = await import("./queries");
const { emptyEditionForm, emptyEventForm } = await import("./schema");

const fixture = actionTestFixture("events", session, { countries: ["ES", "MA"] });
const { staff } = fixture;

describe("events", () => {
  it("records a forum with numbered editions and lists its meetings per edition", async () => {
    const event = await createEvent({ ...emptyEventForm(), nameFr: "Forum maroco-espagnol" });
    if (!event.ok) throw new Error("setup");
    const first = await createEdition({ eventId: event.data.id, values: { ...emptyEditionForm(), number: "1", startsOn: "2015-11-19", endsOn: "2015-11-20", city: "Madrid", countryCode: "ES" } });
    const second = await createEdition({ eventId: event.data.id, values: { ...emptyEditionForm(), number: "2", startsOn: "2018-03-20", endsOn: "2018-03-21", city: "Rabat", countryCode: "MA", theme: "Vivre ensemble" } });
    expect(first.ok && second.ok).toBe(true);
    const duplicate = await createEdition({ eventId: event.data.id, values: { ...emptyEditionForm(), number: "2", startsOn: "2019" } });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { number: ["editionNumberTaken"] } });
    const backwards = await createEdition({ eventId: event.data.id, values: { ...emptyEditionForm(), startsOn: "2019-05", endsOn: "2019-04" } });
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { "values.endsOn": ["dateRangeOrder"] } });
    if (!second.ok) return;
    fixture.db.insert(meetings).values({ startsOn: "2018-03-20", kind: "side_meeting", countryCode: "ES", eventEditionId: second.data.id }).run();
    expect((await updateEdition({ id: second.data.id, version: 1, values: { ...emptyEditionForm(), number: "2", startsOn: "2018-03-20", endsOn: "2018-03-21", city: "الرباط", countryCode: "MA", theme: "العيش المشترك" } })).ok).toBe(true);

    const stored = fetchEvent(staff, event.data.id)!;
    expect(stored.editions.map((e) => e.edition.number)).toEqual([2, 1]);
    expect(stored.editions[0]!.meetings).toHaveLength(1);
    expect(stored.editions[0]!.edition.theme).toBe("العيش المشترك");
    expect(fetchEvents(staff)[0]).toMatchObject({ id: event.data.id, editionCount: 2, latestStartsOn: "2018-03-20" });
  });
});

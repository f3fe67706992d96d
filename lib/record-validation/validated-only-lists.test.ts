/** "Validated only" on the lists: records staff entered or changed leave them until validated. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { agreements, meetings, projects } from "@/db/schema";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { fetchProjectsPage } = await import("@/lib/projects/queries");
const { fetchAgreements } = await import("@/lib/agreements/queries");
const { fetchMeetingsPage } = await import("@/lib/meetings/queries");
const { projectFiltersSchema } = await import("@/lib/projects/schema");
const { agreementFiltersSchema } = await import("@/lib/agreements/schema");
const { meetingFiltersSchema } = await import("@/lib/meetings/schema");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("validated-only");
  const { db } = seeded;
  // One record of each kind as staff left it: not yet validated.
  db.update(projects).set({ validationStatus: "edited" }).where(eq(projects.acronym, "Recoming")).run();
  const agreement = db.select({ id: agreements.id }).from(agreements).limit(1).get()!;
  db.update(agreements).set({ validationStatus: "new" }).where(eq(agreements.id, agreement.id)).run();
  const meeting = db.select({ id: meetings.id }).from(meetings).limit(1).get()!;
  db.update(meetings).set({ validationStatus: "sent_back" }).where(eq(meetings.id, meeting.id)).run();
});
afterAll(() => seeded.cleanup());

describe("validated only", () => {
  it("leaves out the projects, agreements and meetings that wait for validation", () => {
    const { staff } = seeded.accounts;
    const today = "2026-11-29";
    const allProjects = fetchProjectsPage(staff, projectFiltersSchema.parse({}), today).total;
    const validatedProjects = fetchProjectsPage(staff, projectFiltersSchema.parse({ validated: "1" }), today);
    expect(validatedProjects.total).toBe(allProjects - 1);
    expect(validatedProjects.rows.map((r) => r.acronym)).not.toContain("Recoming");

    const allAgreements = fetchAgreements(staff, agreementFiltersSchema.parse({})).total;
    expect(fetchAgreements(staff, agreementFiltersSchema.parse({ validated: "1" })).total).toBe(allAgreements - 1);

    const allMeetings = fetchMeetingsPage(staff, meetingFiltersSchema.parse({})).total;
    expect(fetchMeetingsPage(staff, meetingFiltersSchema.parse({ validated: "1" })).total).toBe(allMeetings - 1);
  });
});

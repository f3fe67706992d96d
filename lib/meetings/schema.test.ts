import { describe, expect, it } from "vitest";
import { emptyMeetingForm, meetingFormSchema } from "@/lib/meetings/schema";

/** The paths and message keys the schema refuses `values` with, e.g. `{ "counterparts.0.personId": "personRequired" }`. */
function refusals(values: unknown): Record<string, string> {
  const result = meetingFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

const counterpart = { personId: "", newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" };

describe("meetingFormSchema, a counterpart", () => {
  it("switched to '+ new person' and left without a name is refused on the name field the form shows", () => {
    const values = { ...emptyMeetingForm("2026-01-12"), counterparts: [{ ...counterpart, newPerson: true }] };
    expect(refusals(values)).toEqual({ "counterparts.0.newPersonName": "required" });
  });

  it("with neither a person chosen nor a new one is refused on the picker", () => {
    expect(refusals({ ...emptyMeetingForm("2026-01-12"), counterparts: [counterpart] })).toEqual({ "counterparts.0.personId": "personRequired" });
  });

  it("typed in as a new person with a name is accepted", () => {
    const values = { ...emptyMeetingForm("2026-01-12"), counterparts: [{ ...counterpart, newPerson: true, newPersonName: "José García" }] };
    expect(refusals(values)).toEqual({});
  });
});

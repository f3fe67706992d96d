/** Maps stored meetings to the form's string values, and form choices to localized options. */
import { collator as sharedCollator } from "@/lib/i18n/intl-cache";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { formatPartialDate, precisionOf } from "@/lib/dates/partial-date";
import { formTexts, idText } from "@/lib/validation/form-text";
import type { MeetingFormValues } from "./schema";
import type { fetchMeeting, fetchMeetingFormOptions } from "./queries";

type StoredMeeting = NonNullable<ReturnType<typeof fetchMeeting>>;

/** The edit form's initial values for a stored meeting (dates exactly as stored). */
export function meetingToFormValues(stored: StoredMeeting): MeetingFormValues {
  const { meeting } = stored;
  return {
    datePrecision: precisionOf(meeting.startsOn),
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn ?? "",
    kind: meeting.kind,
    ...formTexts(meeting, ["countryCode", "city", "venue"]),
    eventEditionId: idText(meeting.eventEditionId),
    ...formTexts(meeting, ["topics", "outcome"]),
    counterparts: stored.counterparts.map((c) => ({
      personId: String(c.personId),
      newPersonName: "",
      newPersonTransliteration: "",
      titleAtMeeting: c.titleAtMeeting ?? "",
    })),
    followUps: stored.followUps.map((f) => ({
      id: String(f.id),
      description: f.description,
      ownerKind: f.ownerKind ?? "",
      ownerUserId: f.ownerUserId ? String(f.ownerUserId) : "",
      ownerPersonId: f.ownerPersonId ? String(f.ownerPersonId) : "",
      ownerOrganisationId: f.ownerOrganisationId ? String(f.ownerOrganisationId) : "",
      owner: f.owner ?? "",
      dueOn: f.dueOn ?? "",
      projectId: f.projectId ? String(f.projectId) : "",
      agreementId: f.agreementId ? String(f.agreementId) : "",
    })),
  };
}

/** Localized, sorted choices for the meeting form's selects. */
export function meetingFormChoices(options: ReturnType<typeof fetchMeetingFormOptions>, locale: Locale) {
  const collator = sharedCollator(locale);
  return {
    /** The people already chosen, as the person picker shows them (it finds the others). */
    people: options.people.map((p) => ({
      value: String(p.id),
      label: [p.name, p.nameTransliterated && p.nameTransliterated !== p.name ? `(${p.nameTransliterated})` : null].filter(Boolean).join(" "),
      hint: p.latestTitle,
      latestTitle: p.latestTitle,
    })),
    editions: options.editions.map((e) => ({
      value: String(e.id),
      label: [localizedName(e, locale), e.city, formatPartialDate(e.startsOn, locale)].filter(Boolean).join(" · "),
    })),
    /** Staff and supervisors who may own a follow-up. */
    owners: options.owners.map((u) => ({ value: String(u.id), label: u.name })),
    countries: options.countries
      .map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}

/** Maps stored meetings to the form's string values, and form choices to localized options. */
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { formatPartialDate, precisionOf } from "@/lib/dates/partial-date";
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
    countryCode: meeting.countryCode ?? "",
    city: meeting.city ?? "",
    venue: meeting.venue ?? "",
    eventEditionId: meeting.eventEditionId ? String(meeting.eventEditionId) : "",
    topics: meeting.topics ?? "",
    outcome: meeting.outcome ?? "",
    counterparts: stored.counterparts.map((c) => ({
      personId: String(c.personId),
      newPersonName: "",
      newPersonTransliteration: "",
      titleAtMeeting: c.titleAtMeeting ?? "",
    })),
    followUps: stored.followUps.map((f) => ({
      description: f.description,
      owner: f.owner ?? "",
      dueOn: f.dueOn ?? "",
      status: f.status,
    })),
  };
}

/** Localized, sorted choices for the meeting form's selects. */
export function meetingFormChoices(options: ReturnType<typeof fetchMeetingFormOptions>, locale: Locale) {
  const collator = new Intl.Collator(locale);
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
    countries: options.countries
      .map((c) => ({ value: c.code, label: localizedName(c, locale, c.code) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}

/**
 * The department's bilateral-cooperation page, built from published records (queries.ts) as one
 * document model (document.ts), in Arabic or French. Its sections follow the department's own
 * page (shared/seed/bilateral-cooperation.ar.txt):
 *  1. the minister's meetings with foreign officials: single meetings by date, then the meetings
 *     held on the sidelines of an event, under that event's edition;
 *  2. cooperation by partner country (countries in the order their cooperation was first
 *     recorded): each project with its programme, funder, partners and roles, period, phases,
 *     budget, objectives and dated progress; the bilateral forums hosted with the country and their
 *     editions; meetings without named counterparts (a bilateral committee);
 *  3. the other forums and events, with their editions;
 *  4. the table of agreements: country, agreement, signing status, dated steps (latest signed first).
 * Every value comes from a record; a value the record does not hold is left out or said to be
 * "not stated", never guessed (dates keep their precision: lib/dates/partial-date.ts).
 */
import type { Locale } from "@/lib/i18n/config";
import { directionOf } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { dateLocales, formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import { formatMoney } from "@/lib/money/money";
import type { Block, Inline, PublicationDocument, RichText, Section } from "./document";
import type { PublishedRecords } from "./queries";
import type { Translate } from "./translator";

type Meeting = PublishedRecords["meetings"][number];
type Project = PublishedRecords["projects"][number];
type Agreement = PublishedRecords["agreements"][number];
type Edition = PublishedRecords["editions"][number];

const HOME_COUNTRY = "MA";

/** The document's words: separators and names in its language. */
function wordsFor(locale: Locale, records: PublishedRecords) {
  const comma = locale === "ar" ? "، " : ", ";
  const country = (code: string | null) => {
    const row = code ? records.countries.get(code) : undefined;
    return row ? localizedName(row, locale, row.code) : "";
  };
  const named = (names: { nameAr: string | null; nameFr: string | null; nameEn: string | null }, acronym?: string | null) => {
    const name = localizedName(names, locale);
    if (!acronym || name === acronym) return name || acronym || "";
    return name ? `${name} (${acronym})` : acronym;
  };
  const span = (start: string | null, end: string | null) => (start ? formatPartialDateRange(start, end, locale) : "");
  const join = (parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p && p.trim().length > 0).join(comma);
  return { comma, country, named, span, join };
}

/** A labelled value run: "Label: value". */
function labelled(label: string, value: string): Inline[] {
  return [{ text: `${label} `, strong: true }, { text: value }];
}

/**
 * Builds the cooperation page.
 * @param records published records of the period (fetchPublishedRecords)
 * @param options.locale the document's language (ar or fr; en works too)
 * @param options.period the period as the user picked it (partial ISO dates), for the subtitle
 * @param t the document language's translator (documentTranslator)
 */
export function buildCooperationPage(
  records: PublishedRecords,
  options: { locale: Locale; period: { from?: string; to?: string } },
  t: Translate,
): PublicationDocument {
  const { locale, period } = options;
  const w = wordsFor(locale, records);
  const p = (key: string, values?: Record<string, string | number>) => t(`publications.page.${key}`, values);

  const subtitle =
    period.from && period.to
      ? p("periodRange", { from: formatPartialDate(period.from, locale), to: formatPartialDate(period.to, locale) })
      : period.from
        ? p("periodFrom", { from: formatPartialDate(period.from, locale) })
        : period.to
          ? p("periodUntil", { to: formatPartialDate(period.to, locale) })
          : p("periodAll");

  const editionsById = new Map(records.editions.map((e) => [e.id, e]));
  const sections: Section[] = [];

  // 1. The minister's meetings with foreign officials ------------------------------------------
  const withCounterparts = records.meetings.filter((m) => m.counterparts.length > 0);
  const counterpartText = (m: Meeting, withDate: boolean) =>
    m.counterparts
      .map((c) => {
        const name = locale === "ar" ? c.name : (c.nameTransliterated ?? c.name);
        const country = w.country(m.countryCode);
        return `${w.join([name, c.titleAtMeeting])}${country ? ` (${country})` : ""}`;
      })
      .join(locale === "ar" ? " و" : " ; ")
      .concat(withDate ? `${w.comma}${w.span(m.startsOn, m.endsOn)}` : "");
  const meetingDetails = (m: Meeting): RichText[] =>
    [m.topics && labelled(p("topics"), m.topics), m.outcome && labelled(p("outcome"), m.outcome)].filter((x): x is Inline[] => !!x);
  if (withCounterparts.length > 0) {
    const blocks: Block[] = [];
    const single = withCounterparts.filter((m) => !m.eventEditionId || !editionsById.has(m.eventEditionId));
    if (single.length > 0) {
      blocks.push({
        kind: "list",
        items: single.map((m) => {
          const details = meetingDetails(m).flatMap((d) => [{ text: " " }, ...(typeof d === "string" ? [{ text: d }] : d)]);
          return [{ text: p("meetingWith", { who: counterpartText(m, true) }) }, ...details];
        }),
      });
    }
    const byEdition = new Map<number, Meeting[]>();
    for (const m of withCounterparts) {
      if (m.eventEditionId && editionsById.has(m.eventEditionId)) byEdition.set(m.eventEditionId, [...(byEdition.get(m.eventEditionId) ?? []), m]);
    }
    for (const [editionId, group] of byEdition) {
      const edition = editionsById.get(editionId)!;
      blocks.push({ kind: "paragraph", text: p("sidelines", { event: editionLabel(edition, locale, w, p), count: group.length }) });
      const sameDates = group.every((m) => m.startsOn === edition.startsOn && (m.endsOn ?? null) === (edition.endsOn ?? null));
      blocks.push({ kind: "list", items: group.map((m) => counterpartText(m, !sameDates)) });
      // What the page says once for the whole group, it says once here too.
      const shared = (pick: (m: Meeting) => string | null) => (group.every((m) => pick(m) && pick(m) === pick(group[0]!)) ? pick(group[0]!) : null);
      const topics = shared((m) => m.topics);
      const outcome = shared((m) => m.outcome);
      if (topics) blocks.push({ kind: "paragraph", text: labelled(p("topics"), topics) });
      if (outcome) blocks.push({ kind: "paragraph", text: labelled(p("outcome"), outcome) });
      const own = group.filter((m) => (!topics && m.topics) || (!outcome && m.outcome));
      if (own.length > 0) {
        blocks.push({
          kind: "list",
          items: own.map((m) => [
            { text: `${m.counterparts.map((c) => (locale === "ar" ? c.name : (c.nameTransliterated ?? c.name))).join(", ")}: `, strong: true },
            { text: [!topics ? m.topics : null, !outcome ? m.outcome : null].filter(Boolean).join(" ") },
          ]),
        });
      }
    }
    sections.push({ heading: p("sections.meetings"), anchor: "meetings", blocks, sections: [] });
  }

  // 2. Cooperation by partner country -----------------------------------------------------------
  const bilateralSeries = bilateralSeriesCountries(records.editions);
  const placedEditions = new Set<number>();
  type CountryGroup = { code: string | null; order: number; projects: Project[]; editions: Edition[]; meetings: Meeting[] };
  const groups = new Map<string, CountryGroup>();
  const groupOf = (code: string | null, order: number) => {
    const key = code ?? "";
    const group = groups.get(key) ?? { code, order, projects: [], editions: [], meetings: [] };
    group.order = Math.min(group.order, order);
    groups.set(key, group);
    return group;
  };
  for (const project of records.projects) groupOf(project.partnerCountryCode, project.id).projects.push(project);
  for (const edition of records.editions) {
    const code = bilateralSeries.get(edition.eventId);
    if (!code) continue;
    groupOf(code, 1e9 + edition.id).editions.push(edition);
    placedEditions.add(edition.id);
  }
  for (const meeting of records.meetings.filter((m) => m.counterparts.length === 0)) groupOf(meeting.countryCode, 2e9 + meeting.id).meetings.push(meeting);
  const countrySections = [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((group): Section => {
      const subsections: Section[] = group.projects.map((project) => projectSection(project, locale, w, t, records));
      if (group.editions.length > 0) subsections.push(...eventSections(group.editions, locale, w, p, `country-${group.code ?? "none"}`));
      if (group.meetings.length > 0) {
        subsections.push({
          heading: p("otherMeetings"),
          anchor: `country-${group.code ?? "none"}-meetings`,
          blocks: [
            {
              kind: "list",
              items: group.meetings.map((m) => {
                const head = w.join([t(`meetings.kinds.${m.kind}`), m.city, w.span(m.startsOn, m.endsOn)]);
                const details = meetingDetails(m).flatMap((d) => [{ text: " " }, ...(typeof d === "string" ? [{ text: d }] : d)]);
                return [{ text: head, strong: true }, ...details];
              }),
            },
          ],
          sections: [],
        });
      }
      return {
        heading: group.code ? w.country(group.code) : p("noCountry"),
        anchor: `country-${group.code ?? "none"}`,
        blocks: [],
        sections: subsections,
      };
    });
  if (countrySections.length > 0) {
    sections.push({ heading: p("sections.countries"), anchor: "countries", blocks: [], sections: countrySections });
  }

  // 3. Other forums and events ------------------------------------------------------------------
  const otherEditions = records.editions.filter((e) => !placedEditions.has(e.id));
  if (otherEditions.length > 0) {
    sections.push({ heading: p("sections.events"), anchor: "events", blocks: [], sections: eventSections(otherEditions, locale, w, p, "events") });
  }

  // 4. Agreements -------------------------------------------------------------------------------
  if (records.agreements.length > 0) {
    sections.push({
      heading: p("sections.agreements"),
      anchor: "agreements",
      blocks: [
        {
          kind: "table",
          head: [p("agreementColumns.country"), p("agreementColumns.agreement"), p("agreementColumns.status"), p("agreementColumns.dates")],
          rows: records.agreements.map((a) => agreementRow(a, locale, w, t)),
        },
      ],
      sections: [],
    });
  }

  if (sections.length === 0) sections.push({ heading: p("emptyHeading"), anchor: "empty", blocks: [{ kind: "paragraph", text: p("empty") }], sections: [] });

  return { locale, dir: directionOf(locale), lang: dateLocales[locale], title: p("title"), subtitle, sections };
}

type Words = ReturnType<typeof wordsFor>;
type PageWords = (key: string, values?: Record<string, string | number>) => string;

/**
 * Events whose published editions are hosted only in one partner country and in Morocco (the
 * Moroccan-Spanish forum: Madrid, then Rabat): event id → that country. Such a forum belongs to
 * the country's section, as on the department's page.
 */
function bilateralSeriesCountries(editions: Edition[]): Map<number, string> {
  const hosts = new Map<number, Set<string | null>>();
  for (const e of editions) hosts.set(e.eventId, (hosts.get(e.eventId) ?? new Set()).add(e.countryCode));
  const result = new Map<number, string>();
  for (const [eventId, codes] of hosts) {
    const partners = [...codes].filter((c) => c !== HOME_COUNTRY);
    if (partners.length === 1 && partners[0] && !codes.has(null)) result.set(eventId, partners[0]);
  }
  return result;
}

/** "Global Forum on Migration and Development (GFMD), 11th edition, Marrakech, 5–7 December 2018". */
function editionLabel(edition: Edition, locale: Locale, w: Words, p: PageWords): string {
  const event = w.named({ nameAr: edition.eventNameAr, nameFr: edition.eventNameFr, nameEn: edition.eventNameEn }, edition.eventAcronym);
  return w.join([event, edition.number ? p("editionNumbered", { n: edition.number }) : null, editionPlace(edition, w), w.span(edition.startsOn, edition.endsOn)]);
}

function editionPlace(edition: Edition, w: Words): string {
  return w.join([edition.venue, edition.city]);
}

/** One subsection per event, listing its editions in date order. */
function eventSections(editions: Edition[], locale: Locale, w: Words, p: PageWords, anchorPrefix: string): Section[] {
  const byEvent = new Map<number, Edition[]>();
  for (const e of editions) byEvent.set(e.eventId, [...(byEvent.get(e.eventId) ?? []), e]);
  return [...byEvent.values()].map((list) => {
    const first = list[0]!;
    return {
      heading: w.named({ nameAr: first.eventNameAr, nameFr: first.eventNameFr, nameEn: first.eventNameEn }, first.eventAcronym),
      anchor: `${anchorPrefix}-event-${first.eventId}`,
      blocks: [
        {
          kind: "list",
          items: list.map((e) => {
            const head = w.join([e.number ? p("editionNumbered", { n: e.number }) : p("editionUnnumbered"), editionPlace(e, w), w.span(e.startsOn, e.endsOn) || p("dateNotStated")]);
            return e.theme ? [{ text: head }, { text: w.comma }, ...labelled(p("theme"), e.theme)] : head;
          }),
        },
      ],
      sections: [],
    };
  });
}

function projectSection(project: Project, locale: Locale, w: Words, t: Translate, records: PublishedRecords): Section {
  const p = (key: string, values?: Record<string, string | number>) => t(`publications.page.${key}`, values);
  const title = localizedName({ nameAr: project.titleAr, nameFr: project.titleFr, nameEn: project.titleEn }, locale);
  const heading = project.acronym && project.acronym !== title ? (title ? `${title} (${project.acronym})` : project.acronym) : title || p("untitled");
  const fields: { label: string; values: RichText[] }[] = [];
  const programme = project.programmeId ? localizedName({ nameAr: project.programmeNameAr, nameFr: project.programmeNameFr, nameEn: project.programmeNameEn }, locale) : "";
  if (programme) fields.push({ label: p("fields.programme"), values: [programme] });
  const complements = project.complementsProjectId ? records.projects.find((x) => x.id === project.complementsProjectId) : undefined;
  if (complements) {
    const name = complements.acronym ?? localizedName({ nameAr: complements.titleAr, nameFr: complements.titleFr, nameEn: complements.titleEn }, locale);
    fields.push({ label: p("fields.complements"), values: [name] });
  }
  fields.push({ label: p("fields.status"), values: [t(`projects.statuses.${project.status}`)] });
  const funders = project.partners.filter((x) => x.partnerRole === "funding").map((x) => w.named(x, x.acronym));
  const funding = [...funders, ...(project.fundingSource && !funders.length ? [project.fundingSource] : [])];
  fields.push({ label: p("fields.funder"), values: [funding.length ? w.join(funding) : p("notStated")] });
  if (project.fundingSource && funders.length) fields.push({ label: p("fields.fundingSource"), values: [project.fundingSource] });
  if (project.partners.length > 0) {
    const byOrganisation = new Map<string, string[]>();
    for (const partner of [...project.partners].sort((a, b) => a.rolePosition - b.rolePosition)) {
      const name = w.named(partner, partner.acronym);
      byOrganisation.set(name, [...(byOrganisation.get(name) ?? []), t(`projects.roles.${partner.partnerRole}`)]);
    }
    fields.push({ label: p("fields.partners"), values: [...byOrganisation].map(([name, roles]) => `${name}: ${w.join(roles)}`) });
  }
  const start = project.actualStart ?? project.plannedStart;
  const end = project.actualEnd ?? project.plannedEnd;
  const periodText =
    start && end ? w.span(start, end) : start ? p("since", { date: formatPartialDate(start, locale) }) : end ? p("until", { date: formatPartialDate(end, locale) }) : p("notStated");
  fields.push({ label: p("fields.period"), values: [periodText] });
  if (project.phases.length > 0) {
    fields.push({
      label: p("fields.phases"),
      values: project.phases.map((phase) => {
        const length = phase.plannedMonths ? p("months", { months: phase.plannedMonths }) : w.span(phase.plannedStart, phase.plannedEnd);
        const name = t(`projects.phases.${phase.phase}`);
        return length ? `${name}: ${length}` : name;
      }),
    });
  }
  fields.push({
    label: p("fields.budget"),
    values: [
      project.budgetHundredths !== null && project.budgetCurrency
        ? formatMoney(project.budgetHundredths, project.budgetCurrency, dateLocales[locale])
        : p("notStated"),
    ],
  });
  const blocks: Block[] = [{ kind: "fields", items: fields }];
  if (project.objectives.length > 0) {
    blocks.push({ kind: "paragraph", text: [{ text: p("fields.objectives"), strong: true }] });
    blocks.push({ kind: "list", items: project.objectives });
  }
  if (project.milestones.length > 0) {
    blocks.push({ kind: "paragraph", text: [{ text: p("fields.progress"), strong: true }] });
    blocks.push({
      kind: "list",
      items: project.milestones.map((m) => {
        const date = m.actualOn ? formatPartialDate(m.actualOn, locale) : w.span(m.plannedOn, m.plannedEndOn);
        const status = m.status === "done" ? null : `(${t(`projects.activityStatuses.${m.status}`)})`;
        return [m.title, date, status].filter(Boolean).join(w.comma);
      }),
    });
  }
  return { heading, anchor: `project-${project.id}`, blocks, sections: [] };
}

function agreementRow(a: Agreement, locale: Locale, w: Words, t: Translate): RichText[] {
  const p = (key: string, values?: Record<string, string | number>) => t(`publications.page.${key}`, values);
  const title = localizedName({ nameAr: a.titleAr, nameFr: a.titleFr, nameEn: a.titleEn }, locale);
  const subject = localizedName({ nameAr: a.subject, nameFr: a.subjectFr, nameEn: a.subjectEn }, locale);
  const type = t(`agreements.types.${a.type}`);
  const name = title || (subject ? `${type}: ${subject}` : type);
  const counterpart = w.join([w.country(a.counterpartCountryCode), localizedName({ nameAr: a.organisationNameAr, nameFr: a.organisationNameFr, nameEn: a.organisationNameEn }, locale)]);
  const dated: string[] = [];
  if (a.signedOn) dated.push(`${p("steps.signed")} ${formatPartialDate(a.signedOn, locale)}${a.placeOfSignature ? ` (${a.placeOfSignature})` : ""}`);
  if (a.inForceOn) dated.push(`${p("steps.inForce")} ${formatPartialDate(a.inForceOn, locale)}`);
  if (a.expiresOn) dated.push(`${p("steps.expires")} ${formatPartialDate(a.expiresOn, locale)}`);
  for (const step of a.steps) {
    if (!step.occurredOn || ["signed", "in_force"].includes(step.toStatus)) continue;
    dated.push(`${t(`agreements.statuses.${step.toStatus}`)}: ${formatPartialDate(step.occurredOn, locale)}`);
  }
  return [counterpart || p("notStated"), name, t(`agreements.statuses.${a.signingStatus}`), dated.length ? dated.join(locale === "ar" ? "؛ " : " ; ") : p("notStated")];
}

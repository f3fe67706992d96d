/**
 * Loads the records of the source page (db/seed/source-records.ts) into the database.
 *
 * - One transaction: either every record is there or none is.
 * - Idempotent: each top-level record is looked up by its natural key first (organisation
 *   acronym or Arabic name, person name, meeting start date + first counterpart, event name,
 *   edition number or start date, programme name, project acronym or title, agreement country +
 *   signing date + type, data-quality key). A record found is left as it is (staff may have edited
 *   it since); its children (counterparts, objectives, phases, partners, activities, status
 *   changes) are written only together with a newly created parent, so a re-run adds no row and
 *   never brings back a child someone deleted.
 * - Rows are created by nobody (`createdBy` null) and already validated; each created row gets
 *   an `audit_log` entry with action "seed" and no user.
 * - Creates no user account (another module does).
 * - Columns are mapped by the rooms' own mappers (lib/<room>/columns.ts), the ones the server
 *   actions use: a source record is first put in the shape its form holds ("" for none, ids as
 *   strings, dates as the form's partial-date inputs). Search texts come from the rooms'
 *   refreshers, as after any save.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  activities,
  agreementStatusChanges,
  agreements,
  auditLog,
  countries,
  dataQualityIssues,
  eventEditions,
  events,
  meetingCounterparts,
  meetings,
  organisations,
  partnerRoles,
  people,
  programmes,
  projectObjectives,
  projectPartners,
  projectPhaseRows,
  projects,
} from "@/db/schema";
import { isPartialDate } from "@/lib/dates/partial-date";
import { toPartialDateInput } from "@/lib/dates/partial-date-input";
import { agreementColumns } from "@/lib/agreements/columns";
import { refreshAgreementSearchText } from "@/lib/agreements/search-text";
import { editionColumns, eventColumns } from "@/lib/events/columns";
import { meetingColumns } from "@/lib/meetings/columns";
import { refreshMeetingSearchText } from "@/lib/meetings/search-text";
import { milestoneColumns } from "@/lib/milestones/columns";
import { organisationColumns } from "@/lib/organisations/columns";
import { refreshOrganisationSearchText } from "@/lib/organisations/search-text";
import { personColumns } from "@/lib/people/columns";
import { refreshPersonSearchText } from "@/lib/people/search-text";
import { programmeColumns } from "@/lib/programmes/columns";
import { phaseColumns, projectColumns } from "@/lib/projects/columns";
import {
  agreementRecords,
  dataQualityIssueRecords,
  eventEditionRecords,
  eventRecords,
  meetingRecords,
  organisationRecords,
  partnerRoleRecords,
  personRecords,
  programmeRecords,
  projectRecords,
  type DataQualityEntity,
  type ProjectKey,
  type SourceAgreement,
  type SourceEventEdition,
  type SourceMeeting,
  type SourceOrganisation,
  type SourceProject,
} from "./source-records";

/** Rows created by one run, by kind; all zero on a re-run. */
export interface SeedSummary {
  partnerRoles: number;
  organisations: number;
  people: number;
  events: number;
  eventEditions: number;
  meetings: number;
  meetingCounterparts: number;
  programmes: number;
  projects: number;
  projectObjectives: number;
  projectPhases: number;
  projectPartners: number;
  activities: number;
  agreements: number;
  agreementStatusChanges: number;
  dataQualityIssues: number;
  /** Sum of the above. */
  total: number;
}

type CountedKind = Exclude<keyof SeedSummary, "total">;

/** `audit_log.entity_type` of each kind of row (also used by `data_quality_issues.entity_type`). */
const entityTypes: Record<CountedKind, string> = {
  partnerRoles: "partner_role",
  organisations: "organisation",
  people: "person",
  events: "event",
  eventEditions: "event_edition",
  meetings: "meeting",
  meetingCounterparts: "meeting_counterpart",
  programmes: "programme",
  projects: "project",
  projectObjectives: "project_objective",
  projectPhases: "project_phase",
  projectPartners: "project_partner",
  activities: "activity",
  agreements: "agreement",
  agreementStatusChanges: "agreement_status_change",
  dataQualityIssues: "data_quality_issue",
};

/** A source value as a form holds it: "" for none. */
const formText = (value: string | number | null): string => (value === null ? "" : String(value));

/** Record-keeping values of every seeded business row. */
const seeded = { createdBy: null, updatedBy: null, validationStatus: "validated" } as const;

function emptySummary(): SeedSummary {
  return {
    partnerRoles: 0,
    organisations: 0,
    people: 0,
    events: 0,
    eventEditions: 0,
    meetings: 0,
    meetingCounterparts: 0,
    programmes: 0,
    projects: 0,
    projectObjectives: 0,
    projectPhases: 0,
    projectPartners: 0,
    activities: 0,
    agreements: 0,
    agreementStatusChanges: 0,
    dataQualityIssues: 0,
    total: 0,
  };
}

/**
 * Loads every record of the source page in one transaction.
 * Requires the migrations applied and `countries` seeded (db/seed/countries.ts): rows reference
 * country codes.
 * @param db the database (not a transaction: this function opens its own)
 * @returns the number of rows created, by kind (all 0 when everything was already there)
 * @throws Error when countries are missing, a source record references an unknown key or holds
 *   an invalid partial date; the transaction is rolled back and nothing is written
 */
export function seedSourceRecords(db: Db): SeedSummary {
  return db.transaction((tx) => new SourceLoader(tx).run());
}

class SourceLoader {
  private readonly summary = emptySummary();
  private readonly organisationIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  private readonly eventIds = new Map<string, number>();
  private readonly editionIds = new Map<string, number>();
  private readonly meetingIds = new Map<string, number>();
  private readonly programmeIds = new Map<string, number>();
  private readonly projectIds = new Map<string, number>();
  private readonly agreementIds = new Map<string, number>();

  constructor(private readonly tx: Tx) {}

  run(): SeedSummary {
    const countryCount = this.tx.select({ n: sql<number>`count(*)` }).from(countries).get()?.n ?? 0;
    if (countryCount === 0) {
      throw new Error("countries is empty: run seedCountries before seedSourceRecords");
    }
    this.seedPartnerRoles();
    for (const record of organisationRecords) this.organisation(record);
    for (const record of personRecords) this.person(record);
    for (const record of eventRecords) this.event(record);
    for (const record of eventEditionRecords) this.eventEdition(record);
    for (const record of meetingRecords) this.meeting(record);
    for (const record of programmeRecords) this.programme(record);
    for (const record of projectRecords) this.project(record);
    for (const record of agreementRecords) this.agreement(record);
    for (const record of dataQualityIssueRecords) this.dataQualityIssue(record);
    return this.summary;
  }

  // -- helpers ---------------------------------------------------------------------------------

  /** Counts a created row and writes its audit entry (the new values, as for any create). */
  private created(kind: CountedKind, entityId: number | null, changes: Record<string, unknown>): void {
    this.tx
      .insert(auditLog)
      .values({ userId: null, action: "seed", entityType: entityTypes[kind], entityId, changes })
      .run();
    this.summary[kind] += 1;
    this.summary.total += 1;
  }

  private id(map: Map<string, number>, kind: string, key: string): number {
    const id = map.get(key);
    if (id === undefined) throw new Error(`Source records: unknown ${kind} key "${key}"`);
    return id;
  }

  private optionalId(map: Map<string, number>, kind: string, key: string | null): number | null {
    return key === null ? null : this.id(map, kind, key);
  }

  /** Rejects a malformed partial date before it reaches the database. */
  private date(value: string | null, where: string): string | null {
    if (value !== null && !isPartialDate(value)) {
      throw new Error(`Source records: invalid partial date "${value}" in ${where}`);
    }
    return value;
  }

  // -- reference data --------------------------------------------------------------------------

  /** Upserts the partner-role code list (reference data: refreshed, counted when new). */
  private seedPartnerRoles(): void {
    for (const role of partnerRoleRecords) {
      const existing = this.tx
        .select({ code: partnerRoles.code })
        .from(partnerRoles)
        .where(eq(partnerRoles.code, role.code))
        .get();
      this.tx
        .insert(partnerRoles)
        .values(role)
        .onConflictDoUpdate({
          target: partnerRoles.code,
          set: { iatiCode: role.iatiCode, position: role.position },
        })
        .run();
      if (!existing) this.created("partnerRoles", null, { ...role });
    }
  }

  // -- organisations and people ----------------------------------------------------------------

  private organisation(record: SourceOrganisation): void {
    const found = this.tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        record.acronym !== null
          ? eq(organisations.acronym, record.acronym)
          : eq(organisations.nameAr, record.nameAr ?? ""),
      )
      .get();
    if (found) {
      this.organisationIds.set(record.key, found.id);
      return;
    }
    const values = organisationColumns({
      nameAr: formText(record.nameAr),
      nameFr: formText(record.nameFr),
      nameEn: formText(record.nameEn),
      acronym: formText(record.acronym),
      type: record.type,
      countryCode: formText(record.countryCode),
    });
    const row = this.tx
      .insert(organisations)
      .values({ ...values, ...seeded })
      .returning({ id: organisations.id })
      .get();
    refreshOrganisationSearchText(this.tx, row.id);
    this.organisationIds.set(record.key, row.id);
    this.created("organisations", row.id, values);
  }

  private person(record: (typeof personRecords)[number]): void {
    const found = this.tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.name, record.name))
      .get();
    if (found) {
      this.personIds.set(record.key, found.id);
      return;
    }
    const values = personColumns({
      name: record.name,
      nameTransliterated: formText(record.nameTransliterated),
      countryCode: record.countryCode,
      notes: formText(record.notes),
    });
    const row = this.tx
      .insert(people)
      .values({ ...values, ...seeded })
      .returning({ id: people.id })
      .get();
    refreshPersonSearchText(this.tx, row.id);
    this.personIds.set(record.key, row.id);
    this.created("people", row.id, values);
  }

  // -- events ----------------------------------------------------------------------------------

  private event(record: (typeof eventRecords)[number]): void {
    const found = this.tx
      .select({ id: events.id })
      .from(events)
      .where(eq(events.nameAr, record.nameAr))
      .get();
    if (found) {
      this.eventIds.set(record.key, found.id);
      return;
    }
    const values = eventColumns({
      nameAr: record.nameAr,
      nameFr: formText(record.nameFr),
      nameEn: formText(record.nameEn),
      acronym: formText(record.acronym),
      kind: record.kind,
    });
    const row = this.tx
      .insert(events)
      .values({ ...values, ...seeded })
      .returning({ id: events.id })
      .get();
    this.eventIds.set(record.key, row.id);
    this.created("events", row.id, values);
  }

  private eventEdition(record: SourceEventEdition): void {
    const eventId = this.id(this.eventIds, "event", record.event);
    const found = this.tx
      .select({ id: eventEditions.id })
      .from(eventEditions)
      .where(
        and(
          eq(eventEditions.eventId, eventId),
          record.number !== null
            ? eq(eventEditions.number, record.number)
            : eq(eventEditions.startsOn, record.startsOn),
        ),
      )
      .get();
    if (found) {
      this.editionIds.set(record.key, found.id);
      return;
    }
    const where = `event edition ${record.key}`;
    const values = {
      eventId,
      ...editionColumns({
        number: formText(record.number),
        startsOn: formText(this.date(record.startsOn, where)),
        endsOn: formText(this.date(record.endsOn, where)),
        city: formText(record.city),
        countryCode: formText(record.countryCode),
        venue: formText(record.venue),
        theme: formText(record.theme),
      }),
    };
    const row = this.tx
      .insert(eventEditions)
      .values({ ...values, ...seeded })
      .returning({ id: eventEditions.id })
      .get();
    this.editionIds.set(record.key, row.id);
    this.created("eventEditions", row.id, values);
  }

  // -- meetings --------------------------------------------------------------------------------

  private findMeeting(record: SourceMeeting): number | undefined {
    const first = record.counterparts[0];
    if (first) {
      const personId = this.id(this.personIds, "person", first.person);
      return this.tx
        .select({ id: meetings.id })
        .from(meetings)
        .innerJoin(meetingCounterparts, eq(meetingCounterparts.meetingId, meetings.id))
        .where(and(eq(meetings.startsOn, record.startsOn), eq(meetingCounterparts.personId, personId)))
        .get()?.id;
    }
    // A meeting without a named counterpart (the bilateral committee): date, kind and country.
    return this.tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(
        and(
          eq(meetings.startsOn, record.startsOn),
          eq(meetings.kind, record.kind),
          eq(meetings.countryCode, record.countryCode),
        ),
      )
      .get()?.id;
  }

  private meeting(record: SourceMeeting): void {
    const found = this.findMeeting(record);
    if (found !== undefined) {
      this.meetingIds.set(record.key, found);
      return;
    }
    const where = `meeting ${record.key}`;
    const values = meetingColumns({
      startsOn: this.date(record.startsOn, where) ?? record.startsOn,
      endsOn: formText(this.date(record.endsOn, where)),
      kind: record.kind,
      countryCode: record.countryCode,
      city: formText(record.city),
      venue: formText(record.venue),
      eventEditionId: formText(this.optionalId(this.editionIds, "event edition", record.eventEdition)),
      topics: formText(record.topics),
      outcome: formText(record.outcome),
    });
    const row = this.tx
      .insert(meetings)
      .values({ ...values, ...seeded })
      .returning({ id: meetings.id })
      .get();
    this.meetingIds.set(record.key, row.id);
    this.created("meetings", row.id, values);

    record.counterparts.forEach((counterpart, position) => {
      const counterpartValues = {
        meetingId: row.id,
        personId: this.id(this.personIds, "person", counterpart.person),
        titleAtMeeting: counterpart.titleAtMeeting,
        organisationId: this.optionalId(this.organisationIds, "organisation", counterpart.organisation),
        position,
      };
      const inserted = this.tx
        .insert(meetingCounterparts)
        .values(counterpartValues)
        .returning({ id: meetingCounterparts.id })
        .get();
      this.created("meetingCounterparts", inserted.id, counterpartValues);
    });
    // Counterparts are part of the meeting's search text, so refresh after writing them.
    refreshMeetingSearchText(this.tx, row.id);
  }

  // -- programmes and projects -----------------------------------------------------------------

  private programme(record: (typeof programmeRecords)[number]): void {
    const found = this.tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.nameAr, record.nameAr))
      .get();
    if (found) {
      this.programmeIds.set(record.key, found.id);
      return;
    }
    const where = `programme ${record.key}`;
    const values = programmeColumns({
      nameAr: record.nameAr,
      nameFr: formText(record.nameFr),
      nameEn: formText(record.nameEn),
      acronym: formText(record.acronym),
      countryCode: record.countryCode,
      fundingOrganisationId: formText(this.optionalId(this.organisationIds, "organisation", record.fundingOrganisation)),
      plannedStart: toPartialDateInput(this.date(record.plannedStart, where)),
      plannedEnd: toPartialDateInput(this.date(record.plannedEnd, where)),
    });
    const row = this.tx
      .insert(programmes)
      .values({ ...values, ...seeded })
      .returning({ id: programmes.id })
      .get();
    this.programmeIds.set(record.key, row.id);
    this.created("programmes", row.id, values);
  }

  private project(record: SourceProject): void {
    const found = this.tx
      .select({ id: projects.id })
      .from(projects)
      .where(
        record.acronym !== null
          ? eq(projects.acronym, record.acronym)
          : eq(projects.titleAr, record.titleAr),
      )
      .get();
    if (found) {
      this.projectIds.set(record.key, found.id);
      return;
    }
    const where = `project ${record.key}`;
    const values = {
      ...projectColumns({
        acronym: formText(record.acronym),
        titleAr: record.titleAr,
        titleFr: formText(record.titleFr),
        titleEn: formText(record.titleEn),
        partnerCountryCode: record.partnerCountryCode,
        programmeId: formText(this.optionalId(this.programmeIds, "programme", record.programme)),
        status: record.status,
        plannedStart: toPartialDateInput(this.date(record.plannedStart, where)),
        plannedEnd: toPartialDateInput(this.date(record.plannedEnd, where)),
        actualStart: toPartialDateInput(this.date(record.actualStart, where)),
        actualEnd: toPartialDateInput(null),
        budgetAmount: formText(record.budgetAmount),
        budgetCurrency: formText(record.budgetCurrency),
        budgetKind: "original",
        fundingSource: formText(record.fundingSource),
        notes: formText(record.notes),
      }),
      // The source says which project a project complements; the form has no such field.
      complementsProjectId: this.optionalId(this.projectIds, "project", record.complements),
    };
    const row = this.tx
      .insert(projects)
      .values({ ...values, ...seeded })
      .returning({ id: projects.id })
      .get();
    const projectId = row.id;
    this.projectIds.set(record.key, projectId);
    this.created("projects", projectId, values);

    record.objectives.forEach((text, index) => {
      const objective = { projectId, position: index + 1, text };
      const inserted = this.tx
        .insert(projectObjectives)
        .values(objective)
        .returning({ id: projectObjectives.id })
        .get();
      this.created("projectObjectives", inserted.id, objective);
    });

    record.phases.forEach((phase, index) => {
      const phaseValues = {
        projectId,
        ...phaseColumns({
          phase: phase.phase,
          plannedMonths: formText(phase.plannedMonths),
          plannedStart: toPartialDateInput(null),
          plannedEnd: toPartialDateInput(null),
        }),
        position: index + 1,
      };
      const inserted = this.tx
        .insert(projectPhaseRows)
        .values(phaseValues)
        .returning({ id: projectPhaseRows.id })
        .get();
      this.created("projectPhases", inserted.id, phaseValues);
    });

    for (const partner of record.partners) {
      const partnerValues = {
        projectId,
        organisationId: this.id(this.organisationIds, "organisation", partner.organisation),
        partnerRole: partner.role,
        roleDerived: partner.derived !== undefined,
        note: partner.note,
      };
      const inserted = this.tx
        .insert(projectPartners)
        .values(partnerValues)
        .returning({ id: projectPartners.id })
        .get();
      this.created("projectPartners", inserted.id, partnerValues);
      // A role read from context is listed in the data-quality report, pointing at the project.
      if (partner.derived) {
        this.dataQualityIssue({
          key: `derived-role-${record.key}-${partner.organisation}`,
          kind: "derived",
          entity: { type: "project", key: record.key as ProjectKey },
          sourceExcerpt: partner.derived.excerpt,
          noteAr: partner.derived.noteAr,
          noteFr: partner.derived.noteFr,
          noteEn: partner.derived.noteEn,
        });
      }
    }

    record.activities.forEach((activity, index) => {
      const activityWhere = `activity ${record.key}/${activity.key}`;
      const activityValues = {
        projectId,
        ...milestoneColumns({
          title: activity.title,
          kind: activity.kind,
          plannedOn: toPartialDateInput(this.date(activity.plannedOn, activityWhere), "day"),
          plannedEndOn: formText(this.date(activity.plannedEndOn, activityWhere)),
          actualOn: toPartialDateInput(null, "day"),
          city: formText(activity.city),
          countryCode: formText(activity.countryCode),
          status: activity.status,
          notes: formText(activity.notes),
          meetingId: "",
        }),
        position: index + 1,
      };
      const inserted = this.tx
        .insert(activities)
        .values({ ...activityValues, ...seeded })
        .returning({ id: activities.id })
        .get();
      this.created("activities", inserted.id, activityValues);
    });
  }

  // -- agreements ------------------------------------------------------------------------------

  private agreement(record: SourceAgreement): void {
    const found = this.tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(
        and(
          eq(agreements.counterpartCountryCode, record.counterpartCountryCode),
          eq(agreements.signedOn, record.signedOn),
          eq(agreements.type, record.type),
        ),
      )
      .get();
    if (found) {
      this.agreementIds.set(record.key, found.id);
      return;
    }
    const where = `agreement ${record.key}`;
    const country = this.tx
      .select({ code: countries.code })
      .from(countries)
      .where(eq(countries.code, record.counterpartCountryCode))
      .get();
    if (!country) throw new Error(`Source records: unknown country ${record.counterpartCountryCode} in ${where}`);
    const counterpartOrganisationId = this.optionalId(
      this.organisationIds,
      "organisation",
      record.counterpartOrganisation,
    );
    const values = {
      ...agreementColumns({
        type: record.type,
        titleAr: formText(record.titleAr),
        titleFr: formText(record.titleFr),
        titleEn: formText(record.titleEn),
        subjectAr: formText(record.subject),
        subjectFr: formText(record.subjectFr),
        subjectEn: formText(record.subjectEn),
        counterpartCountryCode: record.counterpartCountryCode,
        counterpartOrganisationId: formText(counterpartOrganisationId),
        unitInCharge: "",
        signedOn: formText(this.date(record.signedOn, where)),
        inForceOn: "",
        expiresOn: "",
        placeOfSignature: formText(record.placeOfSignature),
      }),
      signingStatus: record.signingStatus,
    };
    const row = this.tx
      .insert(agreements)
      .values({ ...values, ...seeded })
      .returning({ id: agreements.id })
      .get();
    // Same search text as every later save of the agreement (names, type, counterpart).
    refreshAgreementSearchText(this.tx, row.id);
    this.agreementIds.set(record.key, row.id);
    this.created("agreements", row.id, values);

    for (const change of record.statusChanges) {
      const changeValues = {
        agreementId: row.id,
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
        occurredOn: this.date(change.occurredOn, where),
        note: change.note,
        recordedBy: null,
      };
      const inserted = this.tx
        .insert(agreementStatusChanges)
        .values(changeValues)
        .returning({ id: agreementStatusChanges.id })
        .get();
      this.created("agreementStatusChanges", inserted.id, changeValues);
    }
  }

  // -- data quality ----------------------------------------------------------------------------

  private resolveEntity(entity: DataQualityEntity): { entityType: string; entityId: number } {
    switch (entity.type) {
      case "project":
        return { entityType: "project", entityId: this.id(this.projectIds, "project", entity.key) };
      case "meeting":
        return { entityType: "meeting", entityId: this.id(this.meetingIds, "meeting", entity.key) };
      case "person":
        return { entityType: "person", entityId: this.id(this.personIds, "person", entity.key) };
      case "organisation":
        return {
          entityType: "organisation",
          entityId: this.id(this.organisationIds, "organisation", entity.key),
        };
      case "agreement":
        return { entityType: "agreement", entityId: this.id(this.agreementIds, "agreement", entity.key) };
      case "event_edition":
        return {
          entityType: "event_edition",
          entityId: this.id(this.editionIds, "event edition", entity.key),
        };
      case "programme":
        return { entityType: "programme", entityId: this.id(this.programmeIds, "programme", entity.key) };
      case "activity": {
        // Activities are found by project and title: they have no key of their own in the table.
        const project = projectRecords.find((p) => p.key === entity.project);
        const activity = project?.activities.find((a) => a.key === entity.key);
        if (!activity) throw new Error(`Source records: unknown activity ${entity.project}/${entity.key}`);
        const projectId = this.id(this.projectIds, "project", entity.project);
        const row = this.tx
          .select({ id: activities.id })
          .from(activities)
          .where(and(eq(activities.projectId, projectId), eq(activities.title, activity.title)))
          .get();
        if (!row) throw new Error(`Activity ${entity.project}/${entity.key} is not in the database`);
        return { entityType: "activity", entityId: row.id };
      }
    }
  }

  private dataQualityIssue(record: (typeof dataQualityIssueRecords)[number]): void {
    const found = this.tx
      .select({ id: dataQualityIssues.id })
      .from(dataQualityIssues)
      .where(eq(dataQualityIssues.key, record.key))
      .get();
    if (found) return;
    const target = record.entity ? this.resolveEntity(record.entity) : null;
    const values = {
      key: record.key,
      kind: record.kind,
      entityType: target?.entityType ?? null,
      entityId: target?.entityId ?? null,
      sourceExcerpt: record.sourceExcerpt,
      noteAr: record.noteAr,
      noteFr: record.noteFr,
      noteEn: record.noteEn,
    };
    const row = this.tx
      .insert(dataQualityIssues)
      .values(values)
      .returning({ id: dataQualityIssues.id })
      .get();
    this.created("dataQualityIssues", row.id, values);
  }
}

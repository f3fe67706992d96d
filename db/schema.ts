/**
 * The Taawun data model: the whole domain of DOMAIN.md, in one drizzle schema over SQLite.
 * (Over 350 lines on purpose: drizzle-kit diffs one schema module; its tables reference each other.)
 *
 * Conventions
 * - Ids are integer primary keys; countries use their ISO 3166-1 alpha-2 code.
 * - Dates that come from sources keep their precision as partial ISO 8601 strings:
 *   `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see lib/dates/partial-date.ts). They are never turned into
 *   instants, so no time zone can shift them. Lexical order of these strings is chronological order.
 * - Timestamps of record keeping (created, updated, archived) are ISO 8601 instants in UTC.
 * - Business tables carry `version` (optimistic locking: every write checks and bumps it),
 *   created/updated by and at, `archived_at`, and a validation state used by supervisors.
 */
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

// Code lists: db/enums.ts (free of drizzle, so client components may import them).
import {
  userRoles,
  locales,
  validationStatuses,
  organisationTypes,
  meetingKinds,
  followUpStatuses,
  followUpOwnerKinds,
  notificationKinds,
  eventKinds,
  projectStatuses,
  projectPhases,
  budgetKinds,
  activityKinds,
  activityStatuses,
  milestoneReviewDecisions,
  agreementTypes,
  signingStatuses,
  regions,
} from "./enums";

export * from "./enums";

// ---------------------------------------------------------------------------------------------
// Column groups
// ---------------------------------------------------------------------------------------------

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Record-keeping columns shared by every business table. */
function recordKeeping() {
  return {
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull().default(now),
    createdBy: integer("created_by").references((): AnySQLiteColumn => users.id),
    updatedAt: text("updated_at").notNull().default(now),
    updatedBy: integer("updated_by").references((): AnySQLiteColumn => users.id),
    archivedAt: text("archived_at"),
    validationStatus: text("validation_status", { enum: validationStatuses })
      .notNull()
      .default("new"),
    validationComment: text("validation_comment"),
  };
}

/**
 * The validation queue's partial indexes (lib/record-validation/queries.ts): a table's live rows
 * waiting for validation (new or edited) and those sent back, by last change. `live` is the
 * table's own live-row condition, written exactly as the queries write it (SQLite uses a partial
 * index only when the query's WHERE repeats the index's terms, with literals, not parameters).
 */
function validationIndexes(table: string, t: { updatedAt: AnySQLiteColumn; id: AnySQLiteColumn }, live: string) {
  return [
    index(`${table}_awaiting_idx`).on(t.updatedAt, t.id).where(sql.raw(`${live} and validation_status in ('new', 'edited')`)),
    index(`${table}_sent_back_idx`).on(t.updatedAt, t.id).where(sql.raw(`${live} and validation_status = 'sent_back'`)),
  ];
}

/**
 * The supervisor's "publishable" mark (lib/record-validation/publishing.ts): the record may appear
 * in what the department publishes (lib/publications), once it is also validated.
 */
function publishableMark() {
  return { publishable: integer("publishable", { mode: "boolean" }).notNull().default(false) };
}

// ---------------------------------------------------------------------------------------------
// People and accounts
// ---------------------------------------------------------------------------------------------

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: userRoles }).notNull(),
  locale: text("locale", { enum: locales }).notNull().default("ar"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  /** Sessions signed in before this instant (ISO 8601 UTC) no longer count: set by a password reset. */
  sessionsValidFrom: text("sessions_valid_from"),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
  version: integer("version").notNull().default(1),
});

export const countries = sqliteTable("countries", {
  /** ISO 3166-1 alpha-2 */
  code: text("code").primaryKey(),
  nameAr: text("name_ar").notNull(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  region: text("region", { enum: regions }),
});

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    nameAr: text("name_ar"),
    nameFr: text("name_fr"),
    nameEn: text("name_en"),
    acronym: text("acronym"),
    type: text("type", { enum: organisationTypes }).notNull().default("other"),
    countryCode: text("country_code").references(() => countries.code),
    /** Normalised text of names and acronym, for search (lib/text/normalize-arabic.ts). */
    searchText: text("search_text").notNull().default(""),
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => organisations.id),
    ...recordKeeping(),
  },
  (t) => [
    index("organisations_country_idx").on(t.countryCode),
    // Live rows only (issue #9): lists and pickers never read archived or merged rows.
    index("organisations_live_idx").on(t.id).where(sql`archived_at is null and merged_into_id is null`),
    ...validationIndexes("organisations", t, "archived_at is null and merged_into_id is null"),
  ],
);

export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The name in its original script, as the source writes it. */
    name: text("name").notNull(),
    /** Optional transliteration (Latin script for Arabic names, Arabic script for Latin ones). */
    nameTransliterated: text("name_transliterated"),
    countryCode: text("country_code").references(() => countries.code),
    notes: text("notes"),
    searchText: text("search_text").notNull().default(""),
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => people.id),
    ...recordKeeping(),
  },
  (t) => [
    index("people_country_idx").on(t.countryCode),
    index("people_live_name_idx").on(t.name, t.id).where(sql`archived_at is null and merged_into_id is null`),
    ...validationIndexes("people", t, "archived_at is null and merged_into_id is null"),
  ],
);

/** A title a person held, for a period (an ambassador who becomes a minister has two rows). */
export const positions = sqliteTable(
  "positions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    title: text("title").notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    countryCode: text("country_code").references(() => countries.code),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    ...recordKeeping(),
  },
  (t) => [index("positions_person_idx").on(t.personId), index("positions_organisation_idx").on(t.organisationId)],
);

// ---------------------------------------------------------------------------------------------
// Events and meetings
// ---------------------------------------------------------------------------------------------

export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  nameAr: text("name_ar"),
  nameFr: text("name_fr"),
  nameEn: text("name_en"),
  acronym: text("acronym"),
  kind: text("kind", { enum: eventKinds }).notNull().default("forum"),
  ...recordKeeping(),
});

export const eventEditions = sqliteTable(
  "event_editions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    /** 1 for the first edition; null when the source does not number it. */
    number: integer("number"),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    city: text("city"),
    countryCode: text("country_code").references(() => countries.code),
    venue: text("venue"),
    theme: text("theme"),
    ...publishableMark(),
    ...recordKeeping(),
  },
  (t) => [index("event_editions_event_idx").on(t.eventId)],
);

export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
    startsOn: text("starts_on").notNull(),
    /** End of a date range, same precision as startsOn; null for a single date. */
    endsOn: text("ends_on"),
    kind: text("kind", { enum: meetingKinds }).notNull(),
    /** The counterpart's country. */
    countryCode: text("country_code").references(() => countries.code),
    city: text("city"),
    venue: text("venue"),
    eventEditionId: integer("event_edition_id").references(() => eventEditions.id),
    topics: text("topics"),
    outcome: text("outcome"),
    /** Normalised counterparts, titles, topics and outcome, rewritten on every save. */
    searchText: text("search_text").notNull().default(""),
    ...publishableMark(),
    ...recordKeeping(),
  },
  (t) => [
    index("meetings_starts_on_idx").on(t.startsOn),
    // By country: meetings_live_country_starts_on_idx (a plain country index made the planner
    // read every meeting row to test archived_at: 20 ms a count at 100,000 meetings).
    index("meetings_event_edition_idx").on(t.eventEditionId),
    // Newest-first lists and date ranges over live meetings; country profile and filter options;
    // the unfiltered list's total names it (lib/meetings/queries.ts, `indexed by`).
    index("meetings_live_starts_on_idx").on(t.startsOn, t.id).where(sql`archived_at is null`),
    index("meetings_live_country_starts_on_idx").on(t.countryCode, t.startsOn, t.id).where(sql`archived_at is null`),
    // Date ranges that began before the range's year (the other branch of the overlap test).
    index("meetings_ends_on_idx").on(t.endsOn).where(sql`ends_on is not null`),
    ...validationIndexes("meetings", t, "archived_at is null"),
    // The meetings a user recorded (their follow-ups owned outside the department are theirs to track).
    index("meetings_created_by_idx").on(t.createdBy).where(sql`archived_at is null`),
  ],
);

/** A foreign counterpart at a meeting, with the title they held at that meeting. */
export const meetingCounterparts = sqliteTable(
  "meeting_counterparts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    titleAtMeeting: text("title_at_meeting"),
    organisationId: integer("organisation_id").references(() => organisations.id),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("meeting_counterparts_meeting_idx").on(t.meetingId),
    index("meeting_counterparts_person_idx").on(t.personId),
    // One person is listed once per meeting.
    uniqueIndex("meeting_counterparts_person_once").on(t.meetingId, t.personId),
    index("meeting_counterparts_organisation_idx").on(t.organisationId),
  ],
);

export const followUpActions = sqliteTable(
  "follow_up_actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    ownerKind: text("owner_kind", { enum: followUpOwnerKinds }),
    /** The named owner outside the directory (kind "named"); older records' free-text owner. */
    owner: text("owner"),
    ownerUserId: integer("owner_user_id").references(() => users.id),
    ownerPersonId: integer("owner_person_id").references(() => people.id),
    ownerOrganisationId: integer("owner_organisation_id").references(() => organisations.id),
    /** Partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): overdue once its last day has passed. */
    dueOn: text("due_on"),
    status: text("status", { enum: followUpStatuses }).notNull().default("open"),
    closedBy: integer("closed_by").references(() => users.id),
    closedAt: text("closed_at"),
    /** The project or agreement this follow-up concerns, if any. */
    projectId: integer("project_id").references(() => projects.id),
    agreementId: integer("agreement_id").references(() => agreements.id),
    position: integer("position").notNull().default(0),
    version: integer("version").notNull().default(1),
    updatedAt: text("updated_at"),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [
    index("follow_up_actions_meeting_idx").on(t.meetingId),
    index("follow_up_actions_status_due_idx").on(t.status, t.dueOn),
    // The dashboard's open follow-ups, soonest due first.
    index("follow_up_actions_open_due_idx").on(t.dueOn, t.id).where(sql`status = 'open'`),
    index("follow_up_actions_owner_user_idx").on(t.ownerUserId, t.status),
    index("follow_up_actions_owner_person_idx").on(t.ownerPersonId),
    index("follow_up_actions_owner_organisation_idx").on(t.ownerOrganisationId),
  ],
);

/**
 * In-app notices. The text is not stored: `kind` + `params` are rendered with the recipient's
 * messages when read (and in the recipient's language when mailed). `dedupeKey` makes a notice
 * that a job may raise again (due soon, overdue) exist once per recipient.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    params: text("params", { mode: "json" }).$type<Record<string, string | number | null>>().notNull(),
    /** The app path of the record the notice is about (`/meetings/12`). */
    href: text("href").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt: text("created_at").notNull(),
    readAt: text("read_at"),
    /** When the notice went out by e-mail (urgent mail or a digest); null until then. */
    emailedAt: text("emailed_at"),
  },
  (t) => [
    index("notifications_user_unread_idx").on(t.userId, t.readAt),
    uniqueIndex("notifications_dedupe_idx").on(t.userId, t.dedupeKey),
  ],
);

/** Which notice kinds a user gets by e-mail (no row: the default, by e-mail). */
export const notificationEmailPreferences = sqliteTable(
  "notification_email_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    email: integer("email", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Every e-mail the notify job sent (`key` is unique: a digest per user and day, an urgent notice once). */
export const notificationDeliveries = sqliteTable("notification_deliveries", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  key: text("key").notNull().unique(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  sentAt: text("sent_at").notNull(),
  messageId: text("message_id"),
});

// ---------------------------------------------------------------------------------------------
// Programmes, projects, partners, milestones
// ---------------------------------------------------------------------------------------------

export const programmes = sqliteTable("programmes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  nameAr: text("name_ar"),
  nameFr: text("name_fr"),
  nameEn: text("name_en"),
  acronym: text("acronym"),
  countryCode: text("country_code").references(() => countries.code),
  fundingOrganisationId: integer("funding_organisation_id").references(() => organisations.id),
  plannedStart: text("planned_start"),
  plannedEnd: text("planned_end"),
  ...recordKeeping(),
});

export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    acronym: text("acronym"),
    titleAr: text("title_ar"),
    titleFr: text("title_fr"),
    titleEn: text("title_en"),
    partnerCountryCode: text("partner_country_code").references(() => countries.code),
    programmeId: integer("programme_id").references(() => programmes.id),
    status: text("status", { enum: projectStatuses }).notNull().default("implementation"),
    plannedStart: text("planned_start"),
    plannedEnd: text("planned_end"),
    actualStart: text("actual_start"),
    actualEnd: text("actual_end"),
    /**
     * Amount in HUNDREDTHS of the currency's major unit (cents, centimes: 4 600 000 € is
     * 460000000), exact; read and write it with lib/money (migration 0003 moved it off a float).
     */
    budgetHundredths: integer("budget_hundredths"),
    /** ISO 4217 alphabetic code. */
    budgetCurrency: text("budget_currency"),
    budgetKind: text("budget_kind", { enum: budgetKinds }),
    /** Free text naming the funding instrument (e.g. EU Emergency Trust Fund for Africa). */
    fundingSource: text("funding_source"),
    /** For a project that complements another (RECOSA complements Recoming). */
    complementsProjectId: integer("complements_project_id").references(
      (): AnySQLiteColumn => projects.id,
    ),
    notes: text("notes"),
    searchText: text("search_text").notNull().default(""),
    ...publishableMark(),
    ...recordKeeping(),
  },
  (t) => [
    index("projects_country_idx").on(t.partnerCountryCode),
    index("projects_programme_idx").on(t.programmeId),
    index("projects_live_country_idx").on(t.partnerCountryCode, t.id).where(sql`archived_at is null`),
    // The list's order (lib/projects/queries.ts fetchProjectsPage): a deep page walks this index, no sort.
    // drizzle-kit splits an expression at its commas: migration 0016 writes this one by hand.
    index("projects_live_order_idx").on(t.partnerCountryCode, sql`coalesce(planned_start, actual_start)`, t.id).where(sql`archived_at is null`),
    ...validationIndexes("projects", t, "archived_at is null"),
  ],
);

export const projectObjectives = sqliteTable(
  "project_objectives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** Objective text in the language the source gives (Arabic for the seed). */
    text: text("text").notNull(),
  },
  (t) => [index("project_objectives_project_idx").on(t.projectId)],
);

export const projectPhaseRows = sqliteTable(
  "project_phases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    phase: text("phase", { enum: projectPhases }).notNull(),
    /** Planned length in months, when the source gives a length rather than dates. */
    plannedMonths: integer("planned_months"),
    plannedStart: text("planned_start"),
    plannedEnd: text("planned_end"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("project_phases_project_idx").on(t.projectId)],
);

/**
 * Partner roles, reference data. `iatiCode` is the IATI OrganisationRole code
 * (1 Funding, 2 Accountable, 3 Extending, 4 Implementing), null for the department's own roles.
 * Source: IATI Standard code list OrganisationRole, https://iatistandard.org/en/iati-standard/203/codelists/organisationrole/
 */
export const partnerRoles = sqliteTable("partner_roles", {
  code: text("code").primaryKey(),
  iatiCode: integer("iati_code"),
  position: integer("position").notNull(),
});

export const projectPartners = sqliteTable(
  "project_partners",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    partnerRole: text("partner_role")
      .notNull()
      .references(() => partnerRoles.code),
    /**
     * True when the role was read from context rather than stated for this partner (a programme's
     * sentence, a funder named for the programme): shown as "derived" and listed in the
     * data-quality report.
     */
    roleDerived: integer("role_derived", { mode: "boolean" }).notNull().default(false),
    note: text("note"),
  },
  (t) => [
    uniqueIndex("project_partners_unique").on(t.projectId, t.organisationId, t.partnerRole),
    index("project_partners_org_idx").on(t.organisationId),
    index("project_partners_role_org_idx").on(t.partnerRole, t.organisationId),
  ],
);

/** Progress activities and milestones of a project. */
export const activities = sqliteTable(
  "activities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id),
    title: text("title").notNull(),
    kind: text("kind", { enum: activityKinds }).notNull().default("other"),
    /** Partial ISO date; null when the source states the activity without a date. */
    plannedOn: text("planned_on"),
    plannedEndOn: text("planned_end_on"),
    actualOn: text("actual_on"),
    city: text("city"),
    countryCode: text("country_code").references(() => countries.code),
    status: text("status", { enum: activityStatuses }).notNull().default("planned"),
    notes: text("notes"),
    /** The meeting that was this steering-committee session, if recorded. */
    meetingId: integer("meeting_id").references(() => meetings.id),
    position: integer("position").notNull().default(0),
    ...recordKeeping(),
  },
  (t) => [
    index("activities_project_idx").on(t.projectId),
    index("activities_planned_on_idx").on(t.plannedOn),
    // Open milestones by planned date (late, due soon): the condition of lib/projects/progress.ts.
    index("activities_open_planned_on_idx")
      .on(t.plannedOn, t.id)
      .where(sql`status not in ('done', 'cancelled') and archived_at is null`),
    ...validationIndexes("activities", t, "archived_at is null"),
  ],
);

export const milestoneReviews = sqliteTable(
  "milestone_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
    reviewerId: integer("reviewer_id")
      .notNull()
      .references(() => users.id),
    decision: text("decision", { enum: milestoneReviewDecisions }).notNull(),
    comment: text("comment"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("milestone_reviews_activity_idx").on(t.activityId)],
);

export const steeringCommitteeMemberships = sqliteTable(
  "steering_committee_memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.projectId] })],
);

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

export const agreements = sqliteTable(
  "agreements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type", { enum: agreementTypes }).notNull(),
    titleAr: text("title_ar"),
    titleFr: text("title_fr"),
    titleEn: text("title_en"),
    /** Subject in Arabic (or in the language the source gives it). */
    subject: text("subject"),
    subjectFr: text("subject_fr"),
    subjectEn: text("subject_en"),
    counterpartCountryCode: text("counterpart_country_code").references(() => countries.code),
    counterpartOrganisationId: integer("counterpart_organisation_id").references(
      () => organisations.id,
    ),
    unitInCharge: text("unit_in_charge"),
    signingStatus: text("signing_status", { enum: signingStatuses }).notNull().default("draft"),
    signedOn: text("signed_on"),
    inForceOn: text("in_force_on"),
    expiresOn: text("expires_on"),
    placeOfSignature: text("place_of_signature"),
    projectId: integer("project_id").references(() => projects.id),
    searchText: text("search_text").notNull().default(""),
    ...publishableMark(),
    ...recordKeeping(),
  },
  (t) => [
    index("agreements_country_idx").on(t.counterpartCountryCode),
    index("agreements_status_idx").on(t.signingStatus),
    index("agreements_live_country_idx").on(t.counterpartCountryCode, t.id).where(sql`archived_at is null`),
    index("agreements_live_signed_on_idx").on(t.signedOn, t.id).where(sql`archived_at is null`),
    // The list's order (lib/agreements/queries.ts fetchAgreements): unsigned last, newest signed first.
    index("agreements_live_order_idx").on(sql`(signed_on is null)`, sql`signed_on desc`, sql`id desc`).where(sql`archived_at is null`),
    ...validationIndexes("agreements", t, "archived_at is null"),
  ],
);

export const agreementStatusChanges = sqliteTable(
  "agreement_status_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: signingStatuses }),
    toStatus: text("to_status", { enum: signingStatuses }).notNull(),
    /** Partial ISO date on which the step happened. */
    occurredOn: text("occurred_on"),
    note: text("note"),
    recordedBy: integer("recorded_by").references(() => users.id),
    recordedAt: text("recorded_at").notNull().default(now),
  },
  (t) => [index("agreement_status_changes_agreement_idx").on(t.agreementId)],
);

// ---------------------------------------------------------------------------------------------
// Attachments
// ---------------------------------------------------------------------------------------------

/** The records a file may be attached to (lib/attachments). */
export const attachmentEntityTypes = ["meeting", "agreement", "project", "milestone"] as const;

/**
 * A file attached to a record: the bytes live once under the attachments folder, named by their
 * SHA-256 (lib/attachments/storage.ts); this row says what they are and where they belong.
 * Archiving hides the file (the bytes stay, a supervisor may restore it).
 */
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityType: text("entity_type", { enum: attachmentEntityTypes }).notNull(),
    entityId: integer("entity_id").notNull(),
    /** The file's name as the uploader's computer gave it (shown, and sent back on download). */
    originalName: text("original_name").notNull(),
    /** The media type detected from the content (magic bytes), never the one the browser claims. */
    mediaType: text("media_type").notNull(),
    /** Size in bytes. */
    sizeBytes: integer("size_bytes").notNull(),
    /** Lower-case hex SHA-256 of the content: the stored file's name. */
    sha256: text("sha256").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    uploadedAt: text("uploaded_at").notNull().default(now),
    archivedAt: text("archived_at"),
    archivedBy: integer("archived_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("attachments_entity_idx").on(t.entityType, t.entityId), index("attachments_sha256_idx").on(t.sha256)],
);

// ---------------------------------------------------------------------------------------------
// Calendar feeds
// ---------------------------------------------------------------------------------------------

/**
 * A user's secret iCalendar feed URL (lib/calendar-feed). The token is the capability: whoever
 * holds the URL reads the feed, so it is random (32 bytes), shown only to its owner, and revoking
 * it (revokedAt) makes the URL answer 404 for good; a new one can then be created.
 */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    token: text("token").notNull().unique(),
    createdAt: text("created_at").notNull().default(now),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("calendar_feeds_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Audit and data quality
// ---------------------------------------------------------------------------------------------

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    userId: integer("user_id").references(() => users.id),
    /** create | update | archive | restore | merge | transition | validate | review | seed ... */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    /** JSON: { field: [before, after] } for updates, the new values for creates. */
    changes: text("changes", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [
    // A record's History card: its newest entries in order (lib/audit/history.ts), no sort.
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at, t.id),
    // A user's own writes (the staff home's recent entries, "sent back to me").
    index("audit_log_user_idx").on(t.userId, t.entityType, t.entityId, t.at),
  ],
);

/**
 * One committed import of a workbook (lib/imports): the file's name and SHA-256, what it created
 * and updated. The audit entry of the import names this row; a preview of a file whose hash is
 * here says when it was imported already.
 */
export const importBatches = sqliteTable(
  "import_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** meetings | people | organisations */
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    /** SHA-256 of the uploaded bytes, hex. */
    fileHash: text("file_hash").notNull(),
    rowCount: integer("row_count").notNull(),
    createdCount: integer("created_count").notNull(),
    updatedCount: integer("updated_count").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("import_batches_file_hash_idx").on(t.fileHash)],
);

/**
 * Create forms carry a key generated in the browser; the first create with a key records what it
 * made, so a double submit or a retried request returns that record instead of a second one.
 */
export const idempotencyKeys = sqliteTable("idempotency_keys", {
  key: text("key").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  entityType: text("entity_type").notNull(),
  entityId: integer("entity_id").notNull(),
  createdAt: text("created_at").notNull().default(now),
});

/**
 * Sign-in throttling counters (lib/auth/login-throttle.ts), in the layout rate-limiter-flexible's
 * SQLite store uses: `points` consumed under `key` until `expire` (ms since the epoch).
 */
export const loginLimits = sqliteTable("login_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: integer("expire"),
});

/** What the seed loader could not represent faithfully, shown to supervisors. */
export const dataQualityIssues = sqliteTable("data_quality_issues", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Stable key so that reseeding adds nothing. */
  key: text("key").notNull().unique(),
  /** repeated | figure_without_records | ambiguous | missing_date | inconsistent */
  kind: text("kind").notNull(),
  entityType: text("entity_type"),
  entityId: integer("entity_id"),
  /** The source's own words (Arabic). */
  sourceExcerpt: text("source_excerpt").notNull(),
  noteAr: text("note_ar").notNull(),
  noteFr: text("note_fr").notNull(),
  noteEn: text("note_en").notNull(),
  /** ISO instant a supervisor marked the point resolved; null while it is open. */
  resolvedAt: text("resolved_at"),
  resolvedBy: integer("resolved_by").references(() => users.id),
  /** The supervisor's note on how the point was resolved (required to resolve). */
  resolutionNote: text("resolution_note"),
  version: integer("version").notNull().default(1),
});

// ---------------------------------------------------------------------------------------------
// Row types
// ---------------------------------------------------------------------------------------------

export type User = typeof users.$inferSelect;
export type Country = typeof countries.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type MeetingCounterpart = typeof meetingCounterparts.$inferSelect;
export type FollowUpAction = typeof followUpActions.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type Activity = typeof activities.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type AttachmentEntityType = (typeof attachmentEntityTypes)[number];

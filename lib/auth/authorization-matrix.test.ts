/**
 * The authorization matrix, proved at the server: one row per role and action, each calling the
 * real server action or read function (never a page) with that role's session, against a real
 * seeded SQLite file, and asserting that the action is allowed or refused.
 *
 * - An action counts as allowed when it returns `{ ok: true }` (a read: rows, or a record).
 * - It counts as refused when it returns error "forbidden" or "notFound" (a read: throws
 *   ForbiddenError or returns null, as an out-of-scope record does).
 * - Anything else (invalid input, conflict) fails the test: every row's input is valid, so the
 *   answer can only be the permission's.
 *
 * Every write acts on a record of its own, created just before, so that rows are independent.
 * The expected answers are written out by hand here, not derived from lib/auth/permissions.ts:
 * the test checks the table, it does not restate it.
 *
 * The list of actions is derived: "every server action's gate" imports every `lib/<room>/actions.ts`
 * and calls each exported async function as each role, so that a new action without a row in
 * `gates` fails the test.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { activities, agreements, attachments, meetingCounterparts, meetings, organisations, people, projects, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.current }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The pickers' reads ask the request's language; outside a request it is Arabic.
vi.mock("next-intl/server", () => ({ getLocale: async () => "ar", getTranslations: async () => (key: string) => key }));

const meetingActions = await import("@/lib/meetings/actions");
const meetingQueries = await import("@/lib/meetings/queries");
const { emptyMeetingForm } = await import("@/lib/meetings/schema");
const { meetingToFormValues } = await import("@/lib/meetings/form-values");
const projectActions = await import("@/lib/projects/actions");
const projectQueries = await import("@/lib/projects/queries");
const { emptyProjectForm } = await import("@/lib/projects/schema");
const { projectToFormValues } = await import("@/lib/projects/form-values");
const milestoneActions = await import("@/lib/milestones/actions");
const milestoneQueries = await import("@/lib/milestones/queries");
const { emptyMilestoneForm } = await import("@/lib/milestones/form-defaults");
const { milestoneToFormValues } = await import("@/lib/milestones/form-values");
const agreementActions = await import("@/lib/agreements/actions");
const agreementQueries = await import("@/lib/agreements/queries");
const { emptyAgreementForm } = await import("@/lib/agreements/schema");
const { agreementToFormValues } = await import("@/lib/agreements/form-values");
const organisationActions = await import("@/lib/organisations/actions");
const organisationQueries = await import("@/lib/organisations/queries");
const { emptyOrganisationForm } = await import("@/lib/organisations/schema");
const { organisationToFormValues } = await import("@/lib/organisations/form-values");
const peopleActions = await import("@/lib/people/actions");
const peopleQueries = await import("@/lib/people/queries");
const { emptyPersonForm } = await import("@/lib/people/schema");
const { personToFormValues } = await import("@/lib/people/form-values");
const { decideValidation } = await import("@/lib/record-validation/actions");
const { fetchValidationQueue } = await import("@/lib/record-validation/queries");
const { approveMilestones, reviewMilestone } = await import("@/lib/reviews/actions");
const attachmentActions = await import("@/lib/attachments/actions");
const { fetchAttachmentDownload } = await import("@/lib/attachments/queries");
const { uploadAttachment } = await import("@/lib/attachments/upload");
const { fetchMilestoneReviews, fetchProjectForReview } = await import("@/lib/reviews/queries");
const userActions = await import("@/lib/users/actions");
const { fetchUsers } = await import("@/lib/users/queries");
const { fetchSupervisorDashboard } = await import("@/lib/dashboard/queries");

type Role = "admin" | "supervisor" | "staff" | "committee";
type Outcome = "allowed" | "refused";

const today = "2026-11-29";
let database: ReturnType<typeof openSeededDatabase>;
let as: Record<Role, SessionUser>;
let recoming: number;
let recosa: number;

beforeAll(() => {
  database = openSeededDatabase("matrix");
  const { accounts } = database;
  as = { admin: accounts.admin, supervisor: accounts.supervisor, staff: accounts.staff, committee: accounts.committee };
  ({ recoming, recosa } = database.projectIds);
});
afterAll(() => database.cleanup());

/** Runs `fn` as `role` and reduces its answer to allowed / refused (anything else throws). */
async function outcome(role: Role, fn: () => unknown): Promise<Outcome> {
  session.current = as[role];
  let result: unknown;
  try {
    result = await fn();
  } catch (error) {
    if (error instanceof ForbiddenError) return "refused";
    throw error;
  }
  if (result === null || result === undefined) return "refused";
  if (typeof result === "object" && result !== null && "ok" in result) {
    const answer = result as { ok: boolean; error?: string; message?: string; fieldErrors?: unknown };
    if (answer.ok) return "allowed";
    if (answer.error === "forbidden" || answer.error === "notFound") return "refused";
    throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
  }
  return "allowed";
}

// -- fresh records (written beneath the app, as the seed would: validated, version 1) -------------

let serial = 0;
const unique = (label: string) => `${label} ${(serial += 1)}`;
const db = () => database.db;
const fresh = {
  meeting: () => {
    const id = db().insert(meetings).values({ startsOn: "2026-11-02", kind: "working_meeting", countryCode: "ES", topics: unique("matrix"), validationStatus: "new" }).returning().get().id;
    db().insert(meetingCounterparts).values({ meetingId: id, personId: 1, position: 0 }).run();
    return id;
  },
  project: () => db().insert(projects).values({ titleFr: unique("Projet matrice"), status: "pipeline", validationStatus: "new" }).returning().get().id,
  milestone: (projectId = recoming) =>
    db().insert(activities).values({ projectId, title: unique("Étape matrice"), status: "done", validationStatus: "new" }).returning().get().id,
  agreement: () =>
    db().insert(agreements).values({ type: "convention", titleFr: unique("Accord matrice"), counterpartCountryCode: "ES", signingStatus: "draft", validationStatus: "new" }).returning().get().id,
  organisation: () => db().insert(organisations).values({ nameFr: unique("Organisation matrice"), type: "other", validationStatus: "new" }).returning().get().id,
  person: () => db().insert(people).values({ name: unique("Personne matrice"), validationStatus: "new" }).returning().get().id,
  user: () =>
    db().insert(users).values({ email: `${unique("account").replace(" ", "-")}@matrix.test`, name: "Matrix account", role: "staff", passwordHash: "x" }).returning().get().id,
};
const supervisor = () => as.supervisor;
/** A tiny PDF upload (the content check looks at its first bytes). */
const pdfFile = () => new File([`%PDF-1.4\n% ${unique("matrix")}\n%%EOF\n`], "matrix.pdf");
/** An attachment row on a record, written beneath the app (its bytes are not needed to read its metadata). */
const freshAttachment = (entityType: "meeting" | "agreement" | "project" | "milestone", entityId: number, archivedAt: string | null = null) =>
  db()
    .insert(attachments)
    .values({ entityType, entityId, originalName: "matrix.pdf", mediaType: "application/pdf", sizeBytes: 10, sha256: "a".repeat(64), archivedAt })
    .returning()
    .get().id;

// -- the actions, per record type ---------------------------------------------------------------

type RecordType = "meeting" | "project" | "milestone" | "agreement" | "organisation" | "person";

const recordActions: Record<RecordType, Record<"read" | "create" | "edit" | "archive", ((user: () => SessionUser) => unknown) | null>> = {
  meeting: {
    read: (user) => meetingQueries.fetchMeeting(user(), fresh.meeting()),
    create: () => meetingActions.createMeeting({ ...emptyMeetingForm("2026-11-20"), counterparts: [{ personId: "1", newPersonName: "", newPersonTransliteration: "", titleAtMeeting: "" }] }),
    edit: () => {
      const stored = meetingQueries.fetchMeeting(supervisor(), fresh.meeting())!;
      return meetingActions.updateMeeting({ id: stored.meeting.id, version: stored.meeting.version, values: { ...meetingToFormValues(stored), topics: "edited" } });
    },
    archive: () => meetingActions.archiveMeeting({ id: fresh.meeting(), version: 1 }),
  },
  project: {
    read: (user) => projectQueries.fetchProject(user(), user().role === "committee" ? recoming : fresh.project(), today),
    create: () => projectActions.createProject({ ...emptyProjectForm(), titleFr: unique("Nouveau projet") }),
    edit: () => {
      const stored = projectQueries.fetchProject(supervisor(), fresh.project(), today)!;
      return projectActions.updateProject({ id: stored.project.id, version: stored.project.version, values: { ...projectToFormValues(stored), notes: "edited" } });
    },
    archive: () => projectActions.archiveProject({ id: fresh.project(), version: 1 }),
  },
  milestone: {
    read: (user) => milestoneQueries.fetchMilestone(user(), fresh.milestone()),
    create: () => milestoneActions.createMilestone({ projectId: recoming, values: { ...emptyMilestoneForm(), title: unique("Nouvelle étape") } }),
    edit: () => {
      const stored = milestoneQueries.fetchMilestone(supervisor(), fresh.milestone())!.activity;
      return milestoneActions.updateMilestone({ id: stored.id, version: stored.version, values: { ...milestoneToFormValues(stored), notes: "edited" } });
    },
    // Milestones have no archive action of their own (they leave with their project).
    archive: null,
  },
  agreement: {
    read: (user) => agreementQueries.fetchAgreement(user(), fresh.agreement()),
    create: () => agreementActions.createAgreement({ ...emptyAgreementForm(), titleFr: unique("Nouvel accord"), counterpartCountryCode: "ES" }),
    edit: () => {
      const { agreement } = agreementQueries.fetchAgreement(supervisor(), fresh.agreement())!;
      return agreementActions.updateAgreement({ id: agreement.id, version: agreement.version, values: { ...agreementToFormValues(agreement), unitInCharge: "edited" } });
    },
    archive: () => agreementActions.archiveAgreement({ id: fresh.agreement(), version: 1 }),
  },
  organisation: {
    read: (user) => organisationQueries.fetchOrganisation(user(), fresh.organisation()),
    create: () => organisationActions.createOrganisation({ ...emptyOrganisationForm(), nameFr: unique("Nouvelle organisation") }),
    edit: () => {
      const id = fresh.organisation();
      const row = db().select().from(organisations).where(eq(organisations.id, id)).get()!;
      return organisationActions.updateOrganisation({ id, version: row.version, values: { ...organisationToFormValues(row), acronym: "EDT" } });
    },
    archive: () => organisationActions.archiveOrganisation({ id: fresh.organisation(), version: 1 }),
  },
  person: {
    read: (user) => peopleQueries.fetchPerson(user(), fresh.person()),
    create: () => peopleActions.createPerson({ ...emptyPersonForm(), name: unique("Nouvelle personne") }),
    edit: () => {
      const id = fresh.person();
      const row = db().select().from(people).where(eq(people.id, id)).get()!;
      return peopleActions.updatePerson({ id, version: row.version, values: { ...personToFormValues(row), notes: "edited" } });
    },
    archive: () => peopleActions.archivePerson({ id: fresh.person(), version: 1 }),
  },
};

// The expected answers, by hand: A allowed, R refused; order read, create, edit, archive.
const expected: Record<Role, Record<RecordType, string>> = {
  admin: { meeting: "ARRR", project: "ARRR", milestone: "ARR-", agreement: "ARRR", organisation: "ARRR", person: "ARRR" },
  supervisor: { meeting: "AAAA", project: "AAAA", milestone: "AAA-", agreement: "AAAA", organisation: "AAAA", person: "AAAA" },
  staff: { meeting: "AAAR", project: "AAAR", milestone: "AAA-", agreement: "AAAR", organisation: "AAAR", person: "AAAR" },
  // A committee member reads their committees' projects and milestones, and nothing else.
  committee: { meeting: "RRRR", project: "ARRR", milestone: "ARR-", agreement: "RRRR", organisation: "RRRR", person: "RRRR" },
};

const roles: Role[] = ["admin", "supervisor", "staff", "committee"];
const verbs = ["read", "create", "edit", "archive"] as const;

const recordRows = roles.flatMap((role) =>
  (Object.keys(recordActions) as RecordType[]).flatMap((type) =>
    verbs.flatMap((verb, index) => {
      const letter = expected[role][type][index];
      if (letter === "-") return [];
      return [{ role, action: `${verb} ${type}`, expected: (letter === "A" ? "allowed" : "refused") as Outcome, run: recordActions[type][verb]! }];
    }),
  ),
);

describe("authorization matrix: records", () => {
  it.each(recordRows)("$role · $action → $expected", async ({ role, expected: answer, run }) => {
    expect(await outcome(role, () => run(() => as[role]))).toBe(answer);
  });
});

// -- validation, reviews, users, scope ------------------------------------------------------------

const validationTypes = {
  meeting: fresh.meeting,
  project: fresh.project,
  agreement: fresh.agreement,
  organisation: fresh.organisation,
  person: fresh.person,
  activity: () => fresh.milestone(),
} as const;

type Row = { role: Role; action: string; expected: Outcome; run: () => unknown };
const A = "allowed" as const;
const R = "refused" as const;
const byRole = (action: string, answers: Record<Role, Outcome>, run: () => unknown): Row[] =>
  roles.map((role) => ({ role, action, expected: answers[role], run }));

const otherRows: Row[] = [
  // Validation: supervisors only, on every whitelisted type.
  ...Object.entries(validationTypes).flatMap(([entityType, create]) =>
    byRole(`validate ${entityType}`, { admin: R, supervisor: A, staff: R, committee: R }, () =>
      decideValidation({ entityType, id: create(), version: 1, decision: "validate", comment: "" }),
    ),
  ),
  ...byRole("send back a meeting", { admin: R, supervisor: A, staff: R, committee: R }, () =>
    decideValidation({ entityType: "meeting", id: fresh.meeting(), version: 1, decision: "send_back", comment: "À revoir" }),
  ),
  ...byRole("read the validation queue", { admin: R, supervisor: A, staff: R, committee: R }, () => fetchValidationQueue(session.current!, { status: "waiting" })),

  // Reviews: committee members, on their committees' milestones only.
  ...byRole("review a milestone of their committee's project", { admin: R, supervisor: R, staff: R, committee: A }, () =>
    reviewMilestone({ activityId: fresh.milestone(recoming), version: 1, latestReviewId: null, decision: "approved", comment: "" }),
  ),
  ...byRole("request changes on a milestone", { admin: R, supervisor: R, staff: R, committee: A }, () =>
    reviewMilestone({ activityId: fresh.milestone(recoming), version: 1, latestReviewId: null, decision: "changes_requested", comment: "Compléter" }),
  ),
  { role: "committee", action: "review a milestone of another project", expected: R, run: () => reviewMilestone({ activityId: fresh.milestone(recosa), version: 1, latestReviewId: null, decision: "approved", comment: "" }) },
  ...byRole("approve several milestones at once", { admin: R, supervisor: R, staff: R, committee: A }, () =>
    approveMilestones({ milestones: [fresh.milestone(recoming), fresh.milestone(recoming)].map((activityId) => ({ activityId, version: 1, latestReviewId: null })), comment: "" }),
  ),
  { role: "committee", action: "approve milestones of another project at once", expected: R, run: () => approveMilestones({ milestones: [{ activityId: fresh.milestone(recosa), version: 1, latestReviewId: null }], comment: "" }) },
  ...byRole("read a project's milestone reviews", { admin: A, supervisor: A, staff: A, committee: A }, () => fetchMilestoneReviews(session.current!, recoming)),
  { role: "committee", action: "read another project's milestone reviews", expected: R, run: () => fetchMilestoneReviews(as.committee, recosa) },
  ...byRole("open a project's review page", { admin: R, supervisor: R, staff: R, committee: A }, () => fetchProjectForReview(session.current!, recoming)),
  { role: "committee", action: "open another project's review page", expected: R, run: () => fetchProjectForReview(as.committee, recosa) },

  // Scope: a committee member reading a project, or a milestone, outside their committees by id.
  { role: "committee", action: "read a project outside their committees by id", expected: R, run: () => projectQueries.fetchProject(as.committee, recosa, today) },
  { role: "committee", action: "read a milestone outside their committees by id", expected: R, run: () => milestoneQueries.fetchMilestone(as.committee, fresh.milestone(recosa)) },
  { role: "committee", action: "read a seeded meeting by id", expected: R, run: () => meetingQueries.fetchMeeting(as.committee, 1) },
  { role: "committee", action: "read a seeded agreement by id", expected: R, run: () => agreementQueries.fetchAgreement(as.committee, 1) },

  // Attachments: attached by who may edit the record, downloaded by who may read it (the scope
  // rule for committee members), archived by editors, restored by supervisors.
  ...byRole("attach a file to an agreement", { admin: R, supervisor: A, staff: A, committee: R }, () => uploadAttachment({ entityType: "agreement", entityId: fresh.agreement() }, pdfFile())),
  ...byRole("attach a file to a milestone", { admin: R, supervisor: A, staff: A, committee: R }, () => uploadAttachment({ entityType: "milestone", entityId: fresh.milestone() }, pdfFile())),
  ...byRole("download an agreement's file", { admin: A, supervisor: A, staff: A, committee: R }, () => fetchAttachmentDownload(session.current!, freshAttachment("agreement", fresh.agreement()))),
  ...byRole("download a meeting's file", { admin: A, supervisor: A, staff: A, committee: R }, () => fetchAttachmentDownload(session.current!, freshAttachment("meeting", fresh.meeting()))),
  ...byRole("download a file of their committee's project", { admin: A, supervisor: A, staff: A, committee: A }, () => fetchAttachmentDownload(session.current!, freshAttachment("project", recoming))),
  { role: "committee", action: "download a file of another project", expected: R, run: () => fetchAttachmentDownload(as.committee, freshAttachment("project", recosa)) },
  { role: "committee", action: "download a file of another project's milestone", expected: R, run: () => fetchAttachmentDownload(as.committee, freshAttachment("milestone", fresh.milestone(recosa))) },
  ...byRole("archive a project's file", { admin: R, supervisor: A, staff: A, committee: R }, () =>
    attachmentActions.archiveAttachment({ id: freshAttachment("project", recoming), version: 1, entityType: "project" }),
  ),
  ...byRole("restore a project's file", { admin: R, supervisor: A, staff: R, committee: R }, () =>
    attachmentActions.restoreAttachment({ id: freshAttachment("project", recoming, "2026-11-30T00:00:00Z"), version: 1, entityType: "project" }),
  ),

  // The supervisor dashboard.
  ...byRole("read the portfolio dashboard", { admin: A, supervisor: A, staff: A, committee: R }, () => fetchSupervisorDashboard(session.current!, {}, today)),

  // Users: admins only.
  ...byRole("list users", { admin: A, supervisor: R, staff: R, committee: R }, () => fetchUsers(session.current!)),
  ...byRole("create a user", { admin: A, supervisor: R, staff: R, committee: R }, () =>
    userActions.createUser({ name: "Compte matrice", email: `${unique("new").replace(" ", "-")}@matrix.test`, role: "staff", locale: "fr" }),
  ),
  ...byRole("change a user's role", { admin: A, supervisor: R, staff: R, committee: R }, () => userActions.changeUserRole({ id: fresh.user(), version: 1, role: "supervisor" })),
  ...byRole("deactivate a user", { admin: A, supervisor: R, staff: R, committee: R }, () => userActions.setUserActive({ id: fresh.user(), version: 1, active: false })),
  ...byRole("reset a user's password", { admin: A, supervisor: R, staff: R, committee: R }, () => userActions.resetUserPassword({ id: fresh.user(), version: 1 })),
  ...byRole("set a user's committee memberships", { admin: A, supervisor: R, staff: R, committee: R }, () =>
    userActions.setCommitteeMemberships({ id: fresh.user(), version: 1, projectIds: [recoming] }),
  ),
];

describe("authorization matrix: validation, reviews, scope, users", () => {
  it.each(otherRows)("$role · $action → $expected", async ({ role, expected: answer, run }) => {
    expect(await outcome(role, run)).toBe(answer);
  });
});

describe("the matrix itself", () => {
  it("covers every role for read, create, edit and archive of each record type, validation, reviews and users", () => {
    const all = [...recordRows, ...otherRows];
    for (const role of roles) {
      for (const action of ["validate meeting", "review a milestone of their committee's project", "create a user", "read project", "archive meeting"]) {
        expect(all.some((row) => row.role === role && row.action === action), `${role} · ${action}`).toBe(true);
      }
    }
    expect(all.length).toBeGreaterThan(130);
  });
});

// -- every exported server action, derived from the rooms ---------------------------------------

/**
 * The permission gate of every exported server action, by hand, for admin · supervisor · staff ·
 * committee: A passes the gate (the answer is anything but "forbidden": saved, or refused for its
 * input or its record), R is refused with "forbidden". Called with a placeholder input unless one
 * is given, so that this checks the gate only; the rows above check real inputs and the scope.
 */
const gates: Record<string, { roles: string; input?: unknown; args?: unknown[] }> = {
  // agreements
  createAgreement: { roles: "RAAR" },
  updateAgreement: { roles: "RAAR" },
  recordAgreementTransition: { roles: "RAAR" },
  // a form action: (previous state, FormData)
  submitAgreementTransition: { roles: "RAAR", args: [null, new FormData()] },
  archiveAgreement: { roles: "RARR" },
  restoreAgreement: { roles: "RARR" },
  // attachments: archived by who may edit the record, restored by supervisors
  archiveAttachment: { roles: "RAAR", input: { id: 999_999, version: 1, entityType: "meeting" } },
  restoreAttachment: { roles: "RARR", input: { id: 999_999, version: 1, entityType: "meeting" } },
  // calendar feeds: one's own secret URL, every role
  createCalendarFeed: { roles: "AAAA", args: [] },
  revokeCalendarFeed: { roles: "AAAA", input: { id: 999_999 } },
  // publishing: supervisors mark a whitelisted kind publishable
  setPublishable: { roles: "RARR", input: { entityType: "meeting", items: [{ id: 999_999, version: 1 }], publishable: true, validate: false } },
  // the header's search: every role, within its scope
  searchAll: { roles: "AAAA", args: ["السودان"] },
  // choices: the pickers' reads; a kind the role may not read is refused (committee: people)
  findChoices: { roles: "AAAR", input: { kind: "person", query: "احمد" } },
  labelChoices: { roles: "AAAR", input: { kind: "person", ids: [1] } },
  // data quality: supervisors work through the report's points
  resolveDataQualityPoint: { roles: "RARR" },
  reopenDataQualityPoint: { roles: "RARR" },
  // events
  createEvent: { roles: "RAAR" },
  updateEvent: { roles: "RAAR" },
  archiveEvent: { roles: "RARR" },
  restoreEvent: { roles: "RARR" },
  createEdition: { roles: "RAAR" },
  updateEdition: { roles: "RAAR" },
  // follow-ups: staff and supervisors close them (done, dropped)
  closeFollowUp: { roles: "RAAR", input: { id: 999_999, version: 1, status: "done" } },
  // imports: whoever may create meetings, people or organisations (the kind is checked again)
  previewImport: { roles: "RAAR" },
  commitImport: { roles: "RAAR" },
  // meetings
  createMeeting: { roles: "RAAR" },
  updateMeeting: { roles: "RAAR" },
  archiveMeeting: { roles: "RARR" },
  // milestones: committee members review them, they do not record them
  createMilestone: { roles: "RAAR" },
  updateMilestone: { roles: "RAAR" },
  markMilestoneDone: { roles: "RAAR" },
  // notifications: everyone marks their own read and chooses which come by e-mail
  markNotificationsRead: { roles: "AAAA", input: { all: true } },
  setEmailPreferences: {
    roles: "AAAA",
    input: { followUpAssigned: true, followUpDueSoon: true, followUpOverdue: true, recordSentBack: true, recordValidated: false, reviewRequested: true, reviewDecided: true, agreementStatusChanged: false },
  },
  // organisations
  createOrganisation: { roles: "RAAR" },
  updateOrganisation: { roles: "RAAR" },
  archiveOrganisation: { roles: "RARR" },
  restoreOrganisation: { roles: "RARR" },
  mergeOrganisations: { roles: "RAAR" },
  // people
  createPerson: { roles: "RAAR" },
  updatePerson: { roles: "RAAR" },
  archivePerson: { roles: "RARR" },
  restorePerson: { roles: "RARR" },
  addPosition: { roles: "RAAR" },
  updatePosition: { roles: "RAAR" },
  removePosition: { roles: "RAAR" },
  mergePeople: { roles: "RAAR" },
  // preferences: anyone signed in chooses their own language
  setInterfaceLanguage: { roles: "AAAA", input: "fr" },
  // programmes
  createProgramme: { roles: "RAAR" },
  updateProgramme: { roles: "RAAR" },
  archiveProgramme: { roles: "RARR" },
  restoreProgramme: { roles: "RARR" },
  // projects
  createProject: { roles: "RAAR" },
  updateProject: { roles: "RAAR" },
  archiveProject: { roles: "RARR" },
  restoreProject: { roles: "RARR" },
  // validation (a whitelisted type, else nobody passes)
  decideValidation: { roles: "RARR", input: { entityType: "meeting" } },
  // reviews
  reviewMilestone: { roles: "RRRA" },
  approveMilestones: { roles: "RRRA", input: { milestones: [{ activityId: 999_999, version: 1, latestReviewId: null }], comment: "" } },
  // users: administrators; one's own password: everyone
  createUser: { roles: "ARRR" },
  changeUserRole: { roles: "ARRR" },
  setUserActive: { roles: "ARRR" },
  resetUserPassword: { roles: "ARRR" },
  setCommitteeMemberships: { roles: "ARRR" },
  changeOwnPassword: { roles: "AAAA" },
};

const roomActions = import.meta.glob<Record<string, unknown>>("/lib/*/actions.ts");
const exportedActions = (
  await Promise.all(
    Object.entries(roomActions).map(async ([path, load]) =>
      Object.entries(await load())
        .filter(([, value]) => typeof value === "function" && value.constructor.name === "AsyncFunction")
        .map(([name, fn]) => ({ room: path.split("/")[2]!, name, fn: fn as (...args: unknown[]) => Promise<unknown> })),
    ),
  )
).flat();

describe("authorization matrix: every server action's gate", () => {
  it("finds every room's actions, and has a row for each of them", () => {
    expect(exportedActions.length).toBeGreaterThanOrEqual(50);
    const missing = exportedActions.filter((action) => !(action.name in gates)).map((a) => `${a.room}/${a.name}`);
    expect(missing, "server actions without a matrix row").toEqual([]);
    const stale = Object.keys(gates).filter((name) => !exportedActions.some((a) => a.name === name));
    expect(stale, "matrix rows of actions that no longer exist").toEqual([]);
  });

  const gateRows = exportedActions.flatMap((action) =>
    roles.map((role, index) => ({ role, action: `${action.room}/${action.name}`, name: action.name, fn: action.fn, index })),
  );
  it.each(gateRows)("$role · $action", async ({ role, name, fn, index }) => {
    const gate = gates[name];
    if (!gate) return; // reported by the coverage test above
    session.current = as[role];
    // A read refuses by throwing ForbiddenError; a write answers "forbidden".
    let refused: boolean;
    try {
      const answer = (await fn(...(gate.args ?? [gate.input ?? { id: 999_999, version: 1 }]))) as { ok?: boolean; error?: string } | undefined;
      refused = answer?.ok === false && answer.error === "forbidden";
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      refused = true;
    }
    expect(refused ? "R" : "A").toBe(gate.roles[index]);
  });
});

/**
 * `npm run bench:data -- <file.db> [--scale 0.02]`: writes a life-size Taawun database.
 *
 * The file gets the migrations, the reference data, the source page's records (the seed), the
 * demo users, and then, deterministically (a seeded PRNG: the same command writes the same rows),
 * at scale 1: 3,000 organisations, 20,000 people (one position each), 100 programmes, 5,000
 * projects (partners, two objectives each) with 50,000 milestones, 100,000 meetings with 1-3
 * counterparts each and about 30,000 follow-up actions, and 1,000 agreements with their signing
 * steps. `--scale` multiplies every count (CI runs a quick mode, e.g. `--scale 0.02`).
 *
 * Derived columns (the normalised search texts) are computed by the app's own functions
 * (lib/<feature>/search-text.ts); rows are written with prepared statements in one transaction.
 * A file already at `<file.db>` is replaced. Prints the counts and how long it took; asserts nothing.
 *
 * Longer than 350 lines on purpose: one generator per table, in the order the foreign keys need,
 * inside one transaction, reads best as one file from top to bottom.
 *
 * Words chosen for the search benchmark (scripts/bench-search.ts): «الهجرة» is common (about a
 * third of the meetings), «الزعفران» rare (about one meeting in 10,000), «الإدماج» is stored with
 * its hamza (found as «الادماج»), and «كنغر» is in no record.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { agreementTypes, meetingKinds, projectStatuses, signingStatuses, validationStatuses, type FollowUpStatus } from "@/db/enums";
import type { ActivityStatus } from "@/lib/projects/progress";
import { seedCountries } from "@/db/seed/countries";
import { seedDemoUsers } from "@/db/seed/demo-users";
import { seedSourceRecords } from "@/db/seed/load";
import { agreementSearchText } from "@/lib/agreements/search-text";
import { meetingSearchText } from "@/lib/meetings/search-text";
import { organisationSearchText } from "@/lib/organisations/search-text";
import { personSearchText } from "@/lib/people/search-text";
import { projectSearchText } from "@/lib/projects/search-text";

/** Row counts at scale 1 (the sizes of issue #9). */
export const LIFE_SIZE = {
  organisations: 3_000,
  people: 20_000,
  programmes: 100,
  projects: 5_000,
  milestones: 50_000,
  meetings: 100_000,
  agreements: 1_000,
} as const;

/** The search benchmark's words (see the module docstring). */
export const BENCH_WORDS = { common: "الهجرة", rare: "الزعفران", hamzaStored: "الإدماج", hamzaTyped: "الادماج", none: "كنغر" } as const;

/** mulberry32: a small deterministic PRNG (public domain, Tommy Ettinger). Returns [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const arabicFirst = ["محمد", "أحمد", "فاطمة", "خديجة", "يوسف", "إبراهيم", "عائشة", "مريم", "عبد الله", "سعيد", "ليلى", "نادية", "حسن", "رشيد", "سلمى", "زينب", "عمر", "إدريس", "هشام", "سناء", "كريم", "أمينة", "نبيل", "وفاء", "مصطفى", "رجاء", "طارق", "سهام", "عثمان", "لبنى"];
const arabicLast = ["العلوي", "بنعلي", "الإدريسي", "التازي", "الفاسي", "بنكيران", "الشرقاوي", "المنصوري", "الحسني", "العمراني", "السوسي", "الرفاعي", "بنجلون", "الأنصاري", "القادري", "الزياني", "الوزاني", "البقالي", "الطاهري", "المراكشي"];
const latinFirst = ["José", "María", "Carmen", "Javier", "Lucía", "Pierre", "Sophie", "Jean", "Claire", "Luc", "Anna", "Marco", "Giulia", "Hans", "Greta", "Pieter", "Els", "Moussa", "Aminata", "Koffi", "Fatou", "Ibrahima", "Olga", "Tomás", "Inês"];
const latinLast = ["García", "Fernández", "López", "Martínez", "Dupont", "Lefèvre", "Moreau", "Janssens", "Peeters", "Rossi", "Bianchi", "Müller", "Schmidt", "de Vries", "Diallo", "Traoré", "Koné", "Ndiaye", "Silva", "Santos", "Novak", "Kowalski"];
const titles = ["وزير الداخلية", "سفيرة المملكة", "كاتب الدولة المكلف بالهجرة", "رئيس البرلمان", "مدير التعاون الدولي", "وزيرة الشؤون الاجتماعية", "Directeur général", "Ministre de l'Intérieur", "Secretaria de Estado de Migraciones", "Ambassadeur", "Head of Unit", "رئيس الجالية"];
const topicWords = ["تدبير الهجرة", "الإدماج الاقتصادي", "حماية حقوق المهاجرين", "التعاون جنوب-جنوب", "الاستثمار", "التكوين المهني", "الشباب", "المرأة", "العودة الطوعية", "التنقل", "التعليم", "الثقافة", "الشؤون القنصلية", "الحماية الاجتماعية", "المقاولات", "الكفاءات"];
const outcomeWords = ["اتفق الطرفان على تعزيز التعاون", "تقرر تشكيل لجنة مشتركة", "تم تبادل وجهات النظر", "Accord sur un plan d'action", "تحديد موعد الاجتماع المقبل", "توقيع محضر"];
const cities = ["مدريد", "باريس", "بروكسل", "روما", "برلين", "أمستردام", "داكار", "أبيدجان", "باماكو", "الرباط", "الدار البيضاء", "Madrid", "Paris", "Lyon", "Milano", "Montréal"];
const orgKinds = [
  ["وزارة الداخلية", "Ministère de l'Intérieur", "Ministry of the Interior", "ministry"],
  ["وكالة التعاون", "Agence de coopération", "Cooperation Agency", "donor_agency"],
  ["المؤسسة الوطنية للتشغيل", "Institution nationale de l'emploi", "National Employment Institution", "national_institution"],
  ["جمعية المهاجرين", "Association des migrants", "Migrants' Association", "association"],
  ["غرفة التجارة", "Chambre de commerce", "Chamber of Commerce", "chamber_of_commerce"],
  ["مؤسسة التنمية", "Fondation pour le développement", "Development Foundation", "foundation"],
  ["وكالة التنفيذ", "Agence d'exécution", "Implementing Agency", "implementing_agency"],
  ["البلدية", "Municipalité", "Municipality", "local_authority"],
] as const;
const projectThemes = ["دعم الإدماج الاقتصادي للمهاجرين", "تعزيز قدرات الجمعيات", "مواكبة العودة", "التكوين من أجل التشغيل", "حكامة الهجرة", "تعبئة الكفاءات", "حماية القاصرين", "المقاولة النسائية"];
const milestoneTitles = ["ورشة إطلاق", "دورة تكوينية", "بعثة تقنية", "دراسة تشخيصية", "اجتماع اللجنة التوجيهية", "تقرير مرحلي", "Atelier de restitution", "تقييم نهائي"];
const milestoneKinds = ["training", "mission", "workshop", "study", "event", "steering_committee_session", "meeting", "other"] as const;
const agreementSubjects = ["التعاون في مجال الهجرة", "التكوين المهني", "الحماية الاجتماعية للعمال المهاجرين", "تبادل الخبرات", "الشؤون القنصلية", "Coopération culturelle"];
const weightedCountries = ["ES", "ES", "ES", "FR", "FR", "FR", "BE", "BE", "IT", "IT", "NL", "DE", "SN", "CI", "ML", "AE", "QA", "CA", "US", "GB", "PT", "TN", "MR", "SA"];

/** What was written, by kind. */
export interface LifeSizeSummary {
  seconds: number;
  counts: Record<string, number>;
}

/**
 * Writes the life-size database at `file` (replacing it).
 * @param file path of the SQLite file to write
 * @param scale multiplier of every count of LIFE_SIZE (1 = life size); at least one row of each kind
 * @returns the counts written and the seconds taken
 */
export async function buildLifeSizeDatabase(file: string, scale = 1): Promise<LifeSizeSummary> {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  closeDb();
  process.env.DATABASE_URL = file;
  const db = getDb();
  migrateDatabase(db);
  seedCountries(db);
  seedSourceRecords(db);
  await seedDemoUsers(db);

  const n = (k: keyof typeof LIFE_SIZE) => Math.max(1, Math.round(LIFE_SIZE[k] * scale));
  const random = prng(20_260_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pad = (v: number) => String(v).padStart(2, "0");
  /** A partial date in [fromYear, toYear]: 85 % day, 10 % month, 5 % year precision. */
  const partialDate = (fromYear: number, toYear: number): string => {
    const year = int(fromYear, toYear);
    const r = random();
    if (r < 0.05) return String(year);
    if (r < 0.15) return `${year}-${pad(int(1, 12))}`;
    return `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  };
  const status = (): (typeof validationStatuses)[number] => {
    const r = random();
    return r < 0.8 ? "validated" : r < 0.9 ? "new" : r < 0.96 ? "edited" : "sent_back";
  };
  const archivedAt = () => (random() < 0.02 ? "2026-01-15T10:00:00.000Z" : null);

  const sqlite = db.$client;
  sqlite.pragma("synchronous = OFF");
  // The full-text indexes (migration 0004) are built once at the end ('rebuild'), far faster than
  // row by row through their triggers; the triggers are put back exactly as the migration wrote them.
  const ftsTriggers = sqlite
    .prepare("select name, sql from sqlite_master where type = 'trigger' and name like '%\\_fts\\_%' escape '\\'")
    .all() as { name: string; sql: string }[];
  for (const trigger of ftsTriggers) sqlite.exec(`drop trigger "${trigger.name}"`);
  const counts: Record<string, number> = {};
  const count = (k: string, by = 1) => (counts[k] = (counts[k] ?? 0) + by);

  type CountryRow = { code: string; nameAr: string; nameFr: string; nameEn: string };
  const countryRows = sqlite.prepare("select code, name_ar as nameAr, name_fr as nameFr, name_en as nameEn from countries").all() as CountryRow[];
  const countryByCode = new Map(countryRows.map((c) => [c.code, c]));
  const country = (): CountryRow => countryByCode.get(pick(weightedCountries)) ?? pick(countryRows);
  const committeeUser = sqlite.prepare("select id from users where email = 'committee@taawun.test'").get() as { id: number } | undefined;

  const insertOrganisation = sqlite.prepare(
    `insert into organisations (name_ar, name_fr, name_en, acronym, type, country_code, search_text, validation_status, archived_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPerson = sqlite.prepare(
    `insert into people (name, name_transliterated, country_code, search_text, validation_status, archived_at) values (?, ?, ?, ?, ?, ?)`,
  );
  const insertPosition = sqlite.prepare(
    `insert into positions (person_id, title, organisation_id, country_code, starts_on, validation_status) values (?, ?, ?, ?, ?, 'validated')`,
  );
  const insertProgramme = sqlite.prepare(
    `insert into programmes (name_ar, name_fr, country_code, funding_organisation_id, planned_start, planned_end, validation_status) values (?, ?, ?, ?, ?, ?, 'validated')`,
  );
  const insertProject = sqlite.prepare(
    `insert into projects (acronym, title_ar, title_fr, partner_country_code, programme_id, status, planned_start, planned_end, actual_start,
       budget_hundredths, budget_currency, budget_kind, funding_source, search_text, validation_status, archived_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertObjective = sqlite.prepare(`insert into project_objectives (project_id, position, text) values (?, ?, ?)`);
  const insertPartner = sqlite.prepare(`insert or ignore into project_partners (project_id, organisation_id, partner_role) values (?, ?, ?)`);
  const insertMilestone = sqlite.prepare(
    `insert into activities (project_id, title, kind, planned_on, actual_on, country_code, status, meeting_id, position, validation_status)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMembership = sqlite.prepare(`insert or ignore into steering_committee_memberships (user_id, project_id) values (?, ?)`);
  const insertMeeting = sqlite.prepare(
    `insert into meetings (starts_on, ends_on, kind, country_code, city, topics, outcome, search_text, validation_status, archived_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCounterpart = sqlite.prepare(
    `insert into meeting_counterparts (meeting_id, person_id, title_at_meeting, organisation_id, position) values (?, ?, ?, ?, ?)`,
  );
  const insertFollowUp = sqlite.prepare(
    `insert into follow_up_actions (meeting_id, description, owner, due_on, status, position) values (?, ?, ?, ?, ?, ?)`,
  );
  const insertAgreement = sqlite.prepare(
    `insert into agreements (type, title_ar, title_fr, subject, counterpart_country_code, counterpart_organisation_id, unit_in_charge,
       signing_status, signed_on, in_force_on, place_of_signature, project_id, search_text, validation_status, archived_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStep = sqlite.prepare(
    `insert into agreement_status_changes (agreement_id, from_status, to_status, occurred_on) values (?, ?, ?, ?)`,
  );
  const id = (info: { lastInsertRowid: number | bigint }) => Number(info.lastInsertRowid);

  sqlite.transaction(() => {
    // Organisations
    type Org = { id: number; nameAr: string; nameFr: string; nameEn: string; acronym: string; country: CountryRow };
    const orgs: Org[] = [];
    for (let i = 0; i < n("organisations"); i += 1) {
      const [ar, fr, en, type] = pick(orgKinds);
      const c = country();
      const acronym = Array.from({ length: int(3, 5) }, () => String.fromCharCode(65 + int(0, 25))).join("");
      const o = { nameAr: `${ar} ${c.nameAr} ${i + 1}`, nameFr: `${fr} (${c.nameFr}) ${i + 1}`, nameEn: `${en} (${c.nameEn}) ${i + 1}`, acronym, country: c };
      const searchText = organisationSearchText({ ...o, countryAr: c.nameAr, countryFr: c.nameFr, countryEn: c.nameEn });
      orgs.push({ ...o, id: id(insertOrganisation.run(o.nameAr, o.nameFr, o.nameEn, acronym, type, c.code, searchText, status(), archivedAt())) });
    }
    count("organisations", orgs.length);

    // People, one position each
    type Person = { id: number; name: string; nameTransliterated: string | null; title: string; organisationId: number | null };
    const persons: Person[] = [];
    for (let i = 0; i < n("people"); i += 1) {
      const arabic = random() < 0.4;
      const name = arabic ? `${pick(arabicFirst)} ${pick(arabicLast)}` : `${pick(latinFirst)} ${pick(latinLast)}`;
      const nameTransliterated = random() < 0.5 ? null : arabic ? `${pick(latinFirst)} ${pick(latinLast)}` : `${pick(arabicFirst)} ${pick(arabicLast)}`;
      const title = pick(titles);
      const org = random() < 0.6 ? pick(orgs) : null;
      const c = org?.country ?? country();
      const personId = id(insertPerson.run(name, nameTransliterated, c.code, personSearchText(name, nameTransliterated, [title]), status(), archivedAt()));
      insertPosition.run(personId, title, org?.id ?? null, c.code, partialDate(2005, 2025));
      persons.push({ id: personId, name, nameTransliterated, title, organisationId: org?.id ?? null });
    }
    count("people", persons.length);
    count("positions", persons.length);

    // Programmes
    const programmeIds: number[] = [];
    for (let i = 0; i < n("programmes"); i += 1) {
      const c = country();
      programmeIds.push(id(insertProgramme.run(`برنامج ${pick(projectThemes)} ${i + 1}`, `Programme ${i + 1}`, c.code, pick(orgs).id, `${int(2008, 2022)}`, `${int(2023, 2030)}`)));
    }
    count("programmes", programmeIds.length);

    // Projects (partners, objectives) and their milestones
    const projectIds: number[] = [];
    const projectCount = n("projects");
    const milestonesPerProject = Math.max(1, Math.round(n("milestones") / projectCount));
    const milestoneMeetingLinks: { activityId: number; projectId: number }[] = [];
    for (let i = 0; i < projectCount; i += 1) {
      const c = country();
      const startYear = int(2008, 2025);
      const p = {
        acronym: `P${String(i + 1).padStart(5, "0")}`,
        titleAr: `${pick(projectThemes)} في ${c.nameAr}`,
        titleFr: `Projet ${i + 1} (${c.nameFr})`,
        titleEn: null,
        fundingSource: random() < 0.3 ? "EU Emergency Trust Fund for Africa" : null,
      };
      // In hundredths of the major unit (lib/money): 50,000 to 20,000,000 in whole units.
      const amount = random() < 0.7 ? int(50, 20_000) * 1000 * 100 : null;
      const projectId = id(
        insertProject.run(
          p.acronym, p.titleAr, p.titleFr, c.code, random() < 0.5 ? pick(programmeIds) : null, pick(projectStatuses),
          `${startYear}-${pad(int(1, 12))}`, `${startYear + int(1, 5)}-${pad(int(1, 12))}`, random() < 0.7 ? `${startYear}-${pad(int(1, 12))}` : null,
          amount, amount === null ? null : pick(["EUR", "MAD", "USD"]), amount === null ? null : "original", p.fundingSource,
          projectSearchText(p), status(), archivedAt(),
        ),
      );
      projectIds.push(projectId);
      insertObjective.run(projectId, 0, `تحسين ${pick(topicWords)}`);
      insertObjective.run(projectId, 1, `دعم ${pick(topicWords)}`);
      count("projectObjectives", 2);
      insertPartner.run(projectId, pick(orgs).id, "funding");
      for (let k = int(1, 2); k > 0; k -= 1) insertPartner.run(projectId, pick(orgs).id, "implementation");
      count("projectPartners", 2);
      for (let m = 0; m < milestonesPerProject; m += 1) {
        const r = random();
        const state: ActivityStatus = r < 0.5 ? "done" : r < 0.75 ? "planned" : r < 0.9 ? "in_progress" : r < 0.95 ? "delayed" : "cancelled";
        const plannedOn = random() < 0.05 ? null : partialDate(startYear, startYear + 5);
        const kind = pick(milestoneKinds);
        const activityId = id(
          insertMilestone.run(projectId, `${pick(milestoneTitles)} ${m + 1}`, kind, plannedOn, state === "done" ? plannedOn : null, c.code, state, null, m, status()),
        );
        if (kind === "steering_committee_session" && random() < 0.3) milestoneMeetingLinks.push({ activityId, projectId });
        count("milestones");
      }
    }
    count("projects", projectIds.length);
    if (committeeUser) {
      for (let i = 0; i < Math.max(2, Math.round(40 * scale)); i += 1) insertMembership.run(committeeUser.id, pick(projectIds));
    }

    // Meetings, counterparts, follow-up actions
    const meetingIds: number[] = [];
    const rareEvery = 10_000;
    for (let i = 0; i < n("meetings"); i += 1) {
      const c = country();
      const startsOn = partialDate(2000, 2026);
      const endsOn = startsOn.length === 10 && random() < 0.05 ? `${startsOn.slice(0, 8)}${pad(Math.min(28, Number(startsOn.slice(8)) + 1))}` : null;
      const words = [pick(topicWords), pick(topicWords)];
      if (random() < 0.33) words.push(BENCH_WORDS.common);
      if (i % rareEvery === rareEvery - 1) words.push(BENCH_WORDS.rare);
      const topics = words.join("، ");
      const outcome = random() < 0.6 ? pick(outcomeWords) : null;
      const city = random() < 0.7 ? pick(cities) : null;
      // One person once per meeting (meeting_counterparts_person_once).
      const counterparts = [...new Map(Array.from({ length: int(1, 3) }, () => pick(persons)).map((p) => [p.id, p])).values()];
      const searchText = meetingSearchText({
        counterparts: counterparts.map((p) => ({ name: p.name, nameTransliterated: p.nameTransliterated, title: p.title })),
        topics, outcome, city, venue: null, countryAr: c.nameAr, countryFr: c.nameFr, countryEn: c.nameEn,
      });
      const meetingId = id(insertMeeting.run(startsOn, endsOn, pick(meetingKinds), c.code, city, topics, outcome, searchText, status(), archivedAt()));
      meetingIds.push(meetingId);
      counterparts.forEach((p, position) => insertCounterpart.run(meetingId, p.id, p.title, p.organisationId, position));
      count("meetingCounterparts", counterparts.length);
      if (random() < 0.3) {
        for (let k = 0; k < int(1, 2); k += 1) {
          const r = random();
          // The app's follow-up statuses (db/enums.ts): "in_progress" and "cancelled", written here
          // before, are a milestone's and showed as raw message keys on the meetings' pages.
          const state: FollowUpStatus = r < 0.45 ? "open" : r < 0.9 ? "done" : "dropped";
          insertFollowUp.run(meetingId, `متابعة: ${pick(topicWords)}`, random() < 0.5 ? "مديرية التعاون" : null, random() < 0.9 ? partialDate(Number(startsOn.slice(0, 4)), 2027) : null, state, k);
          count("followUpActions");
        }
      }
    }
    count("meetings", meetingIds.length);
    const linkMilestone = sqlite.prepare("update activities set meeting_id = ? where id = ?");
    for (const link of milestoneMeetingLinks) linkMilestone.run(pick(meetingIds), link.activityId);

    // Agreements with their signing steps
    for (let i = 0; i < n("agreements"); i += 1) {
      const c = country();
      const org = random() < 0.5 ? pick(orgs) : null;
      const type = pick(agreementTypes);
      const reached = int(0, signingStatuses.length - 1);
      const signingStatus = signingStatuses[reached]!;
      const signedIndex = signingStatuses.indexOf("signed");
      const signedOn = reached >= signedIndex ? partialDate(2000, 2026) : null;
      const a = {
        type, titleAr: random() < 0.7 ? `اتفاقية ${pick(agreementSubjects)} ${i + 1}` : null, titleFr: random() < 0.5 ? `Accord ${i + 1}` : null, titleEn: null,
        subject: pick(agreementSubjects), subjectFr: null, subjectEn: null, unitInCharge: "مديرية التعاون", placeOfSignature: signedOn ? pick(cities) : null,
        countryAr: c.nameAr, countryFr: c.nameFr, countryEn: c.nameEn,
        organisationAr: org?.nameAr ?? null, organisationFr: org?.nameFr ?? null, organisationEn: org?.nameEn ?? null, organisationAcronym: org?.acronym ?? null,
      };
      const agreementId = id(
        insertAgreement.run(
          type, a.titleAr, a.titleFr, a.subject, c.code, org?.id ?? null, a.unitInCharge, signingStatus, signedOn,
          reached >= signingStatuses.indexOf("in_force") ? signedOn : null, a.placeOfSignature, random() < 0.3 ? pick(projectIds) : null,
          agreementSearchText(a), status(), archivedAt(),
        ),
      );
      const year = signedOn ? Number(signedOn.slice(0, 4)) : int(2000, 2026);
      for (let step = 1; step <= reached; step += 1) {
        insertStep.run(agreementId, signingStatuses[step - 1]!, signingStatuses[step]!, `${Math.max(2000, year - reached + step)}`);
        count("agreementStatusChanges");
      }
      count("agreements");
    }
  })();
  const ftsTables = (sqlite.prepare("select name from sqlite_master where type = 'table' and name like '%\\_fts' escape '\\'").all() as { name: string }[]).map((r) => r.name);
  for (const table of ftsTables) sqlite.exec(`insert into "${table}"("${table}") values ('rebuild')`);
  for (const trigger of ftsTriggers) sqlite.exec(trigger.sql);
  sqlite.pragma("synchronous = NORMAL");
  sqlite.exec("ANALYZE");
  closeDb();
  return { seconds: (performance.now() - started) / 1000, counts };
}

function parseArgs(argv: string[]): { file: string; scale: number } {
  let file: string | undefined;
  let scale = 1;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--scale") scale = Number(argv[++i]);
    else if (arg.startsWith("--scale=")) scale = Number(arg.slice("--scale=".length));
    else file = arg;
  }
  if (!file || !(scale > 0)) {
    console.error("usage: npm run bench:data -- <file.db> [--scale 0.02]");
    process.exit(2);
  }
  return { file, scale };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { file, scale } = parseArgs(process.argv.slice(2));
  const { seconds, counts } = await buildLifeSizeDatabase(file, scale);
  console.log(`Wrote ${path.resolve(file)} (scale ${scale}) in ${seconds.toFixed(1)} s, ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MiB`);
  for (const [kind, value] of Object.entries(counts)) console.log(`  ${kind.padEnd(24)} ${value.toLocaleString("en").padStart(9)}`);
  console.log("  (plus the seed's records, countries and the demo users)");
}

/**
 * The records of the department's page "التعاون الثنائي" (shared/seed/bilateral-cooperation.ar.txt),
 * as plain typed data. db/seed/load.ts turns them into rows.
 *
 * How the text was taken from the source
 * - Arabic is copied from the page, folded with Unicode NFKC (the page carries Arabic
 *   presentation-form glyphs), and words the page glued together are separated
 *   ("عضولجنة القيادة" → "عضو لجنة القيادة", "السيدةدوركاسميكغاطو" → "دوركاس ميكغاطو").
 *   Obvious misspellings in descriptive text are corrected and listed in the data-quality issue
 *   `source-typos-corrected`; names of people are kept exactly as the page writes them.
 * - `sourceExcerpt` of a data-quality issue is the page's own words (NFKC only, nothing else
 *   changed), so a supervisor sees what the page really says.
 * - French and English names are given only where they are established names of the body;
 *   otherwise they are null. Latin-script names of people stay as the page writes them; Arabic
 *   names get a transliteration only where the person is certainly identified.
 * - Dates keep the precision the page gives (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); a range is a
 *   start and an end. No day is ever added. The page writes meeting dates d/m/yyyy and the
 *   agreements table yyyy/mm/dd.
 * - What the page repeats, counts without listing, or states ambiguously is not invented nor
 *   dropped: it is a data-quality issue.
 *
 * Records reference each other by `key` (typed unions derived from the arrays below, so a wrong
 * key is a compile error).
 */
import type {
  activityKinds,
  activityStatuses,
  agreementTypes,
  eventKinds,
  meetingKinds,
  organisationTypes,
  projectPhases,
  projectStatuses,
  signingStatuses,
} from "@/db/schema";

type OrganisationType = (typeof organisationTypes)[number];
type MeetingKind = (typeof meetingKinds)[number];
type EventKind = (typeof eventKinds)[number];
type ProjectStatus = (typeof projectStatuses)[number];
type ProjectPhase = (typeof projectPhases)[number];
type ActivityKind = (typeof activityKinds)[number];
type ActivityStatus = (typeof activityStatuses)[number];
type AgreementType = (typeof agreementTypes)[number];
type SigningStatus = (typeof signingStatuses)[number];

// ---------------------------------------------------------------------------------------------
// Partner roles (reference data)
// ---------------------------------------------------------------------------------------------

/**
 * Partner roles on a project. `iatiCode` is the IATI OrganisationRole code where the role is one
 * of IATI's (1 Funding, 2 Accountable, 4 Implementing); the department's own roles have none.
 * Source: https://iatistandard.org/en/iati-standard/203/codelists/organisationrole/
 */
export const partnerRoleRecords = [
  { code: "funding", iatiCode: 1, position: 1 },
  { code: "supervision", iatiCode: 2, position: 2 },
  { code: "implementation", iatiCode: 4, position: 3 },
  { code: "steering_committee_member", iatiCode: null, position: 4 },
  { code: "strategic_partner", iatiCode: null, position: 5 },
  { code: "observer", iatiCode: null, position: 6 },
  { code: "beneficiary", iatiCode: null, position: 7 },
  /** The source lists the partner without a role: nothing invents one (issue 14). */
  { code: "not_stated", iatiCode: null, position: 8 },
] as const satisfies readonly { code: string; iatiCode: number | null; position: number }[];

export type PartnerRole = (typeof partnerRoleRecords)[number]["code"];

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export interface SourceOrganisation {
  key: string;
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  type: OrganisationType;
  /** ISO 3166-1 alpha-2; null for bodies of the EU. */
  countryCode: string | null;
}

/** The department's full Arabic name, as the page writes it (repeated in several sections). */
const departmentNameAr =
  "الوزارة المنتدبة لدى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، المكلفة بالمغاربة المقيمين بالخارج";

export const organisationRecords = [
  {
    key: "department",
    nameAr: departmentNameAr,
    nameFr: "Ministère délégué chargé des Marocains résidant à l'étranger",
    nameEn: "Ministry Delegate in charge of Moroccans Living Abroad",
    acronym: null,
    type: "ministry",
    countryCode: "MA",
  },
  {
    key: "interior",
    nameAr: "وزارة الداخلية",
    nameFr: "Ministère de l'Intérieur",
    nameEn: "Ministry of Interior",
    acronym: null,
    type: "ministry",
    countryCode: "MA",
  },
  {
    // The page names it with the title it had until 2017 (Project 3, 2016 – May 2017).
    key: "foreignAffairs",
    nameAr: "وزارة الشؤون الخارجية والتعاون",
    nameFr: "Ministère des Affaires étrangères et de la Coopération",
    nameEn: "Ministry of Foreign Affairs and Cooperation",
    acronym: null,
    type: "ministry",
    countryCode: "MA",
  },
  {
    key: "giz",
    nameAr: "وكالة التعاون الألماني",
    nameFr: "Deutsche Gesellschaft für Internationale Zusammenarbeit",
    nameEn: "Deutsche Gesellschaft für Internationale Zusammenarbeit",
    acronym: "GIZ",
    type: "implementing_agency",
    countryCode: "DE",
  },
  {
    key: "bmz",
    nameAr: "الوزارة الفدرالية للتعاون الاقتصادي والتنمية",
    nameFr: "Ministère fédéral de la Coopération économique et du Développement",
    nameEn: "Federal Ministry for Economic Cooperation and Development",
    acronym: "BMZ",
    type: "donor_agency",
    countryCode: "DE",
  },
  {
    key: "enabel",
    nameAr: "الوكالة البلجيكية للتنمية",
    nameFr: "Enabel, Agence belge de développement",
    nameEn: "Enabel, Belgian Development Agency",
    acronym: "Enabel",
    type: "implementing_agency",
    countryCode: "BE",
  },
  {
    key: "cgem",
    nameAr: "الاتحاد العام لمقاولات المغرب",
    nameFr: "Confédération générale des entreprises du Maroc",
    nameEn: "General Confederation of Moroccan Enterprises",
    acronym: "CGEM",
    type: "employers_federation",
    countryCode: "MA",
  },
  {
    key: "anapec",
    nameAr: "الوكالة الوطنية لإنعاش التشغيل والكفاءات",
    nameFr: "Agence nationale de promotion de l'emploi et des compétences",
    nameEn: "National Agency for the Promotion of Employment and Skills",
    acronym: "ANAPEC",
    type: "national_institution",
    countryCode: "MA",
  },
  {
    // Named after ANAPEC in the Amoudou paragraph ("...والكفاءات والانعاش الوطني"); see the
    // data-quality issue `amoudou-anapec-promotion-nationale`.
    key: "promotionNationale",
    nameAr: "الإنعاش الوطني",
    nameFr: "Promotion nationale",
    nameEn: "National Promotion",
    acronym: null,
    type: "national_institution",
    countryCode: "MA",
  },
  {
    key: "cndh",
    nameAr: "المجلس الوطني لحقوق الإنسان",
    nameFr: "Conseil national des droits de l'Homme",
    nameEn: "National Human Rights Council",
    acronym: "CNDH",
    type: "national_institution",
    countryCode: "MA",
  },
  {
    key: "didh",
    nameAr: "المندوبية الوزارية لحقوق الإنسان",
    nameFr: "Délégation interministérielle aux droits de l'Homme",
    nameEn: "Interministerial Delegation for Human Rights",
    acronym: "DIDH",
    type: "national_institution",
    countryCode: "MA",
  },
  {
    key: "aecid",
    nameAr: "الوكالة الإسبانية للتعاون الدولي من أجل التنمية",
    nameFr: "Agence espagnole de coopération internationale pour le développement",
    nameEn: "Spanish Agency for International Development Cooperation",
    acronym: "AECID",
    type: "donor_agency",
    countryCode: "ES",
  },
  {
    // The page calls it "كتابة الدولة الإسبانية المكلفة بالهجرة" and, in the forum section,
    // "كتابة الدولة للهجرة والمهاجرين بإسبانيا": the same Spanish state body for migration.
    key: "spanishMigrationSecretariat",
    nameAr: "كتابة الدولة الإسبانية المكلفة بالهجرة",
    nameFr: "Secrétariat d'État aux Migrations (Espagne)",
    nameEn: "Secretariat of State for Migration (Spain)",
    acronym: null,
    type: "ministry",
    countryCode: "ES",
  },
  {
    key: "oberaxe",
    nameAr: "المرصد الإسباني للعنصرية وكراهية الأجانب",
    nameFr: "Observatoire espagnol du racisme et de la xénophobie",
    nameEn: "Spanish Observatory on Racism and Xenophobia",
    acronym: "OBERAXE",
    type: "national_institution",
    countryCode: "ES",
  },
  {
    key: "fiiapp",
    nameAr: "المؤسسة الدولية الإيبيرية للإدارة والسياسات العامة",
    nameFr: "Fondation internationale et pour l'Ibéro-Amérique d'administration et de politiques publiques",
    nameEn: "International and Ibero-American Foundation for Administration and Public Policies",
    acronym: "FIIAPP",
    type: "foundation",
    countryCode: "ES",
  },
  {
    key: "euDelegation",
    nameAr: "مندوبية الاتحاد الأوروبي",
    nameFr: "Délégation de l'Union européenne au Maroc",
    nameEn: "Delegation of the European Union to Morocco",
    acronym: null,
    type: "eu_institution",
    countryCode: null,
  },
  {
    key: "eutfAfrica",
    nameAr: "الصندوق الائتماني الاستعجالي من أجل إفريقيا",
    nameFr: "Fonds fiduciaire d'urgence de l'Union européenne pour l'Afrique",
    nameEn: "EU Emergency Trust Fund for Africa",
    acronym: "EUTF",
    type: "eu_institution",
    countryCode: null,
  },
  {
    key: "tresCulturas",
    nameAr: "مؤسسة الثقافات الثلاث للبحر الأبيض المتوسط",
    nameFr: "Fondation des Trois Cultures de la Méditerranée",
    nameEn: "Three Cultures of the Mediterranean Foundation",
    acronym: null,
    type: "foundation",
    countryCode: "ES",
  },
  {
    // Recoming's "10 selected communes": the page does not name them (issue
    // `recoming-communes-not-named`), so they are one collective record, not ten invented ones.
    key: "recomingCommunes",
    nameAr: "الجماعات العشر المنتقاة",
    nameFr: null,
    nameEn: null,
    acronym: null,
    type: "local_authority",
    countryCode: "MA",
  },
] as const satisfies readonly SourceOrganisation[];

export type OrganisationKey = (typeof organisationRecords)[number]["key"];

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export interface SourcePerson {
  key: string;
  /** As the page writes it, in its script. */
  name: string;
  nameTransliterated: string | null;
  countryCode: string;
  notes: string | null;
}

export const personRecords = [
  { key: "kjaersgaard", name: "Pia KJAERSGAARD", nameTransliterated: null, countryCode: "DK", notes: null },
  { key: "landaluce", name: "Jose Ignacio Landaluce Calleja", nameTransliterated: null, countryCode: "ES", notes: null },
  { key: "ferrer", name: "Erika FERRER", nameTransliterated: null, countryCode: "SE", notes: null },
  { key: "bonis", name: "Désirée BONIS", nameTransliterated: null, countryCode: "NL", notes: null },
  { key: "cole", name: "Tim COLE", nameTransliterated: null, countryCode: "GB", notes: null },
  { key: "mykkanen", name: "Kai MYKKANEN", nameTransliterated: null, countryCode: "FI", notes: null },
  { key: "stojberg", name: "Inger STOJBERG", nameTransliterated: null, countryCode: "DK", notes: null },
  { key: "courard", name: "Philippe COURARD", nameTransliterated: null, countryCode: "BE", notes: null },
  { key: "bracke", name: "Siegfried Bracke", nameTransliterated: null, countryCode: "BE", notes: null },
  { key: "peumans", name: "Jan Peumans", nameTransliterated: null, countryCode: "BE", notes: null },
  { key: "rumi", name: "كونسويلو رومي", nameTransliterated: "Consuelo Rumí", countryCode: "ES", notes: null },
  { key: "sangare", name: "يحيى سانغاري", nameTransliterated: "Yaya Sangaré", countryCode: "ML", notes: null },
  { key: "mballow", name: "ايريما مبالو", nameTransliterated: "Ebrima Mballow", countryCode: "GM", notes: null },
  { key: "metwally", name: "عصام عوض متولي", nameTransliterated: null, countryCode: "SD", notes: null },
  { key: "makgato", name: "دوركاس ميكغاطو", nameTransliterated: "Dorcas Makgato", countryCode: "BW", notes: null },
  {
    key: "alHamli",
    name: "ناصر بن تهاني",
    nameTransliterated: "Nasser bin Thani Al Hamli",
    countryCode: "AE",
    notes: "الاسم كما ورد في المصدر؛ الاسم الرسمي: ناصر بن ثاني الهاملي (انظر تقرير جودة البيانات).",
  },
  { key: "hussen", name: "أحمد حسين", nameTransliterated: "Ahmed Hussen", countryCode: "CA", notes: null },
  {
    key: "fakhroo",
    name: "يوسف بن ممد العثمان فخرو",
    nameTransliterated: "Yousuf bin Mohammed Al-Othman Fakhroo",
    countryCode: "QA",
    notes: "الاسم كما ورد في المصدر؛ «ممد» خطأ مطبعي في المصدر والمقصود «محمد» (انظر تقرير جودة البيانات).",
  },
] as const satisfies readonly SourcePerson[];

export type PersonKey = (typeof personRecords)[number]["key"];

// ---------------------------------------------------------------------------------------------
// Events and editions
// ---------------------------------------------------------------------------------------------

export interface SourceEvent {
  key: string;
  nameAr: string;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  kind: EventKind;
}

export const eventRecords = [
  {
    key: "gfmd",
    nameAr: "المنتدى العالمي للهجرة والتنمية",
    nameFr: "Forum mondial sur la migration et le développement",
    nameEn: "Global Forum on Migration and Development",
    acronym: "GFMD",
    kind: "forum",
  },
  {
    key: "moroccanSpanishForum",
    nameAr: "المنتدى المغربي الإسباني حول الهجرة والاندماج",
    nameFr: "Forum maroco-espagnol sur la migration et l'intégration",
    nameEn: "Moroccan-Spanish Forum on Migration and Integration",
    acronym: null,
    kind: "forum",
  },
  {
    key: "migrantWeek",
    nameAr: "أسبوع المهاجر",
    nameFr: null,
    nameEn: null,
    acronym: null,
    kind: "week",
  },
] as const satisfies readonly SourceEvent[];

export type EventKey = (typeof eventRecords)[number]["key"];

export interface SourceEventEdition {
  key: string;
  event: EventKey;
  /** 1 for the first edition; null when it is not known for certain. */
  number: number | null;
  startsOn: string;
  endsOn: string | null;
  city: string | null;
  countryCode: string | null;
  venue: string | null;
  theme: string | null;
}

export const eventEditionRecords = [
  {
    // The 2018 Marrakech summit is the 11th GFMD summit (Brussels 2007 ... Berlin 2017, Marrakech
    // 2018, per the GFMD's own list of summits); the page itself does not number it.
    key: "gfmd2018",
    event: "gfmd",
    number: 11,
    startsOn: "2018-12-05",
    endsOn: "2018-12-07",
    city: "مراكش",
    countryCode: "MA",
    venue: "قصر المؤتمرات النخيل",
    theme: null,
  },
  {
    key: "forum2015",
    event: "moroccanSpanishForum",
    number: 1,
    startsOn: "2015-11-19",
    endsOn: "2015-11-20",
    city: "مدريد",
    countryCode: "ES",
    venue: null,
    theme: null,
  },
  {
    key: "forum2018",
    event: "moroccanSpanishForum",
    number: 2,
    startsOn: "2018-03-20",
    endsOn: "2018-03-21",
    city: "الرباط",
    countryCode: "MA",
    venue: null,
    theme: "العيش المشترك",
  },
  // Recoming supported the Migrant Week "in December of each year" 2016 and 2017; the page says
  // neither where nor on which days.
  {
    key: "migrantWeek2016",
    event: "migrantWeek",
    number: null,
    startsOn: "2016-12",
    endsOn: null,
    city: null,
    countryCode: null,
    venue: null,
    theme: null,
  },
  {
    key: "migrantWeek2017",
    event: "migrantWeek",
    number: null,
    startsOn: "2017-12",
    endsOn: null,
    city: null,
    countryCode: null,
    venue: null,
    theme: null,
  },
] as const satisfies readonly SourceEventEdition[];

export type EventEditionKey = (typeof eventEditionRecords)[number]["key"];

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

export interface SourceCounterpart {
  person: PersonKey;
  /** The title the page gives the person at this meeting. */
  titleAtMeeting: string;
  organisation: OrganisationKey | null;
}

export interface SourceMeeting {
  key: string;
  startsOn: string;
  endsOn: string | null;
  kind: MeetingKind;
  countryCode: string;
  city: string | null;
  venue: string | null;
  eventEdition: EventEditionKey | null;
  topics: string | null;
  outcome: string | null;
  counterparts: readonly SourceCounterpart[];
}

/** What the page says was discussed at all seven GFMD side meetings. */
const gfmdTopics =
  "تحديات تدبير الهجرات التي تواجه مجموعة من الجهات عبر العالم بسبب المشاكل الاقتصادية والسياسية ونتيجة التغيرات المناخية؛ " +
  "دعوة السيد الوزير نظراءه إلى تعزيز علاقات التعاون والشراكة بين المملكة وبلدانهم ضمن علاقة رابح – رابح والقيام بزيارات وتبادل الخبرات بين المغرب وشركائه قصد توحيد الجهود في إطار المسؤولية المشتركة.";

/** The outcome the page states for all seven ("all the ministers and officials praised ..."). */
const gfmdPraise =
  "أشاد جميع الوزراء والمسؤولين بالدور المحوري والريادي للمملكة في المجالات المرتبطة بتدبير شؤون الهجرة تحت القيادة الرشيدة لصاحب الجلالة الملك محمد السادس نصره الله.";

/** The invitation goes only on the meetings with the five countries the page names. */
function gfmdInvitation(countryAr: string): string {
  return `${gfmdPraise} تمت دعوة السيد الوزير للقيام بزيارة عمل إلى ${countryAr}.`;
}

function gfmdMeeting(
  key: string,
  countryCode: string,
  counterpart: SourceCounterpart,
  outcome: string,
): SourceMeeting {
  return {
    key,
    // The page gives only the forum's dates for these meetings: the range, never a guessed day.
    startsOn: "2018-12-05",
    endsOn: "2018-12-07",
    kind: "side_meeting",
    countryCode,
    city: "مراكش",
    venue: "قصر المؤتمرات النخيل",
    eventEdition: "gfmd2018",
    topics: gfmdTopics,
    outcome,
    counterparts: [counterpart],
  };
}

/**
 * Single-day meetings of the minister in 2018 (the page: "لقاء مع ..., يوم (d/m/2018)"). The page
 * states no city. Kind: a call on a parliament speaker, senator or ambassador is a courtesy call;
 * a meeting with a minister or official in charge of migration is a working meeting.
 */
function ministerMeeting(
  key: string,
  startsOn: string,
  kind: MeetingKind,
  countryCode: string,
  counterpart: SourceCounterpart,
  topics: string | null = null,
): SourceMeeting {
  return {
    key,
    startsOn,
    endsOn: null,
    kind,
    countryCode,
    city: null,
    venue: null,
    eventEdition: null,
    topics,
    outcome: null,
    counterparts: [counterpart],
  };
}

export const meetingRecords: readonly SourceMeeting[] = [
  ministerMeeting("kjaersgaard", "2018-01-04", "courtesy_call", "DK", {
    person: "kjaersgaard",
    titleAtMeeting: "رئيسة البرلمان الدانماركي",
    organisation: null,
  }),
  ministerMeeting("landaluce", "2018-01-12", "courtesy_call", "ES", {
    person: "landaluce",
    titleAtMeeting: "عمدة الجزيرة الخضراء ورئيس لجنة الشؤون الخارجية بمجلس الشيوخ الاسباني",
    organisation: null,
  }),
  ministerMeeting("ferrer", "2018-02-28", "courtesy_call", "SE", {
    person: "ferrer",
    titleAtMeeting: "سفيرة السويد بالمغرب",
    organisation: null,
  }),
  ministerMeeting("bonis", "2018-02-28", "courtesy_call", "NL", {
    person: "bonis",
    titleAtMeeting: "سفيرة هولندا بالمغرب",
    organisation: null,
  }),
  ministerMeeting("cole", "2018-03-19", "working_meeting", "GB", {
    person: "cole",
    titleAtMeeting: "المبعوث البريطاني المكلف بشؤون الهجرة",
    organisation: null,
  }),
  ministerMeeting("mykkanen", "2018-03-20", "working_meeting", "FI", {
    person: "mykkanen",
    titleAtMeeting: "وزير الداخلية الفنلندي",
    organisation: null,
  }),
  ministerMeeting("stojberg", "2018-03-26", "working_meeting", "DK", {
    person: "stojberg",
    titleAtMeeting: "وزيرة الهجرة والإدماج لدولة الدنمرك",
    organisation: null,
  }),
  ministerMeeting("courard", "2018-03-27", "courtesy_call", "BE", {
    person: "courard",
    titleAtMeeting: "رئيس برلمان فدرالية والوني-بروكسيل",
    organisation: null,
  }),
  // Written "(07/4/2018)": read d/m like the rest of the list (issue `meeting-bracke-date`).
  ministerMeeting("bracke", "2018-04-07", "courtesy_call", "BE", {
    person: "bracke",
    titleAtMeeting: "رئيس مجلس النواب البلجيكي",
    organisation: null,
  }),
  ministerMeeting("peumans", "2018-06-01", "courtesy_call", "BE", {
    person: "peumans",
    titleAtMeeting: "رئيس البرلمان الفلاماني البلجيكي",
    organisation: null,
  }),
  // Written "(01/10/2018)": read d/m (issue `meeting-rumi-date`). The ambassador and the
  // delegation are not named, so they are text, not people.
  ministerMeeting(
    "rumi",
    "2018-10-01",
    "working_meeting",
    "ES",
    {
      person: "rumi",
      titleAtMeeting: "كاتبة الدولة الاسبانية المكلفة بالهجرة",
      organisation: "spanishMigrationSecretariat",
    },
    "كانت مرفوقة بالسيد سفير مملكة اسبانيا بالرباط ووفد رفيع المستوى.",
  ),

  gfmdMeeting(
    "gfmdSangare",
    "ML",
    { person: "sangare", titleAtMeeting: "وزير ماليي الخارج والاندماج الافريقي", organisation: null },
    gfmdInvitation("مالي"),
  ),
  gfmdMeeting(
    "gfmdMballow",
    "GM",
    { person: "mballow", titleAtMeeting: "وزير الداخلية الكامبي", organisation: null },
    gfmdPraise,
  ),
  gfmdMeeting(
    "gfmdMetwally",
    "SD",
    {
      person: "metwally",
      titleAtMeeting: "كاتب الدولة المكلف بالسودانيين العاملين بالخارج",
      organisation: null,
    },
    gfmdInvitation("السودان"),
  ),
  gfmdMeeting(
    "gfmdMakgato",
    "BW",
    {
      person: "makgato",
      titleAtMeeting: "وزيرة المواطنة والهجرة وقضايا المساواة ببوتسوانا",
      organisation: null,
    },
    gfmdPraise,
  ),
  gfmdMeeting(
    "gfmdAlHamli",
    "AE",
    { person: "alHamli", titleAtMeeting: "وزير الموارد البشرية والاماراتية", organisation: null },
    gfmdInvitation("الإمارات العربية المتحدة"),
  ),
  gfmdMeeting(
    "gfmdHussen",
    "CA",
    {
      person: "hussen",
      titleAtMeeting: "وزير الهجرة واللاجئين والمواطنة لحكومة كندا",
      organisation: null,
    },
    gfmdInvitation("كندا"),
  ),
  gfmdMeeting(
    "gfmdFakhroo",
    "QA",
    {
      person: "fakhroo",
      titleAtMeeting: "وزير التطوير الاداري والعمل والشؤون الاجتماعية القطري",
      organisation: null,
    },
    gfmdInvitation("قطر"),
  ),

  {
    key: "spainBilateralCommittee2016",
    startsOn: "2016-12-19",
    endsOn: "2016-12-20",
    kind: "bilateral_committee",
    countryCode: "ES",
    city: "مدريد",
    venue: null,
    eventEdition: null,
    topics:
      "اجتماع اللجنة الثنائية المكلفة بتتبع البرامج، تبعا لمقتضيات الدورة الأولى للمنتدى المغربي-الإسباني حول الهجرة والاندماج (مدريد، 19-20 نونبر 2015).",
    outcome:
      "قام الطرف الإسباني بتقديم برنامج جديد للتعاون “مسار”، الممول من طرف الوكالة الإسبانية للتعاون الدولي، والذي تضمن عدة مشاريع على مدى سنتي 2017-2018.",
    counterparts: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Programmes and projects
// ---------------------------------------------------------------------------------------------

export interface SourceProgramme {
  key: string;
  nameAr: string;
  nameFr: string | null;
  nameEn: string | null;
  acronym: string | null;
  countryCode: string;
  fundingOrganisation: OrganisationKey | null;
  plannedStart: string | null;
  plannedEnd: string | null;
}

export const programmeRecords = [
  {
    // "يرتكز التعاون مع ألمانيا على المشاريع الخمسة التالية": the page groups them, with no period.
    key: "germany",
    nameAr: "التعاون مع ألمانيا",
    nameFr: "Coopération avec l'Allemagne",
    nameEn: "Cooperation with Germany",
    acronym: null,
    countryCode: "DE",
    fundingOrganisation: null,
    plannedStart: null,
    plannedEnd: null,
  },
  {
    key: "belgium",
    nameAr: "برنامج التعاون المغربي-البلجيكي 2016-2020",
    nameFr: "Programme de coopération maroco-belge 2016-2020",
    nameEn: "Moroccan-Belgian Cooperation Programme 2016-2020",
    acronym: null,
    countryCode: "BE",
    fundingOrganisation: null,
    plannedStart: "2016",
    plannedEnd: "2020",
  },
  {
    key: "masar",
    nameAr: "برنامج التعاون “مسار”",
    nameFr: "Programme Masar",
    nameEn: "Masar programme",
    acronym: "Masar",
    countryCode: "ES",
    fundingOrganisation: "aecid",
    plannedStart: "2017",
    plannedEnd: "2018",
  },
] as const satisfies readonly SourceProgramme[];

export type ProgrammeKey = (typeof programmeRecords)[number]["key"];

export interface SourcePartner {
  organisation: OrganisationKey;
  role: PartnerRole;
  note: string | null;
  /**
   * Set when the role is read from context, not stated for this partner on this project: the
   * loader marks the row derived and lists it in the data-quality report (kind "derived").
   */
  derived?: { excerpt: string; noteAr: string; noteFr: string; noteEn: string };
}

export interface SourcePhase {
  phase: ProjectPhase;
  plannedMonths: number;
}

export interface SourceActivity {
  /** Stable within the project; lets data-quality issues point at the row. */
  key: string;
  title: string;
  kind: ActivityKind;
  plannedOn: string | null;
  plannedEndOn: string | null;
  city: string | null;
  countryCode: string | null;
  status: ActivityStatus;
  notes: string | null;
}

export interface SourceProject {
  key: string;
  acronym: string | null;
  titleAr: string;
  titleFr: string | null;
  titleEn: string | null;
  partnerCountryCode: string;
  programme: ProgrammeKey | null;
  status: ProjectStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  budgetAmount: number | null;
  budgetCurrency: string | null;
  fundingSource: string | null;
  complements: string | null;
  notes: string | null;
  /** In the page's order. */
  objectives: readonly string[];
  phases: readonly SourcePhase[];
  partners: readonly SourcePartner[];
  /** In the page's order (position); the app sorts them by date. */
  activities: readonly SourceActivity[];
}

/** Activities the page lists under "تقدم المشروع" are reported as achieved. */
const listedAsProgress = "مدرج ضمن «تقدم المشروع» في المصدر؛ لا يذكر المصدر تاريخا.";

function doneActivity(
  key: string,
  title: string,
  kind: ActivityKind,
  plannedOn: string | null,
  place: { city: string; countryCode: string } | null = null,
  notes: string | null = null,
  plannedEndOn: string | null = null,
): SourceActivity {
  return {
    key,
    title,
    kind,
    plannedOn,
    plannedEndOn,
    city: place?.city ?? null,
    countryCode: place?.countryCode ?? null,
    status: "done",
    notes: notes ?? (plannedOn === null ? listedAsProgress : null),
  };
}

const berlin = { city: "برلين", countryCode: "DE" };
const rabat = { city: "الرباط", countryCode: "MA" };

const integrationStrategy1 = "النسخة الأولى من استراتيجية الاندماج في إطار التعاون الثلاثي الأطراف";
const integrationStrategy2 =
  "النسخة الثانية من إستراتيجية اندماج المجموعة في إطار ثنائي (المغرب/ ألمانيا)";

const germanSupervision: readonly SourcePartner[] = [
  { organisation: "bmz", role: "funding", note: null },
  { organisation: "department", role: "supervision", note: null },
  { organisation: "giz", role: "implementation", note: null },
];

/** Vivre ensemble lists its partners without their roles (issue `vivre-ensemble-partner-roles`). */
const roleNotStated = "الدور غير محدد في المصدر (مذكور ضمن «شركاء المشروع»).";

/** GIZ implements the projects Germany funds: stated once for all of them, above project 1. */
const gizForGermany = {
  excerpt: "تدبير وتنفيذ المشاريع الممولة من طرف ألمانيا من لدن وكالة التعاون الألمانية GIZ",
  noteAr: "دور التنفيذ مستنتج من الجملة العامة عن المشاريع الممولة من طرف ألمانيا، لا من فقرة المشروع.",
  noteFr: "Rôle de mise en œuvre déduit de la phrase générale sur les projets financés par l'Allemagne, non de la section du projet.",
  noteEn: "Implementation role derived from the general sentence on the projects Germany funds, not from the project's own section.",
};

/** Enabel implements the Belgian programme: stated for the programme, not for each project. */
const enabelForBelgium = {
  excerpt: "برنامج التعاون المغربي-البلجيكي لسنوات 2016/2020 الذي يتم تنفيذه بتعاون وثيق مع الوكالة البلجيكية للتنمية «Enabel»",
  noteAr: "دور التنفيذ مستنتج من الجملة الخاصة بالبرنامج البلجيكي، لا من فقرة المشروع.",
  noteFr: "Rôle de mise en œuvre déduit de la phrase sur le programme belge, non de la section du projet.",
  noteEn: "Implementation role derived from the sentence on the Belgian programme, not from the project's own section.",
};

/** "Implemented in partnership with": the role is read from the verb. */
const amoudouPartnership = {
  excerpt: "وسيتم تنفيذهذا المشروع بشراكة مع الوكالة الوطنية لإنعاش التشغيل والكفاءات والانعاش الوطني",
  noteAr: "دور التنفيذ مستنتج من عبارة «سيتم تنفيذ هذا المشروع بشراكة مع».",
  noteFr: "Rôle de mise en œuvre déduit de « ce projet sera mis en œuvre en partenariat avec ».",
  noteEn: "Implementation role derived from \"this project will be implemented in partnership with\".",
};

export const projectRecords = [
  {
    key: "recoming",
    acronym: "Recoming",
    titleAr: "تعزيز قدرات الجماعات المحلية المغربية في تدبير ملف الهجرة",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "DE",
    programme: "germany",
    status: "not_stated",
    // The page gives no period for Recoming (issue `recoming-period-not-stated`).
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: null,
    complements: null,
    notes: "المستفيدون: 10 جماعات تم انتقاؤها، إدارات محلية، جمعيات محلية والقطاع الخاص.",
    objectives: [
      "تعزيز قدرات الجماعات المحلية بالمغرب في تدبير ملف الهجرة (المهاجرين واللاجئين الذين تمت تسوية وضعيتهم)",
      "تقاسم المعرفة والتجارب المتعلقة بالإدماج الاجتماعي والاقتصادي والثقافي للمهاجرين قصد توفير مناخ ملائم للعيش المشترك على المستوى المحلي",
      "العمل على اقتراح برامج لتحسين وضعية الساكنة على المستوى المحلي بوجود مهاجرين أجانب",
    ],
    phases: [],
    partners: [
      ...germanSupervision,
      { organisation: "interior", role: "steering_committee_member", note: null },
      {
        organisation: "recomingCommunes",
        // Listed under «الشركاء» with no role ("+ 10 جماعات ...").
        role: "not_stated",
        note: "10 جماعات تم انتقاؤها، إدارات محلية، جمعيات محلية والقطاع الخاص",
      },
    ],
    activities: [
      doneActivity("diagnosticMission", "مهمة التشخيص على مستوى الجماعات العشر المحددة مسبقا", "mission", null),
      doneActivity("steeringCommittee2016", "اجتماع لجنة القيادة", "steering_committee_session", "2016-01-22"),
      doneActivity(
        "diagnosticResults",
        "عرض أهم نتائج المهمة التشخيصية المتعلقة بتقوية قدرات الجماعات العشر المعنية بالمشروع",
        "meeting",
        null,
      ),
      doneActivity(
        "communalTrainings",
        "تنظيم دورات تكوينية لفائدة الفاعلين الجماعيين بالجماعات العشر في مجال تدبير تدفق المهاجرين",
        "training",
        null,
      ),
      doneActivity("integrationStrategy1Berlin", `${integrationStrategy1}: برلين`, "workshop", "2016-01", berlin),
      doneActivity("integrationStrategy1Istanbul", `${integrationStrategy1}: إسطنبول`, "workshop", "2016-06", {
        city: "إسطنبول",
        countryCode: "TR",
      }),
      doneActivity("integrationStrategy1Rabat", `${integrationStrategy1}: الرباط`, "workshop", "2016-11", rabat),
      doneActivity(
        "integrationStrategy2Berlin",
        `${integrationStrategy2}: المهمة الأولى ببرلين`,
        "mission",
        "2017-04",
        berlin,
      ),
      doneActivity(
        "integrationStrategy2Frankfurt",
        `${integrationStrategy2}: المهمة الثانية بفرانكفورت`,
        "mission",
        "2017-04",
        { city: "فرانكفورت", countryCode: "DE" },
      ),
      doneActivity("leadershipTraining1", "الدورة التكوينية الأولى في مجال القيادة", "training", "2017-02", rabat),
      doneActivity("leadershipTraining2", "الدورة التكوينية الثانية في مجال القيادة", "training", "2017-03", berlin),
      doneActivity("leadershipTraining3", "الدورة التكوينية الثالثة في مجال القيادة", "training", "2017-05", rabat),
      doneActivity("migrantWeek2016", "دعم تنظيم أسبوع المهاجر 2016", "event", "2016-12"),
      doneActivity("migrantWeek2017", "دعم تنظيم أسبوع المهاجر 2017", "event", "2017-12"),
    ],
  },
  {
    key: "recosa",
    acronym: "RECOSA",
    titleAr: "تحسين ظروف عيش المهاجرين والفئات الهشة على المستوى المحلي",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "DE",
    programme: "germany",
    status: "not_stated",
    plannedStart: "2016",
    plannedEnd: "2019",
    actualStart: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: null,
    complements: "recoming",
    notes: "تكميلي للمشروع 1 (Recoming).",
    // The page announces three objective areas and numbers two (issue `recosa-three-objectives`).
    objectives: [
      "1. تحسين حكامة الهجرة على المستوى الدولي والوطني (الوطني، الجهوي والمحلي)",
      "1.1 بهدف إرساء التنسيق الأفقي والعمودي الجيد بما يسمح بأجرأة الإستراتيجية الوطنية للهجرة واللجوء والاستراتيجية الوطنية لفائدة المغاربة المقيمين بالخارج على المستوى الترابي",
      "1.2 على المستوى الدولي: التنسيق مع الجانب الألماني فيما يخص الرئاسة المشتركة للمنتدى العالمي للهجرة والتنمية (GFMD)",
      "1.3 على المستوى الدولي: تعزيز التعاون الثلاثي",
      "2. التكوين",
      `2.1 تعزيز قدرات أطر ${departmentNameAr} في مجال تدبير سياسات الهجرة`,
      "2.2 تعزيز قدرات المجتمع المدني",
      "2.3 تعزيز الخدمات اللامركزية",
      "2.4 تعزيز قدرات المهاجرين",
      "2.5 تسهيل الاندماج الاقتصادي والاجتماعي والثقافي",
    ],
    phases: [],
    partners: [
      ...germanSupervision,
      { organisation: "interior", role: "steering_committee_member", note: null },
    ],
    activities: [
      doneActivity(
        "recStrategicPlanning",
        "ورشة حول التخطيط الاستراتيجي لمشروع REC (RECOMING et RECOSA)",
        "workshop",
        "2017-03-16",
        null,
        "تهم المشروعين معا: Recoming وRECOSA (سجلت هنا مرة واحدة).",
        "2017-03-17",
      ),
    ],
  },
  {
    key: "germanyAsylum",
    acronym: null,
    titleAr: "الشراكة المغربية-الألمانية في مجال اللجوء والحماية الدولية للاجئين",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "DE",
    programme: "germany",
    // The page states a period ("الفترة: 2016-ماي 2017") but no status.
    status: "not_stated",
    plannedStart: "2016",
    plannedEnd: "2017-05",
    actualStart: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: null,
    complements: null,
    notes: null,
    objectives: ["دعم الفاعلين الوطنيين في إعداد وتنفيذ نظام للجوء يحترم المعايير الدولية والأوروبية"],
    phases: [],
    partners: [
      ...germanSupervision,
      { organisation: "foreignAffairs", role: "steering_committee_member", note: null },
    ],
    activities: [],
  },
  {
    // Projects 4 and 5 of the page: same title, loaded once (issue `germany-project-5-repeats-4`).
    key: "germanyInvestment",
    acronym: null,
    titleAr: "تعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "DE",
    programme: "germany",
    // Only a preparatory meeting is reported; the page states no status.
    status: "not_stated",
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: null,
    complements: null,
    notes: "المشروع 4 في المصدر؛ المشروع 5 يحمل العنوان نفسه.",
    objectives: [
      "تشجيع المغاربة المقيمين بألمانيا الحاملين لمشاريع على الاستثمار والمساهمة في التنمية الاقتصادية بالمغرب",
    ],
    phases: [],
    partners: [
      // "تدبير وتنفيذ المشاريع الممولة من طرف ألمانيا من لدن وكالة التعاون الألمانية GIZ"
      { organisation: "giz", role: "implementation", note: null, derived: gizForGermany },
    ],
    activities: [
      doneActivity(
        "gizChamberMeeting",
        "اجتماع مع فريق وكالة التعاون الألماني (GIZ) وممثل غرفة التجارة الألمانية بالدار البيضاء",
        "meeting",
        null,
      ),
    ],
  },
  {
    key: "maghribBelgiumImpulse",
    acronym: "MaghribBelgium Impulse",
    titleAr: "تحفيز المغرب-بلجيكا",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "BE",
    programme: "belgium",
    status: "not_stated",
    plannedStart: "2017",
    plannedEnd: "2020",
    actualStart: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: null,
    complements: null,
    notes: "يدعم تنفيذ الاستراتيجية الوطنية للمغاربة المقيمين بالخارج.",
    objectives: [
      "دعم تنفيذ الاستراتيجية الوطنية للمغاربة المقيمين بالخارج من خلال التعبئة والمواكبة الخاصة لحاملي المشاريع من مغاربة بلجيكا قصد خلق وتسويق مقاولاتهم بالمغرب",
      "إحداث فضاء خاص برجال الأعمال من مغاربة ببلجيكا بكل من المغرب وبلجيكا",
    ],
    phases: [
      { phase: "preparation", plannedMonths: 6 },
      { phase: "implementation", plannedMonths: 24 },
      { phase: "evaluation", plannedMonths: 6 },
    ],
    partners: [
      { organisation: "enabel", role: "implementation", note: null, derived: enabelForBelgium },
      { organisation: "cgem", role: "strategic_partner", note: null },
    ],
    activities: [],
  },
  {
    key: "amoudou",
    acronym: "Amoudou",
    titleAr: "دعم تنفيذ الإستراتيجية الوطنية للهجرة واللجوء “أمودو”",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "BE",
    programme: "belgium",
    status: "not_stated",
    plannedStart: "2016",
    plannedEnd: "2020",
    actualStart: null,
    budgetAmount: 4_600_000,
    budgetCurrency: "EUR",
    fundingSource: null,
    complements: null,
    notes: null,
    objectives: [
      "ضمان وصول المهاجرين واللاجئين إلى برامج التوجيه والتكوين المهني المتاحة",
      "تحسين الولوج إلى آليات المواكبة في مجال التشغيل الذاتي وسوق الشغل",
      "تعزيز العمل المشترك لمختلف البنيات العاملة في مجال الادماج الاقتصادي للمهاجرين",
    ],
    phases: [
      { phase: "preparation", plannedMonths: 6 },
      { phase: "implementation", plannedMonths: 36 },
      { phase: "evaluation", plannedMonths: 6 },
    ],
    partners: [
      { organisation: "enabel", role: "implementation", note: null, derived: enabelForBelgium },
      { organisation: "anapec", role: "implementation", note: "«وسيتم تنفيذ هذا المشروع بشراكة مع ...»", derived: amoudouPartnership },
      {
        organisation: "promotionNationale",
        role: "implementation",
        note: "مذكور بعد الوكالة الوطنية لإنعاش التشغيل والكفاءات: «...والكفاءات والانعاش الوطني».",
        derived: amoudouPartnership,
      },
    ],
    activities: [],
  },
  {
    key: "vivreEnsemble",
    acronym: null,
    titleAr: "العيش المشترك",
    titleFr: "Vivre ensemble",
    titleEn: null,
    partnerCountryCode: "ES",
    programme: null,
    status: "not_stated",
    plannedStart: "2017-08-24",
    plannedEnd: "2020-08-23",
    // "انطلق هذا المشروع ... بتاريخ 24 غشت 2017"
    actualStart: "2017-08-24",
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: "الصندوق الائتماني الاستعجالي من أجل إفريقيا (EU Emergency Trust Fund for Africa)",
    complements: null,
    notes:
      "شركاء آخرون حسب المصدر: قطاعات وزارية (وزارات الدولة المكلفة بحقوق الانسان، الداخلية، الخارجية والتعاون الدولي، العدل، الصحة، التربية الوطنية، التضامن…إلخ)؛ الجمعيات ووسائل الإعلام.",
    objectives: [
      "تعزيز الآليات والسياسات العمومية الرامية إلى محاربة العنصرية وكراهية الأجانب من أجل ترسيخ مبدأ “العيش المشترك”، وإيلاء عناية خاصة للنوع الاجتماعي",
      "مراجعة المعايير والأنظمة ووضع مقترحات لمحاربة التمييز العنصري ضد المهاجرين",
      "تحسين الآليات المستقلة لتحديد وجمع الشكايات المتعلقة بأحداث عنصرية وكراهية الأجانب",
      "تقوية مهارات الإدارات العمومية خاصة على مستوى: المساعدة الاجتماعية والصحة والتعليم والعدالة للتصدي لظاهرة العنصرية وكراهية الأجانب",
      "دعم قدرات المجتمع المدني في منع وقوع حالات عنصرية للأجانب",
      "التوعية والتواصل للحد من العنصرية وكراهية الأجانب وضمان حماية حقوق الإنسان",
    ],
    phases: [],
    partners: [
      {
        organisation: "eutfAfrica",
        role: "funding",
        note: "«يندرج في إطار الصندوق الائتماني الاستعجالي من أجل إفريقيا»",
        derived: {
          excerpt: "انطلق هذا المشروع الذي يندرج في إطار الصندوق الائتماني الاستعجالي من أجلإفريقيا",
          noteAr: "دور التمويل مستنتج من عبارة «يندرج في إطار الصندوق»؛ المصدر لا يسمي الممول.",
          noteFr: "Rôle de financement déduit de « s'inscrit dans le cadre du Fonds » ; la page ne nomme pas le bailleur.",
          noteEn: "Funding role derived from \"falls within the Fund\"; the page does not name the funder.",
        },
      },
      { organisation: "department", role: "not_stated", note: roleNotStated },
      { organisation: "cndh", role: "not_stated", note: roleNotStated },
      { organisation: "didh", role: "not_stated", note: roleNotStated },
      { organisation: "aecid", role: "not_stated", note: roleNotStated },
      {
        organisation: "spanishMigrationSecretariat",
        role: "not_stated",
        note: `${roleNotStated} عبر المرصد الإسباني للعنصرية وكراهية الأجانب.`,
      },
      { organisation: "oberaxe", role: "not_stated", note: roleNotStated },
      { organisation: "fiiapp", role: "not_stated", note: roleNotStated },
      { organisation: "euDelegation", role: "observer", note: "صفة ملاحظ" },
    ],
    activities: [],
  },
  {
    key: "masarTechnicalSkills",
    acronym: null,
    titleAr: "تقوية الكفاءات التقنية لتدبير الهجرة، الاندماج، واللجوء",
    titleFr: null,
    titleEn: null,
    partnerCountryCode: "ES",
    programme: "masar",
    status: "not_stated",
    plannedStart: "2017",
    plannedEnd: "2018",
    actualStart: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: "التعاون الإسباني في إطار البرنامج “مسار”",
    complements: null,
    notes: null,
    objectives: [
      "دعم الاستراتيجية الوطنية للهجرة واللجوء، وكذا الإستراتيجية الموجهة لفائدة مغاربة العالم، خاصة المغاربة المقيمين بإسبانيا",
      "منطلق إبراز مكانة السلطات المغربية كفاعل أساسي في مجال الهجرة",
      "مقاربة تتميز بحماية حقوق الإنسان",
      "الحكامة الجيدة: تنفيذ سياسة للهجرة متعددة المجالات، من خلال التدبير المتوازن والجيد يأخذ بعين الاعتبار مصالح المهاجر وبلد الإقامة وبلده الأصل",
      "الترويج لقيم التفاهم المجتمعي تحت شعار “العيش المشترك”: الشيء الذي من المرتقب أن يساهم في اندماج المهاجر وتقوية التعايش المجتمعي",
      "تقوية دور الجالية المغربية كفاعل أساسي لتعزيز أواصر الصداقة بين المجتمع المغربي والمجتمع الإسباني",
    ],
    phases: [],
    partners: [
      {
        organisation: "aecid",
        role: "funding",
        note: null,
        derived: {
          excerpt: "هذا البرنامج ممول من طرف التعاون الإسباني في إطار البرنامج “مسار”",
          noteAr: "المصدر يذكر «التعاون الإسباني» ممولا؛ نسبته إلى الوكالة الإسبانية للتعاون الدولي (ممولة برنامج «مسار») مستنتجة.",
          noteFr: "La page nomme « la coopération espagnole » comme bailleur ; l'attribuer à l'AECID (bailleur du programme Masar) est déduit.",
          noteEn: "The page names \"Spanish cooperation\" as funder; attributing it to AECID (Masar's funder) is derived.",
        },
      },
    ],
    activities: [],
  },
] as const satisfies readonly SourceProject[];

export type ProjectKey = (typeof projectRecords)[number]["key"];

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

export interface SourceStatusChange {
  fromStatus: SigningStatus | null;
  toStatus: SigningStatus;
  occurredOn: string | null;
  note: string | null;
}

export interface SourceAgreement {
  key: string;
  type: AgreementType;
  titleAr: string | null;
  /** French and English titles: translations of the page's Arabic title (null when it has none). */
  titleFr: string | null;
  titleEn: string | null;
  /** Subject in Arabic, as the page states it, then translated. */
  subject: string | null;
  subjectFr: string | null;
  subjectEn: string | null;
  counterpartCountryCode: string;
  counterpartOrganisation: OrganisationKey | null;
  signingStatus: SigningStatus;
  signedOn: string;
  placeOfSignature: string | null;
  /** In order; the last `toStatus` is `signingStatus`. */
  statusChanges: readonly SourceStatusChange[];
}

const inExecution = "في طور التنفيذ حسب المصدر؛ تاريخ الدخول حيز التنفيذ غير مذكور.";

/**
 * A row of the page's table "الدولة / الاتفاقيات / تاريخ التوقيع" (yyyy/mm/dd). The page says the
 * five agreements in the field of migration-policy management are "in execution".
 */
function africaMou(
  key: string,
  countryCode: string,
  signedOn: string,
  title: { ar: string; fr: string; en: string } | null,
): SourceAgreement {
  return {
    key,
    type: "memorandum_of_understanding",
    titleAr: title?.ar ?? null,
    titleFr: title?.fr ?? null,
    titleEn: title?.en ?? null,
    subject: "تدبير سياسات الهجرة",
    subjectFr: "Gestion des politiques migratoires",
    subjectEn: "Management of migration policies",
    counterpartCountryCode: countryCode,
    counterpartOrganisation: null,
    signingStatus: "in_force",
    signedOn,
    placeOfSignature: null,
    statusChanges: [
      { fromStatus: null, toStatus: "signed", occurredOn: signedOn, note: null },
      { fromStatus: "signed", toStatus: "in_force", occurredOn: null, note: inExecution },
    ],
  };
}

export const agreementRecords: readonly SourceAgreement[] = [
  {
    key: "tresCulturas2018",
    type: "partnership_agreement",
    titleAr: "اتفاقية شراكة مع مؤسسة الثقافات الثلاث",
    titleFr: "Accord de partenariat avec la Fondation des Trois Cultures de la Méditerranée",
    titleEn: "Partnership agreement with the Three Cultures of the Mediterranean Foundation",
    subject:
      "تسهيل عملية اندماج المهاجرين المغاربة في اسبانيا وفي جهة الأندلس بالخصوص، في إطار شراكة قائمة منذ سنة 2010 (برنامج عمل سنوي مشترك: الثقافة، الاندماج، تعليم اللغة العربية واللغة الإسبانية لفائدة المغاربة المقيمين بإسبانيا، العيش المشترك).",
    subjectFr:
      "Faciliter l'intégration des migrants marocains en Espagne, et en Andalousie en particulier, dans le cadre d'un partenariat établi depuis 2010 (programme de travail annuel commun : culture, intégration, enseignement de l'arabe et de l'espagnol aux Marocains résidant en Espagne, vivre ensemble).",
    subjectEn:
      "Helping Moroccan migrants integrate in Spain, and in Andalusia in particular, within a partnership in place since 2010 (a joint annual work programme: culture, integration, teaching Arabic and Spanish to Moroccans living in Spain, living together).",
    counterpartCountryCode: "ES",
    counterpartOrganisation: "tresCulturas",
    // The page states the signature only ("قامت الوزارة بتوقيع اتفاقية شراكة ... يوم 20 مارس 2018"):
    // signed until something states that it entered into force.
    signingStatus: "signed",
    signedOn: "2018-03-20",
    placeOfSignature: "الرباط",
    statusChanges: [{ fromStatus: null, toStatus: "signed", occurredOn: "2018-03-20", note: null }],
  },
  africaMou("sudan2016", "SD", "2016-01-06", {
    ar: "مذكرة تفاهم حول تدبير المجتمعات المستقرة بالخارج والهجرة",
    fr: "Mémorandum d'entente sur la gestion des communautés établies à l'étranger et la migration",
    en: "Memorandum of understanding on the management of communities settled abroad and migration",
  }),
  africaMou("coteDIvoire2015", "CI", "2015-01-20", null),
  africaMou("senegal2013", "SN", "2013-06-24", null),
  africaMou("tunisia2009", "TN", "2009-05-25", null),
  africaMou("egypt2006", "EG", "2006-10-12", null),
];

export type AgreementKey =
  | "tresCulturas2018"
  | "sudan2016"
  | "coteDIvoire2015"
  | "senegal2013"
  | "tunisia2009"
  | "egypt2006";

// ---------------------------------------------------------------------------------------------
// Data-quality issues
// ---------------------------------------------------------------------------------------------

export const dataQualityKinds = [
  "derived",
  "repeated",
  "figure_without_records",
  "ambiguous",
  "missing_date",
  "inconsistent",
] as const;
export type DataQualityKind = (typeof dataQualityKinds)[number];

/** The record an issue is about, resolved to an id by the loader. */
export type DataQualityEntity =
  | { type: "project"; key: ProjectKey }
  | { type: "activity"; project: ProjectKey; key: string }
  | { type: "meeting"; key: string }
  | { type: "person"; key: PersonKey }
  | { type: "organisation"; key: OrganisationKey }
  | { type: "agreement"; key: AgreementKey }
  | { type: "event_edition"; key: EventEditionKey }
  | { type: "programme"; key: ProgrammeKey };

export interface SourceDataQualityIssue {
  /** Stable: re-seeding finds the issue by it. */
  key: string;
  kind: DataQualityKind;
  entity: DataQualityEntity | null;
  /** The page's own words (NFKC-folded only). */
  sourceExcerpt: string;
  noteAr: string;
  noteFr: string;
  noteEn: string;
}

export const dataQualityIssueRecords: readonly SourceDataQualityIssue[] = [
  {
    key: "germany-project-5-repeats-4",
    kind: "repeated",
    entity: { type: "project", key: "germanyInvestment" },
    sourceExcerpt:
      "المشروع 4/ تعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا ... المشروع 5\n\nتعزيز الاستثمارات المنتجة للمغاربة المقيمين بألمانيا.",
    noteAr:
      "يعلن المصدر عن خمسة مشاريع مع ألمانيا، لكن المشروع 5 يكرر عنوان المشروع 4 حرفيا دون أي معطى آخر. تم تحميل المشروع مرة واحدة؛ العنوان الحقيقي للمشروع الخامس غير معروف ويجب التحقق منه.",
    noteFr:
      "La source annonce cinq projets avec l'Allemagne, mais le projet 5 reprend mot pour mot le titre du projet 4, sans autre information. Le projet est chargé une seule fois ; l'intitulé réel du cinquième projet est inconnu et doit être vérifié.",
    noteEn:
      "The source announces five projects with Germany, but Project 5 repeats Project 4's title word for word, with nothing else. The project is loaded once; the real title of the fifth project is unknown and needs checking.",
  },
  {
    key: "germany-project-4-activity-missing-date",
    kind: "missing_date",
    entity: { type: "activity", project: "germanyInvestment", key: "gizChamberMeeting" },
    sourceExcerpt:
      "اجتماع مع فريق وكالة التعاون الألماني (GIZ) وممثل غرفة التجارة الألمانية بالدار البيضاء",
    noteAr:
      "لا يذكر المصدر تاريخ هذا الاجتماع ولا مكانه (عبارة «بالدار البيضاء» تخص ممثل الغرفة). تُرك التاريخ فارغا.",
    noteFr:
      "La source ne donne ni la date ni le lieu de cette réunion (« à Casablanca » qualifie le représentant de la chambre). La date est laissée vide.",
    noteEn:
      "The source gives neither the date nor the place of this meeting (\"in Casablanca\" qualifies the chamber's representative). The date is left empty.",
  },
  {
    key: "recoming-undated-activities",
    kind: "missing_date",
    entity: { type: "project", key: "recoming" },
    sourceExcerpt:
      "– مهمة التشخيص على مستوى الجماعات العشر المحددة مسبقا ... – عرض أهم نتائج المهمة التشخيصية المتعلقة بتقوية قدراتالجماعات العشر المنية بالمشروع\n– تنظيم دورات تكوينية لفائدة الفاعلين الجماعيين بالجماعات العشر في مجال تدبير تدفق المهاجرين",
    noteAr:
      "ثلاثة أنشطة لمشروع Recoming (مهمة التشخيص، عرض نتائجها، الدورات التكوينية لفائدة الفاعلين الجماعيين) مذكورة دون تاريخ. سجلت منجزة لأنها مدرجة ضمن «تقدم المشروع»، بدون تاريخ.",
    noteFr:
      "Trois activités de Recoming (mission de diagnostic, restitution de ses résultats, formations des acteurs communaux) sont citées sans date. Elles sont enregistrées comme réalisées, puisque listées sous « état d'avancement », sans date.",
    noteEn:
      "Three Recoming activities (diagnostic mission, presentation of its results, trainings for communal actors) are stated without a date. They are recorded as done, since they are listed under \"project progress\", with no date.",
  },
  {
    key: "recoming-period-not-stated",
    kind: "missing_date",
    entity: { type: "project", key: "recoming" },
    sourceExcerpt: "المشروع 1/``تعزيز قدرات الجماعات المحلية المغربية في تدبير ملف الهجرة`` (Recoming)",
    noteAr:
      "لا يذكر المصدر فترة مشروع Recoming (أقدم نشاط مؤرخ: يناير 2016؛ RECOSA المكمل له: 2016-2019). تُرك تاريخا البداية والنهاية فارغين.",
    noteFr:
      "La source ne donne pas la période de Recoming (première activité datée : janvier 2016 ; RECOSA, qui le complète : 2016-2019). Début et fin prévus sont laissés vides.",
    noteEn:
      "The source does not give Recoming's period (earliest dated activity: January 2016; RECOSA, which complements it: 2016-2019). Planned start and end are left empty.",
  },
  {
    key: "recoming-communes-not-named",
    kind: "figure_without_records",
    entity: { type: "organisation", key: "recomingCommunes" },
    sourceExcerpt: "– + 10 جماعات تم انتقاؤها، إدارات محلية، جمعيات محلية والقطاع الخاص",
    noteAr:
      "يذكر المصدر 10 جماعات منتقاة ضمن شركاء مشروع Recoming دون تسميتها ودون تحديد دورها، وكذا إدارات وجمعيات محلية والقطاع الخاص. سجلت كجهة جماعية واحدة «الجماعات العشر المنتقاة» بدور «غير محدد»؛ يجب إضافة أسماء الجماعات.",
    noteFr:
      "La source cite parmi les partenaires de Recoming 10 communes sélectionnées, sans les nommer ni préciser leur rôle, ainsi que des administrations et associations locales et le secteur privé. Elles sont enregistrées comme une seule entité collective « les dix communes sélectionnées », rôle « non précisé » ; les noms des communes sont à compléter.",
    noteEn:
      "The source lists 10 selected communes among Recoming's partners without naming them or stating their role, plus local administrations, local associations and the private sector. They are recorded as one collective organisation \"the ten selected communes\" with the role \"not stated\"; the communes' names need adding.",
  },
  {
    key: "recosa-three-objectives-two-listed",
    kind: "inconsistent",
    entity: { type: "project", key: "recosa" },
    sourceExcerpt: "يرتكز المشروع على ثلاثة أهداف اساسية:",
    noteAr:
      "يعلن المصدر ثلاثة أهداف أساسية لمشروع RECOSA لكنه يرقم هدفين فقط (1. تحسين حكامة الهجرة، 2. التكوين). قد يكون «تسهيل الاندماج الاقتصادي والاجتماعي والثقافي» هو الهدف الثالث المدرج خطأ تحت التكوين. حُملت الأهداف كما وردت.",
    noteFr:
      "La source annonce trois objectifs principaux pour RECOSA mais n'en numérote que deux (1. gouvernance de la migration, 2. formation). « Faciliter l'intégration économique, sociale et culturelle », listé sous la formation, pourrait être le troisième. Les objectifs sont chargés tels quels.",
    noteEn:
      "The source announces three main objectives for RECOSA but numbers only two (1. migration governance, 2. training). \"Facilitating economic, social and cultural integration\", listed under training, may be the third. The objectives are loaded as written.",
  },
  {
    key: "maghribbelgium-belgian-partner-not-named",
    kind: "figure_without_records",
    entity: { type: "project", key: "maghribBelgiumImpulse" },
    sourceExcerpt: "كشريك استراتيجي إلى جانب شريك بلجيكي.",
    noteAr: "يذكر المصدر «شريكا بلجيكيا» لمشروع MaghribBelgium Impulse دون تسميته. لم يسجل أي شريك مختلق.",
    noteFr:
      "La source mentionne « un partenaire belge » de MaghribBelgium Impulse sans le nommer. Aucun partenaire n'a été inventé.",
    noteEn:
      "The source mentions \"a Belgian partner\" of MaghribBelgium Impulse without naming it. No partner was invented.",
  },
  {
    key: "amoudou-anapec-promotion-nationale",
    kind: "ambiguous",
    entity: { type: "project", key: "amoudou" },
    sourceExcerpt: "بشراكة مع الوكالة الوطنية لإنعاش التشغيل والكفاءات والانعاش الوطني",
    noteAr:
      "الاسم الرسمي لـ ANAPEC هو «الوكالة الوطنية لإنعاش التشغيل والكفاءات»؛ عبارة «والانعاش الوطني» تشير على الأرجح إلى مؤسسة ثانية (الإنعاش الوطني). سجلت الجهتان كشريكين في التنفيذ؛ يجب التأكد.",
    noteFr:
      "Le nom officiel de l'ANAPEC est « Agence nationale de promotion de l'emploi et des compétences » ; « والانعاش الوطني » désigne probablement un second organisme (la Promotion nationale). Les deux sont enregistrés comme partenaires de mise en œuvre ; à confirmer.",
    noteEn:
      "ANAPEC's official name is \"National Agency for the Promotion of Employment and Skills\"; \"والانعاش الوطني\" most likely names a second body (the Promotion nationale). Both are recorded as implementation partners; to be confirmed.",
  },
  {
    key: "vivre-ensemble-partner-roles",
    kind: "ambiguous",
    entity: { type: "project", key: "vivreEnsemble" },
    sourceExcerpt:
      "– قطاعات وزارية (وزارات الدولة المكلفة بحقوق الانسان، الداخلية، الخارجية والتعاون الدولي، العدل، الصحة، التربية الوطنية، التضامن...إلخ)؛\n– الجمعيات ووسائل الإعلام.",
    noteAr:
      "يسرد المصدر شركاء مشروع «العيش المشترك» دون تحديد أدوارهم (باستثناء مندوبية الاتحاد الأوروبي: ملاحظ). سجلوا بصفة «شريك استراتيجي» مع ملاحظة. «القطاعات الوزارية (...إلخ)» و«الجمعيات ووسائل الإعلام» غير محددة فسجلت كملاحظة على المشروع فقط.",
    noteFr:
      "La source liste les partenaires de « Vivre ensemble » sans préciser leurs rôles (sauf la Délégation de l'UE : observateur). Ils sont enregistrés comme « partenaire stratégique » avec une note. Les « départements ministériels (… etc.) » et « les associations et les médias », non identifiés, figurent seulement en note du projet.",
    noteEn:
      "The source lists the partners of \"Vivre ensemble\" without their roles (except the EU Delegation: observer). They are recorded as \"strategic partner\" with a note. The \"ministerial departments (... etc.)\" and \"associations and the media\", not identified, are only a note on the project.",
  },
  {
    key: "masar-several-projects-one-named",
    kind: "figure_without_records",
    entity: { type: "programme", key: "masar" },
    sourceExcerpt: "والذي تضمن عدة مشاريع على مدى سنتي 2017-2018.",
    noteAr:
      "يقول المصدر إن برنامج «مسار» تضمن عدة مشاريع، ولا يسمي إلا مشروعا واحدا («تقوية الكفاءات التقنية لتدبير الهجرة، الاندماج، واللجوء»). لم تختلق مشاريع أخرى.",
    noteFr:
      "La source indique que le programme « Masar » comprend plusieurs projets, mais n'en nomme qu'un (« renforcement des compétences techniques pour la gestion de la migration, de l'intégration et de l'asile »). Aucun autre projet n'a été inventé.",
    noteEn:
      "The source says the Masar programme included several projects but names only one (\"strengthening technical skills for managing migration, integration and asylum\"). No other project was invented.",
  },
  {
    key: "gfmd-side-meetings-no-day",
    kind: "missing_date",
    entity: { type: "event_edition", key: "gfmd2018" },
    sourceExcerpt: "وعلى هامش فعاليات المنتدى العالمي للهجرة والتنمية المنعقد بمراكش بين 5 و7 دجنبر 2018، استقبل السيد الوزير",
    noteAr:
      "لا يحدد المصدر يوم كل لقاء من اللقاءات السبعة على هامش المنتدى العالمي للهجرة والتنمية. سجلت بفترة المنتدى (5-7 دجنبر 2018) دون اختلاق يوم.",
    noteFr:
      "La source ne donne pas le jour de chacune des sept rencontres en marge du FMMD. Elles sont enregistrées avec la période du forum (5-7 décembre 2018), sans jour inventé.",
    noteEn:
      "The source does not give the day of each of the seven meetings on the sidelines of the GFMD. They are recorded with the forum's dates (5-7 December 2018), with no invented day.",
  },
  {
    key: "gfmd-invitations-especially",
    kind: "ambiguous",
    entity: { type: "event_edition", key: "gfmd2018" },
    sourceExcerpt:
      "تمت دعوة السيد الوزير للقيام بزيارات عمل لهذه البلدان، خاصة مالي والامارات العربية المتحدة وكندا وقطر والسودان.",
    noteAr:
      "كلمة «خاصة» لا تحسم إن كانت غامبيا وبوتسوانا قد وجهتا دعوة أيضا. سجلت الدعوة فقط في لقاءات البلدان الخمسة المسماة.",
    noteFr:
      "Le mot « notamment » ne dit pas si la Gambie et le Botswana ont aussi invité le ministre. L'invitation n'est enregistrée que pour les cinq pays nommés.",
    noteEn:
      "\"Especially\" leaves open whether The Gambia and Botswana also invited the minister. The invitation is recorded only on the meetings with the five countries named.",
  },
  {
    key: "meeting-bracke-date",
    kind: "ambiguous",
    entity: { type: "meeting", key: "bracke" },
    sourceExcerpt: "لقاء مع السيد Siegfried Bracke رئيس مجلس النواب البلجيكي، يوم (07/4/2018) ؛",
    noteAr:
      "التاريخ مكتوب «07/4/2018» بصفر في اليوم خلافا لباقي القائمة، ويمكن قراءته 4 يوليوز. سجل 7 أبريل 2018 (قراءة يوم/شهر كباقي القائمة، وهو ما يحترم الترتيب الزمني للقائمة)، مع أن 7 أبريل 2018 يوم سبت؛ يجب التأكد.",
    noteFr:
      "La date est écrite « 07/4/2018 », avec un zéro au jour contrairement au reste de la liste, et pourrait se lire 4 juillet. Enregistrée au 7 avril 2018 (lecture jour/mois comme le reste de la liste, qui respecte l'ordre chronologique de la liste), bien que le 7 avril 2018 soit un samedi ; à vérifier.",
    noteEn:
      "The date is written \"07/4/2018\", zero-padded unlike the rest of the list, and could be read as 4 July. Recorded as 7 April 2018 (day/month like the rest of the list, which keeps the list in chronological order), although 7 April 2018 was a Saturday; to be checked.",
  },
  {
    key: "meeting-rumi-date",
    kind: "ambiguous",
    entity: { type: "meeting", key: "rumi" },
    sourceExcerpt: "يوم (01/10/2018).",
    noteAr:
      "التاريخ مكتوب «01/10/2018» بصفر في اليوم، ويمكن قراءته 10 يناير. سجل فاتح أكتوبر 2018 (قراءة يوم/شهر كباقي القائمة، آخر القائمة المرتبة زمنيا).",
    noteFr:
      "La date est écrite « 01/10/2018 », avec un zéro au jour, et pourrait se lire 10 janvier. Enregistrée au 1er octobre 2018 (lecture jour/mois comme le reste de la liste, dernière d'une liste chronologique).",
    noteEn:
      "The date is written \"01/10/2018\", zero-padded, and could be read as 10 January. Recorded as 1 October 2018 (day/month like the rest of the list, last of a chronological list).",
  },
  {
    key: "meeting-fakhroo-name-typo",
    kind: "inconsistent",
    entity: { type: "person", key: "fakhroo" },
    sourceExcerpt: "السيد يوسف بن ممد العثمان فخرو، وزير التطوير الاداري والعمل والشؤون الاجتماعية القطري.",
    noteAr: "«ممد» خطأ مطبعي في المصدر والمقصود «محمد». حفظ الاسم كما ورد، مع نقحرة لاتينية صحيحة.",
    noteFr:
      "« ممد » est une coquille de la source pour « محمد » (Mohammed). Le nom est gardé tel quel, avec une translittération latine correcte.",
    noteEn:
      "\"ممد\" is a typo in the source for \"محمد\" (Mohammed). The name is kept as written, with a correct Latin transliteration.",
  },
  {
    key: "meeting-uae-minister-title",
    kind: "inconsistent",
    entity: { type: "meeting", key: "gfmdAlHamli" },
    sourceExcerpt: "السيد ناصر بن تهاني، وزير الموارد البشرية والاماراتية؛",
    noteAr:
      "الصفة الرسمية هي «وزير الموارد البشرية والتوطين» بدولة الإمارات العربية المتحدة؛ كلمة «والاماراتية» مبتورة في المصدر. حفظت الصفة كما وردت.",
    noteFr:
      "Le titre officiel est « ministre des Ressources humaines et de l'Émiratisation » des Émirats arabes unis ; « والاماراتية » est tronqué dans la source. Le titre est gardé tel quel.",
    noteEn:
      "The official title is \"Minister of Human Resources and Emiratisation\" of the United Arab Emirates; \"والاماراتية\" is garbled in the source. The title is kept as written.",
  },
  {
    key: "meeting-uae-minister-name",
    kind: "inconsistent",
    entity: { type: "person", key: "alHamli" },
    sourceExcerpt: "السيد ناصر بن تهاني",
    noteAr:
      "يكتب المصدر «تهاني» والاسم الرسمي للوزير «ناصر بن ثاني الهاملي». حفظ الاسم كما ورد، مع النقحرة اللاتينية للاسم الرسمي.",
    noteFr:
      "La source écrit « تهاني » ; le nom officiel du ministre est « ناصر بن ثاني الهاملي » (Nasser bin Thani Al Hamli). Le nom est gardé tel quel, avec la translittération du nom officiel.",
    noteEn:
      "The source writes \"تهاني\"; the minister's official name is \"ناصر بن ثاني الهاملي\" (Nasser bin Thani Al Hamli). The name is kept as written, with the official name's transliteration.",
  },
  {
    key: "africa-agreements-awaiting-signature-7",
    kind: "figure_without_records",
    entity: null,
    sourceExcerpt:
      "وقعت العديد من اتفاقيات التعاون وهي (5) في ميدان تدبير سياسات الهجرة وهي في طور التنفيذ، وبعضها الأخر وهي (7) في انتظار التوقيع",
    noteAr:
      "يذكر المصدر 7 اتفاقيات في انتظار التوقيع دون تسميتها أو ذكر البلدان المعنية. لم تسجل أي اتفاقية مختلقة؛ يجب إدخالها عند توفر المعطيات.",
    noteFr:
      "La source mentionne 7 accords en attente de signature sans les nommer ni citer les pays. Aucun accord n'a été inventé ; ils sont à saisir quand les informations seront disponibles.",
    noteEn:
      "The source mentions 7 agreements awaiting signature without naming them or their countries. No agreement was invented; they should be entered once the details are known.",
  },
  {
    key: "africa-agreements-one-title",
    kind: "ambiguous",
    entity: { type: "agreement", key: "sudan2016" },
    sourceExcerpt: "مذكرة تفاهم حول تدبير المجتمعات المستقرة بالخارج والهجرة. 2016/01/06",
    noteAr:
      "يعطي جدول الاتفاقيات عنوانا واحدا («مذكرة تفاهم حول تدبير المجتمعات المستقرة بالخارج والهجرة») لخمسة صفوف. أسند العنوان للسودان (الصف الأول) فقط؛ سجلت الأربع الأخرى (ساحل العاج، السنغال، تونس، مصر) كمذكرات تفاهم دون عنوان.",
    noteFr:
      "Le tableau des accords donne un seul intitulé (« mémorandum d'entente sur la gestion des communautés établies à l'étranger et la migration ») pour cinq lignes. Il est attribué au Soudan (première ligne) seulement ; les quatre autres (Côte d'Ivoire, Sénégal, Tunisie, Égypte) sont des mémorandums d'entente sans intitulé.",
    noteEn:
      "The agreements table gives one title (\"memorandum of understanding on the management of communities settled abroad and migration\") for five rows. It is given to Sudan (first row) only; the other four (Côte d'Ivoire, Senegal, Tunisia, Egypt) are memoranda of understanding without a title.",
  },
  {
    key: "africa-agreements-table-layout",
    kind: "ambiguous",
    entity: null,
    sourceExcerpt:
      "الدولة الاتفاقيات تاريخ التوقيع\nالسودان\nساحل العاج\nالسنغال\nتونس\nمصر\nمذكرة تفاهم حول تدبير المجتمعات المستقرة بالخارج والهجرة. 2016/01/06\n2015/01/20\n2013/06/24\n2009/05/25\n2006/10/12",
    noteAr:
      "فقد الجدول بنيته في المصدر: البلدان والتواريخ في عمودين منفصلين. ربطت التواريخ بالبلدان حسب الترتيب، وقرئت بصيغة سنة/شهر/يوم (خلافا لصيغة يوم/شهر/سنة المستعملة في باقي الصفحة).",
    noteFr:
      "Le tableau a perdu sa structure dans la source : pays et dates sont en deux colonnes séparées. Les dates sont associées aux pays dans l'ordre et lues en année/mois/jour (contrairement au jour/mois/année du reste de la page).",
    noteEn:
      "The table lost its structure in the source: countries and dates are two separate columns. Dates are matched to countries in order and read as year/month/day (unlike the day/month/year of the rest of the page).",
  },
  {
    key: "africa-legal-framework-478",
    kind: "figure_without_records",
    entity: null,
    sourceExcerpt: "ويخضع هذا التعاون حاليا لإطار قانوني يتضمن حوالي 478 اتفاق ومعاهدة وبروتوكول.",
    noteAr:
      "رقم إجمالي (حوالي 478 اتفاقا ومعاهدة وبروتوكولا بين المغرب وإفريقيا) دون لائحة. لم يسجل أي اتفاق انطلاقا منه.",
    noteFr:
      "Chiffre global (environ 478 accords, traités et protocoles entre le Maroc et l'Afrique) sans liste. Aucun accord n'en a été tiré.",
    noteEn:
      "An aggregate figure (about 478 agreements, treaties and protocols between Morocco and Africa) with no list. No agreement was created from it.",
  },
  {
    key: "spain-moroccan-community-800000",
    kind: "figure_without_records",
    entity: null,
    sourceExcerpt:
      "تقدر بحوالي 800.000 مغربي مقيم في إسبانيا حسب إحصائيات المرصد الدائم للهجرة الإسباني (2016)",
    noteAr:
      "رقم إحصائي (حوالي 800.000 مغربي مقيم بإسبانيا، المرصد الدائم للهجرة الإسباني، 2016) لا يقابله أي سجل في التطبيق؛ محفوظ هنا للمرجع فقط.",
    noteFr:
      "Chiffre statistique (environ 800 000 Marocains résidant en Espagne, Observatoire permanent de l'immigration espagnol, 2016) sans enregistrement correspondant dans l'application ; gardé ici pour référence.",
    noteEn:
      "A statistic (about 800,000 Moroccans living in Spain, Spanish Permanent Observatory on Immigration, 2016) with no matching record in the app; kept here for reference.",
  },
  {
    key: "source-typos-corrected",
    kind: "inconsistent",
    entity: null,
    sourceExcerpt:
      "قدراتالجماعات العشر المنية بالمشروع ... الاتحاد العالم لمقاولات المغرب (CGEM)كشريك ... «MaghribBelgIum Impulse»",
    noteAr:
      "صححت عند التحميل أخطاء مطبعية في نصوص وصفية: «المنية» ← «المعنية»؛ «الاتحاد العالم لمقاولات المغرب» ← «الاتحاد العام لمقاولات المغرب» (CGEM)؛ «MaghribBelgIum» ← «MaghribBelgium»؛ وفصلت كلمات ملتصقة (مثل «عضولجنة» ← «عضو لجنة»). أسماء الأشخاص والصفات حفظت كما وردت (مثل «الكامبي» لغامبيا).",
    noteFr:
      "Coquilles corrigées au chargement dans les textes descriptifs : « المنية » → « المعنية » ; « الاتحاد العالم لمقاولات المغرب » → « الاتحاد العام لمقاولات المغرب » (CGEM) ; « MaghribBelgIum » → « MaghribBelgium » ; mots collés séparés (« عضولجنة » → « عضو لجنة »). Les noms de personnes et les titres sont gardés tels quels (par ex. « الكامبي » pour gambien).",
    noteEn:
      "Typos corrected on loading in descriptive text: \"المنية\" → \"المعنية\"; \"الاتحاد العالم لمقاولات المغرب\" → \"الاتحاد العام لمقاولات المغرب\" (CGEM); \"MaghribBelgIum\" → \"MaghribBelgium\"; glued words split (\"عضولجنة\" → \"عضو لجنة\"). People's names and titles are kept as written (e.g. \"الكامبي\" for Gambian).",
  },
];

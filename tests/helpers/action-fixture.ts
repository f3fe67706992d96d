/**
 * What the rooms' server-action tests set up alike: a fresh, migrated SQLite file (test-db.ts)
 * with one account per role they sign in as (staff, a second staff, committee, supervisor) and the
 * countries they name, closed after the file's tests; every test starts signed in as staff.
 * The session mock stays in each test file (vi.mock is hoisted per file): its holder is passed in.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { countries, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { openFreshDatabase } from "./test-db";

/** Country names as the seed has them (lib/countries), for the codes the tests use. */
const countryNames = {
  AE: { nameAr: "الإمارات العربية المتحدة", nameFr: "Émirats arabes unis", nameEn: "United Arab Emirates" },
  BE: { nameAr: "بلجيكا", nameFr: "Belgique", nameEn: "Belgium" },
  DE: { nameAr: "ألمانيا", nameFr: "Allemagne", nameEn: "Germany" },
  ES: { nameAr: "إسبانيا", nameFr: "Espagne", nameEn: "Spain" },
  MA: { nameAr: "المغرب", nameFr: "Maroc", nameEn: "Morocco" },
  SN: { nameAr: "السنغال", nameFr: "Sénégal", nameEn: "Senegal" },
};

export type TestCountry = keyof typeof countryNames;

/**
 * Registers the file's beforeAll / afterAll / beforeEach and returns the accounts (their ids set
 * once the file's tests start) and the database (`db`, readable from the first beforeAll on).
 * @param name   names the temporary folder (`taawun-<name>-…`)
 * @param session the test file's hoisted session holder, set to staff before each test
 */
export function actionTestFixture(name: string, session: { current: SessionUser | null }, options: { countries?: TestCountry[] } = {}) {
  const staff: SessionUser = { id: 0, email: "s@t.test", name: "Staff", role: "staff", locale: "ar", mustChangePassword: false };
  const accounts = {
    staff,
    otherStaff: { ...staff, email: "o@t.test", name: "Other" } satisfies SessionUser,
    committee: { ...staff, email: "c@t.test", name: "Committee", role: "committee" } satisfies SessionUser,
    supervisor: { ...staff, email: "v@t.test", name: "Supervisor", role: "supervisor" } satisfies SessionUser,
  };
  let database: ReturnType<typeof openFreshDatabase> | undefined;
  beforeAll(() => {
    database = openFreshDatabase(name);
    for (const u of Object.values(accounts)) {
      u.id = database.db.insert(users).values({ email: u.email, name: u.name, role: u.role, passwordHash: "x" }).returning().get().id;
    }
    const codes = options.countries ?? [];
    if (codes.length > 0) database.db.insert(countries).values(codes.map((code) => ({ code, ...countryNames[code] }))).run();
  });
  afterAll(() => database?.cleanup());
  beforeEach(() => {
    session.current = staff;
  });
  return {
    ...accounts,
    /** The test file's database. @throws Error before the file's tests start */
    get db() {
      if (!database) throw new Error("The test database opens in beforeAll");
      return database.db;
    },
  };
}

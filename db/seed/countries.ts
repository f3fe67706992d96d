/**
 * The `countries` reference table: every ISO 3166-1 alpha-2 code with its names in Arabic, French
 * and English taken from the maintained `i18n-iso-countries` package (never typed by hand), and
 * the region the app groups countries by.
 *
 * Regions follow the UN Statistics Division's M49 standard ("Standard country or area codes for
 * statistical use", https://unstats.un.org/unsd/methodology/m49/), folded into the five regions of
 * the schema:
 * - europe: M49 Europe (Eastern, Northern, Southern, Western Europe), plus Cyprus, Armenia,
 *   Azerbaijan and Georgia, which M49 files under Western Asia but which sit in the Council of
 *   Europe / EU neighbourhood the department's European work deals with;
 * - sub_saharan_africa: M49 Sub-Saharan Africa (Eastern, Middle, Southern, Western Africa);
 * - mena: M49 Northern Africa and the rest of Western Asia;
 * - americas: M49 Americas (Latin America and the Caribbean, Northern America);
 * - asia_pacific: M49 Central, Eastern, South-eastern and Southern Asia, and Oceania.
 * Antarctica (AQ) has no M49 region and keeps a null region.
 */
import { sql } from "drizzle-orm";
import countryNames from "i18n-iso-countries";
import arLocale from "i18n-iso-countries/langs/ar.json";
import enLocale from "i18n-iso-countries/langs/en.json";
import frLocale from "i18n-iso-countries/langs/fr.json";
import type { Db, Tx } from "@/db/client";
import { countries, type regions } from "@/db/schema";

type Region = (typeof regions)[number];

/** Codes by region (see the module docstring for the M49 sub-regions each list gathers). */
const regionCodes: Record<Region, readonly string[]> = {
  europe: [
    // Eastern Europe
    "BY", "BG", "CZ", "HU", "PL", "MD", "RO", "RU", "SK", "UA",
    // Northern Europe
    "AX", "DK", "EE", "FO", "FI", "GG", "IS", "IE", "IM", "JE", "LV", "LT", "NO", "SJ", "SE", "GB",
    // Southern Europe
    "AL", "AD", "BA", "HR", "GI", "GR", "VA", "IT", "MT", "ME", "MK", "PT", "SM", "RS", "SI", "ES",
    // Western Europe
    "AT", "BE", "FR", "DE", "LI", "LU", "MC", "NL", "CH",
    // Western Asia in M49, grouped with Europe here (see above)
    "CY", "AM", "AZ", "GE",
  ],
  sub_saharan_africa: [
    // Eastern Africa
    "IO", "BI", "KM", "DJ", "ER", "ET", "TF", "KE", "MG", "MW", "MU", "YT", "MZ", "RE", "RW", "SC",
    "SO", "SS", "UG", "TZ", "ZM", "ZW",
    // Middle Africa
    "AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST",
    // Southern Africa
    "BW", "SZ", "LS", "NA", "ZA",
    // Western Africa
    "BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH", "SN", "SL",
    "TG",
  ],
  mena: [
    // Northern Africa
    "DZ", "EG", "LY", "MA", "SD", "TN",
    // Western Asia
    "BH", "IQ", "IL", "JO", "KW", "LB", "OM", "QA", "SA", "PS", "SY", "TR", "AE", "YE",
  ],
  americas: [
    // Caribbean
    "AI", "AG", "AW", "BS", "BB", "BQ", "VG", "KY", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM",
    "MQ", "MS", "PR", "BL", "KN", "LC", "MF", "VC", "SX", "TT", "TC", "VI",
    // Central America
    "BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA",
    // South America
    "AR", "BO", "BV", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PY", "PE", "GS", "SR", "UY", "VE",
    // Northern America
    "BM", "CA", "GL", "PM", "US",
  ],
  asia_pacific: [
    // Central Asia
    "KZ", "KG", "TJ", "TM", "UZ",
    // Eastern Asia
    "CN", "HK", "MO", "KP", "JP", "MN", "KR", "TW",
    // South-eastern Asia
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN",
    // Southern Asia
    "AF", "BD", "BT", "IN", "IR", "MV", "NP", "PK", "LK",
    // Oceania: Australia and New Zealand, Melanesia, Micronesia, Polynesia
    "AU", "NZ", "NF", "HM", "CX", "CC", "FJ", "NC", "PG", "SB", "VU", "GU", "KI", "MH", "FM", "NR",
    "MP", "PW", "UM", "AS", "CK", "PF", "NU", "PN", "WS", "TK", "TO", "TV", "WF",
  ],
};

const regionByCode: ReadonlyMap<string, Region> = new Map(
  (Object.entries(regionCodes) as [Region, readonly string[]][]).flatMap(([region, codes]) =>
    codes.map((code) => [code, region] as const),
  ),
);

/**
 * Codes the package lists that ISO 3166-1 has not assigned: XK (Kosovo) is a user-assigned code
 * (ISO 3166-1 reserves X* for users), so it is not an ISO country code.
 */
const notIso31661 = new Set(["XK"]);

/**
 * Codes the department's tool does not list as countries: EH ("Western Sahara" in ISO 3166-1) is,
 * for the Kingdom of Morocco whose ministry this tool serves, part of the national territory (MA).
 */
const notListed = new Set(["EH"]);

let localesRegistered = false;

function registerLocales(): void {
  if (localesRegistered) return;
  countryNames.registerLocale(arLocale);
  countryNames.registerLocale(frLocale);
  countryNames.registerLocale(enLocale);
  localesRegistered = true;
}

/** One `countries` row per ISO 3166-1 alpha-2 code, names from the package. */
export interface CountryRow {
  code: string;
  nameAr: string;
  nameFr: string;
  nameEn: string;
  region: Region | null;
}

/**
 * Builds the rows without touching the database.
 * @returns one row per ISO 3166-1 alpha-2 code, sorted by code
 * @throws Error if the package lacks a name in one of the three languages for a code
 */
export function countryRows(): CountryRow[] {
  registerLocales();
  const ar = countryNames.getNames("ar", { select: "official" });
  const fr = countryNames.getNames("fr", { select: "official" });
  const en = countryNames.getNames("en", { select: "official" });
  return Object.keys(countryNames.getAlpha2Codes())
    .filter((code) => !notIso31661.has(code) && !notListed.has(code))
    .sort()
    .map((code) => {
      const nameAr = ar[code];
      const nameFr = fr[code];
      const nameEn = en[code];
      if (!nameAr || !nameFr || !nameEn) {
        throw new Error(`i18n-iso-countries has no ar/fr/en name for ${code}`);
      }
      return { code, nameAr, nameFr, nameEn, region: regionByCode.get(code) ?? null };
    });
}

/** What `seedCountries` did. */
export interface CountrySeedSummary {
  /** Rows in `countries` after seeding. */
  total: number;
  /** Rows that did not exist before (0 on a re-run). */
  created: number;
}

/**
 * Fills `countries` with every ISO 3166-1 alpha-2 code. Upserts on the code, so a re-run adds no
 * row and refreshes names and regions if the package changed.
 * @param db database or transaction handle
 * @throws Error as countryRows(), or a SQLite error
 */
export function seedCountries(db: Db | Tx): CountrySeedSummary {
  const rows = countryRows();
  const count = () => db.select({ n: sql<number>`count(*)` }).from(countries).get()?.n ?? 0;
  const before = count();
  db.insert(countries)
    .values(rows)
    .onConflictDoUpdate({
      target: countries.code,
      set: {
        nameAr: sql`excluded.name_ar`,
        nameFr: sql`excluded.name_fr`,
        nameEn: sql`excluded.name_en`,
        region: sql`excluded.region`,
      },
    })
    .run();
  const total = count();
  return { total, created: total - before };
}

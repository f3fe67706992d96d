/**
 * The country's name in the three languages, as the columns other rooms' reads join in
 * (`.leftJoin(countries, …)` then `...countryNameColumns` in their select).
 */
import "server-only";
import { countries } from "@/db/schema";

/** `{ countryNameAr, countryNameFr, countryNameEn }`: the joined country's names (null without one). */
export const countryNameColumns = {
  countryNameAr: countries.nameAr,
  countryNameFr: countries.nameFr,
  countryNameEn: countries.nameEn,
};

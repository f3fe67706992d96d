/**
 * The agreement forms' zod schemas, shared by the browser (react-hook-form) and the server
 * actions. Values are the strings a form holds ("" for an empty optional field); dates are partial
 * ISO strings (YYYY, YYYY-MM or YYYY-MM-DD). Error messages are `errors.*` keys.
 */
import { parseTypedDate } from "@/lib/dates/typed-date";
import { z } from "zod";
import { countryCode, nameText, optionalId, optionalPartialDate as partialDate, optionalText, recordVersionSchema } from "@/lib/validation/fields";
import { agreementTypes, signingStatuses } from "@/db/schema";
import { mayFollow, parsePartialDate } from "@/lib/dates/partial-date";
import "@/lib/validation/errors";
import { signedStatuses, unsignedStatuses } from "./workflow";


const agreementFields = z.object({
  type: z.enum(agreementTypes),
  titleAr: nameText(500),
  titleFr: nameText(500),
  titleEn: nameText(500),
  subjectAr: nameText(5000),
  subjectFr: nameText(5000),
  subjectEn: nameText(5000),
  counterpartCountryCode: countryCode,
  counterpartOrganisationId: optionalId,
  unitInCharge: nameText(300),
  signedOn: partialDate,
  inForceOn: partialDate,
  expiresOn: partialDate,
  placeOfSignature: nameText(200),
});

type AgreementFields = z.infer<typeof agreementFields>;

/** Rules shared by create and edit: a counterpart, and dates in the workflow's order. */
function checkAgreement(value: AgreementFields, ctx: z.RefinementCtx) {
  if (!value.counterpartCountryCode && !value.counterpartOrganisationId) {
    ctx.addIssue({ code: "custom", path: ["counterpartCountryCode"], message: "agreementCounterpartRequired" });
  }
  const valid = (v: string) => v !== "" && parsePartialDate(v) !== null;
  if (valid(value.signedOn) && valid(value.inForceOn) && !mayFollow(value.signedOn, value.inForceOn)) {
    ctx.addIssue({ code: "custom", path: ["inForceOn"], message: "dateRangeOrder" });
  }
  const start = valid(value.inForceOn) ? value.inForceOn : value.signedOn;
  if (valid(start) && valid(value.expiresOn) && !mayFollow(start, value.expiresOn)) {
    ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "dateRangeOrder" });
  }
}

/**
 * A signing date goes with a signed status, and only with one.
 * @returns the message key to show on `signedOn`, or null
 */
export function signedOnRule(status: (typeof signingStatuses)[number], signedOn: string): string | null {
  if (signedStatuses.includes(status) && !signedOn) return "signedOnRequired";
  if (unsignedStatuses.includes(status) && signedOn) return "signedOnBeforeSignature";
  return null;
}

/** The edit form (the status moves only through transitions). */
export const agreementFormSchema = agreementFields.superRefine(checkAgreement);
export type AgreementFormValues = z.infer<typeof agreementFormSchema>;

/**
 * The create form: the edit form plus the status the agreement is recorded in and since when
 * (`statusOn`, used when the status has no date of its own; "" for today).
 */
export const agreementCreateSchema = agreementFields
  .extend({ signingStatus: z.enum(signingStatuses), statusOn: partialDate })
  .superRefine((value, ctx) => {
    checkAgreement(value, ctx);
    const rule = signedOnRule(value.signingStatus, value.signedOn);
    if (rule) ctx.addIssue({ code: "custom", path: ["signedOn"], message: rule });
  });
export type AgreementCreateValues = z.infer<typeof agreementCreateSchema>;

export const agreementUpdateSchema = recordVersionSchema.extend({ values: agreementFormSchema });


/** One step of the signing workflow, as the transition form posts it. */
export const agreementTransitionSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  toStatus: z.enum(signingStatuses),
  occurredOn: z
    .string()
    .trim()
    .min(1)
    // Typed the Moroccan way (12/01/2026, 04/2017, 2016) or ISO: stored as the partial ISO date.
    .transform((v) => {
      const typed = parseTypedDate(v);
      return typed.ok && typed.value ? typed.value : v;
    })
    .refine((v) => parsePartialDate(v) !== null, { message: "dateInvalid" }),
  note: optionalText(2000).default(""),
});
export type AgreementTransitionInput = z.infer<typeof agreementTransitionSchema>;

/** An empty create form. */
export function emptyAgreementForm(): AgreementCreateValues {
  return {
    type: "memorandum_of_understanding",
    titleAr: "",
    titleFr: "",
    titleEn: "",
    subjectAr: "",
    subjectFr: "",
    subjectEn: "",
    counterpartCountryCode: "",
    counterpartOrganisationId: "",
    unitInCharge: "",
    signedOn: "",
    inForceOn: "",
    expiresOn: "",
    placeOfSignature: "",
    signingStatus: "draft",
    statusOn: "",
  };
}

export const agreementViews = ["table", "board"] as const;

/** Filters of /agreements, as they live in the URL (`?q=&status=&type=&country=&from=&to=&view=&validated=1&page=`). */
export const agreementFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(signingStatuses).optional().catch(undefined),
  type: z.enum(agreementTypes).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  /** Signed on or after this day (YYYY-MM-DD). */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  /** Signed on or before this day (YYYY-MM-DD). */
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  view: z.enum(agreementViews).catch("table"),
  /** "1": only agreements a supervisor has validated. */
  validated: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type AgreementFilters = z.infer<typeof agreementFiltersSchema>;

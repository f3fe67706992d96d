/**
 * Zod schemas of projects (with partners, objectives, phases) and of the projects list's filters,
 * shared by the browser (react-hook-form) and the server actions. Values are the strings the forms
 * hold ("" for an empty optional field); lib/projects/actions.ts maps them to columns.
 * Error messages are `errors.*` keys (lib/validation/errors.ts).
 */
import { z } from "zod";
import { budgetKinds, organisationTypes, projectPhases, projectStatuses } from "@/db/enums";
import { checkDateRange, partialDateInputSchema } from "@/lib/dates/partial-date-input";
import { countryCode, nameText, optionalId, optionalText, recordVersionSchema } from "@/lib/validation/fields";
import { parseMoney } from "@/lib/money/money";
import "@/lib/validation/errors";

/** ISO 4217 alphabetic codes the JavaScript runtime knows (CLDR). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf("currency").includes(code);
}

/** An organisation typed in inline from the project form. */
export const newOrganisationSchema = z.object({
  nameAr: nameText(500),
  nameFr: nameText(500),
  nameEn: nameText(500),
  acronym: nameText(50),
  type: z.enum(organisationTypes),
  countryCode,
});

/** One organisation on the project with every role it holds there. */
export const partnerSchema = z
  .object({
    /** A known organisation's id, or "" when a new organisation is typed in. */
    organisationId: optionalId,
    newOrganisation: newOrganisationSchema,
    /** Codes of partner_roles (reference data); checked against the table on the server. */
    roles: z.array(z.string().regex(/^[a-z_]{1,50}$/)).min(1, { message: "rolesRequired" }).max(10),
    note: optionalText(1000),
  })
  .superRefine((partner, ctx) => {
    const typed = partner.newOrganisation;
    if (!partner.organisationId && !typed.nameAr && !typed.nameFr && !typed.nameEn && !typed.acronym) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "organisationRequired" });
    }
    if (new Set(partner.roles).size !== partner.roles.length) {
      ctx.addIssue({ code: "custom", path: ["roles"], message: "invalidOption" });
    }
  });
export type PartnerFormValues = z.infer<typeof partnerSchema>;

export const phaseSchema = z
  .object({
    phase: z.enum(projectPhases),
    /** Planned length in months, when the source gives a length rather than dates. */
    plannedMonths: z.string().trim().regex(/^(\d{1,3})?$/, { message: "numberInvalid" }),
    plannedStart: partialDateInputSchema,
    plannedEnd: partialDateInputSchema,
  })
  .superRefine((phase, ctx) => checkDateRange(ctx, phase.plannedStart, phase.plannedEnd, ["plannedEnd", "value"]));
export type PhaseFormValues = z.infer<typeof phaseSchema>;

export const projectFormSchema = z
  .object({
    acronym: nameText(80),
    titleAr: nameText(500),
    titleFr: nameText(500),
    titleEn: nameText(500),
    partnerCountryCode: countryCode,
    programmeId: optionalId,
    status: z.enum(projectStatuses),
    plannedStart: partialDateInputSchema,
    plannedEnd: partialDateInputSchema,
    actualStart: partialDateInputSchema,
    actualEnd: partialDateInputSchema,
    budgetAmount: z.string().trim().max(40),
    budgetCurrency: z.string().trim().regex(/^([A-Z]{3})?$/, { message: "currencyInvalid" }),
    budgetKind: z.enum(budgetKinds),
    fundingSource: nameText(500),
    notes: optionalText(5000),
    objectives: z.array(z.object({ text: z.string().trim().min(1).max(2000) })).max(50),
    phases: z.array(phaseSchema).max(12),
    partners: z.array(partnerSchema).max(60),
  })
  .superRefine((value, ctx) => {
    if (!value.titleAr && !value.titleFr && !value.titleEn) {
      ctx.addIssue({ code: "custom", path: ["titleAr"], message: "titleRequired" });
    }
    checkDateRange(ctx, value.plannedStart, value.plannedEnd, ["plannedEnd", "value"]);
    checkDateRange(ctx, value.actualStart, value.actualEnd, ["actualEnd", "value"]);
    const amount = parseMoney(value.budgetAmount);
    if (Number.isNaN(amount)) ctx.addIssue({ code: "custom", path: ["budgetAmount"], message: "numberInvalid" });
    if (value.budgetCurrency && !isCurrencyCode(value.budgetCurrency)) {
      ctx.addIssue({ code: "custom", path: ["budgetCurrency"], message: "currencyInvalid" });
    }
    if (amount !== null && !Number.isNaN(amount) && !value.budgetCurrency) {
      ctx.addIssue({ code: "custom", path: ["budgetCurrency"], message: "currencyRequired" });
    }
    const seen = new Set<string>();
    value.partners.forEach((partner, index) => {
      if (!partner.organisationId) return;
      if (seen.has(partner.organisationId)) {
        ctx.addIssue({ code: "custom", path: ["partners", index, "organisationId"], message: "partnerDuplicate" });
      }
      seen.add(partner.organisationId);
    });
  });
export type ProjectFormValues = z.infer<typeof projectFormSchema>;

/** An edit carries the id and the version the form was loaded with (optimistic locking). */
export const projectUpdateSchema = recordVersionSchema.extend({ values: projectFormSchema });

export function emptyProjectForm(programmeId = ""): ProjectFormValues {
  return {
    acronym: "",
    titleAr: "",
    titleFr: "",
    titleEn: "",
    partnerCountryCode: "",
    programmeId,
    // Nothing invented: a new project's status is "not stated" until the user picks one.
    status: "not_stated",
    plannedStart: { precision: "month", value: "" },
    plannedEnd: { precision: "month", value: "" },
    actualStart: { precision: "day", value: "" },
    actualEnd: { precision: "day", value: "" },
    budgetAmount: "",
    budgetCurrency: "",
    budgetKind: "original",
    fundingSource: "",
    notes: "",
    objectives: [],
    phases: [],
    partners: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The projects list's filters, as they live in the URL
// ---------------------------------------------------------------------------------------------

const idParam = z.coerce.number().int().positive().optional().catch(undefined);

/** `?q=&country=&programme=&funder=&implementer=&status=&archived=1&validated=1&overdue=1&page=` */
export const projectFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  programme: idParam,
  /** An organisation holding the funding role. */
  funder: idParam,
  /** An organisation holding the implementation role. */
  implementer: idParam,
  status: z.enum(projectStatuses).optional().catch(undefined),
  /** "1": show archived projects instead (for those who may restore them). */
  archived: z.enum(["1"]).optional().catch(undefined),
  /** "1": only projects a supervisor has validated. */
  validated: z.enum(["1"]).optional().catch(undefined),
  /** "1": only overdue projects (lib/projects/overdue.ts), the dashboard tile's link. */
  overdue: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

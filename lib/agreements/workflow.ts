/**
 * The agreements' signing workflow: which status may follow which. The server (lib/agreements/
 * actions.ts) refuses any other step with RuleError("transitionNotAllowed"); forms offer only these.
 *
 * The steps follow how the department's agreements move: a draft is negotiated, its text agreed,
 * then it waits for signature, is signed and enters into force (is in execution) until it expires.
 * Negotiation may be reopened before signature, and an agreement can be abandoned or denounced
 * (terminated) at any step before it expires. Expired and terminated are final: a renewal is a new
 * agreement.
 */
import { signingStatuses } from "@/db/enums";

export type SigningStatus = (typeof signingStatuses)[number];

/** from → the statuses it may move to. */
export const signingTransitions: Readonly<Record<SigningStatus, readonly SigningStatus[]>> = {
  draft: ["under_negotiation", "text_agreed", "terminated"],
  under_negotiation: ["draft", "text_agreed", "terminated"],
  text_agreed: ["under_negotiation", "awaiting_signature", "terminated"],
  awaiting_signature: ["under_negotiation", "text_agreed", "signed", "terminated"],
  signed: ["in_force", "terminated"],
  in_force: ["expired", "terminated"],
  expired: [],
  terminated: [],
};

/** True when the workflow lets an agreement go from `from` to `to` (never to itself). */
export function canTransition(from: SigningStatus, to: SigningStatus): boolean {
  return signingTransitions[from].includes(to);
}

/** The statuses an agreement in `from` may move to, in the workflow's order. */
export function nextStatuses(from: SigningStatus): readonly SigningStatus[] {
  return signingTransitions[from];
}

/** Statuses from signature on: an agreement in one of them has a signing date. */
export const signedStatuses: readonly SigningStatus[] = ["signed", "in_force", "expired"];

/** Statuses before signature: an agreement in one of them "waits" and has no signing date. */
export const unsignedStatuses: readonly SigningStatus[] = [
  "draft",
  "under_negotiation",
  "text_agreed",
  "awaiting_signature",
];

/**
 * The agreement's date column that a step sets to the step's date: signing sets `signedOn`,
 * entry into force `inForceOn`, expiry `expiresOn`; other steps set none.
 */
export function dateColumnOf(status: SigningStatus): "signedOn" | "inForceOn" | "expiresOn" | null {
  switch (status) {
    case "signed":
      return "signedOn";
    case "in_force":
      return "inForceOn";
    case "expired":
      return "expiresOn";
    default:
      return null;
  }
}

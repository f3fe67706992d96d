/**
 * The refusals a write may throw inside its transaction; the write path (run-mutation.ts) turns
 * each into an ActionResult ("conflict", "notFound", "rule") after rolling everything back.
 */

/** Someone else saved the record since it was loaded (its version moved on). */
export class ConflictError extends Error {
  constructor(readonly entityType: string, readonly entityId: number) {
    super(`Stale version of ${entityType} ${entityId}`);
    this.name = "ConflictError";
  }
}

/** The record does not exist, is archived where that matters, or is out of the user's scope. */
export class NotFoundError extends Error {
  constructor(readonly entityType: string, readonly entityId: number) {
    super(`${entityType} ${entityId} not found`);
    this.name = "NotFoundError";
  }
}

/** A business rule refused the write; `messageKey` is an `errors.*` key shown to the user. */
export class RuleError extends Error {
  constructor(readonly messageKey: string, readonly field?: string) {
    super(messageKey);
    this.name = "RuleError";
  }
}

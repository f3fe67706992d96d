/**
 * Checks, inside a write's transaction, that the records a form refers to may be referred to.
 * Each throws RuleError("invalidOption", field) so the form shows the refusal beside the field.
 */
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { countries, organisations } from "@/db/schema";
import { RuleError, type WriteContext } from "@/lib/write/run-mutation";

type Ctx = Pick<WriteContext<unknown>, "tx">;

/** A country code ("" passes: no country chosen) must be in the countries table. */
export function checkCountry(ctx: Ctx, code: string, field: string): void {
  if (code && !ctx.tx.select({ c: countries.code }).from(countries).where(eq(countries.code, code)).get()) {
    throw new RuleError("invalidOption", field);
  }
}

/** An organisation id ("" passes: none chosen) must name an organisation that is not archived. */
export function checkOrganisation(ctx: Ctx, id: string, field: string): void {
  if (!id) return;
  const found = ctx.tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, Number(id)), isNull(organisations.archivedAt)))
    .get();
  if (!found) throw new RuleError("invalidOption", field);
}

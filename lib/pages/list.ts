/**
 * What a record list page (`/meetings`, `/agreements`, `/projects`, `/people`, `/organisations`)
 * does before it renders: the user who may read the kind, what they may do on the list, and the
 * filters of the query string as the list's own schema reads them (the export reads the same way).
 */
import "server-only";
import type { z } from "zod";
import { listAbilities, type ListAbilities } from "@/lib/auth/abilities";
import type { Resource } from "@/lib/auth/permissions";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { parseListFilters } from "@/lib/lists/search-params";

/** A page's query string as Next gives it: each parameter's value, or its values when repeated. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The props Next gives a page that reads its query string. */
export type SearchPageProps = { searchParams: Promise<PageSearchParams> };

/**
 * The preamble of a list page, in its order: the user who may read `resource` (else
 * requirePermission's /login, /not-allowed or 404), their list abilities (create, see archived),
 * the raw query string (for the export link) and the filters parsed by `schema` (first values).
 */
export async function listForPage<S extends z.ZodType>(
  searchParams: Promise<PageSearchParams>,
  resource: Resource,
  schema: S,
): Promise<{ user: SessionUser; abilities: ListAbilities; raw: PageSearchParams; filters: z.infer<S> }> {
  const user = await requirePermission("read", resource);
  const raw = await searchParams;
  return { user, abilities: listAbilities(user, resource), raw, filters: parseListFilters(schema, raw) };
}

/**
 * What a record page (`/meetings/[id]`, `/people/[id]/edit`, `/review/[projectId]`…) does before
 * it renders: read the id from the route, find the record the user may see, or answer 404 — the
 * same "not found" whether the id is malformed, unknown or outside the user's scope.
 */
import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, requirePermission, type SessionUser } from "@/lib/auth/session";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/pages/locale";

/**
 * The record id of a dynamic route segment (`[id]` by default, or another `key` such as
 * `projectId`): a positive safe integer. Anything else (`abc`, `0`, `-3`, `1.5`, `1e30`) ends the
 * request with Next's `notFound()` (HTTP 404, the nearest not-found page); it never returns then.
 */
export async function recordIdParam<K extends string = "id">(params: Promise<Record<K, string>>, key: K = "id" as K): Promise<number> {
  const id = Number((await params)[key]);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  return id;
}

/**
 * `record` itself, or `notFound()` (HTTP 404) when the room's fetcher found nothing the user may
 * see (null or undefined), or when `keep` says this page does not show it (e.g. an archived
 * record on an edit page).
 */
export function foundOr404<T>(record: T | null | undefined, keep: (found: T) => boolean = () => true): T {
  if (record === null || record === undefined || !keep(record)) notFound();
  return record;
}

/**
 * A record merged into another lives on as the one kept: when `mergedIntoId` is set, the request
 * ends with a redirect (HTTP 307) to `${basePath}/${mergedIntoId}`; otherwise nothing happens.
 */
export function redirectIfMerged(record: { mergedIntoId: number | null }, basePath: string): void {
  if (record.mergedIntoId) redirect(`${basePath}/${record.mergedIntoId}`);
}

/** The props Next gives a page under an `[id]` segment. */
export type RecordPageProps = { params: Promise<{ id: string }> };

/**
 * The preamble of a page under `[id]`, in its order: the user who may `action` the `resource`
 * (else requirePermission's /login, /not-allowed or 404), the id of the route (else 404), and the
 * record the room's `fetch` finds for that user (else 404; `keep` as in foundOr404).
 * @example const { user, id, record } = await recordForPage(params, "update", "meeting", fetchMeeting);
 */
export async function recordForPage<T>(
  params: Promise<{ id: string }>,
  action: Action,
  resource: Resource,
  fetch: (user: SessionUser, id: number) => T | null | undefined,
  keep?: (found: T) => boolean,
): Promise<{ user: SessionUser; id: number; record: T }> {
  const user = await requirePermission(action, resource);
  const id = await recordIdParam(params);
  return { user, id, record: foundOr404(fetch(user, id), keep) };
}

/**
 * A record page's `generateMetadata`: the browser tab is titled with the record's own name, as
 * `name` makes it from what `fetch` finds for the signed-in user (read through the same kept read
 * as the page, so it costs no second query). Anyone or anything else gets the message
 * `namespace.key`: no reader, a role that may not read `resource`, a malformed or unknown id, a
 * record outside the user's scope, an empty name. So a title never names a record the page hides.
 * @example export const generateMetadata = recordTitleMetadata("person", fetchPerson, (s) => s.person.name, "people", "title");
 */
export function recordTitleMetadata<T>(
  resource: Resource,
  fetch: (user: SessionUser, id: number) => T | null | undefined,
  name: (record: T, locale: Locale) => string | null | undefined,
  namespace: string,
  key: string,
): (props: RecordPageProps) => Promise<Metadata> {
  return async ({ params }) => {
    const user = await getCurrentUser();
    const id = Number((await params).id);
    if (user && can(user.role, "read", resource) && Number.isSafeInteger(id) && id > 0) {
      const record = fetch(user, id);
      const title = record === null || record === undefined ? null : name(record, await pageLocale());
      if (title) return { title };
    }
    return { title: (await getTranslations(namespace))(key) };
  };
}

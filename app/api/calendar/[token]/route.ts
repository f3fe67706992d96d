/**
 * A user's calendar feed, for Outlook and phones: GET /api/calendar/<token>.ics. Outside the
 * sign-in gate (proxy.ts) on purpose: the secret token is the credential. An unknown or revoked
 * token, or a deactivated owner, answers 404, like any URL that does not exist.
 */
import { buildCalendar } from "@/lib/calendar-feed/ical";
import { fetchCalendarItems, findCalendarFeedOwner } from "@/lib/calendar-feed/queries";
import { documentTranslator } from "@/lib/publications/translator";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const owner = findCalendarFeedOwner(token);
  if (!owner) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = buildCalendar(fetchCalendarItems(owner), { ownerName: owner.name, locale: owner.locale, now: new Date() }, documentTranslator(owner.locale));
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="taawun.ics"',
      "cache-control": "private, no-store",
      // A feed URL is a secret: keep it out of referrers and search engines.
      "referrer-policy": "no-referrer",
      "x-robots-tag": "noindex",
    },
  });
}

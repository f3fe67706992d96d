/**
 * IATI 2.03 activity file: GET ?project=<id> for one project, or ?country=DE&status=... for every
 * validated project of the filter (no parameter: all validated projects). The export note (what
 * was left out and why) is an XML comment at the top, in the user's language. When nothing can be
 * exported (IATI needs at least one activity), 422 with the note as text.
 */
import { getCurrentUser } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/auth/permissions";
import { buildIatiActivities, PLACEHOLDER_REPORTING_ORG_REF } from "@/lib/iati/activity-xml";
import { fetchProjectsForIati, iatiExportFilterSchema } from "@/lib/iati/queries";
import { documentTranslator } from "@/lib/publications/translator";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return new Response("Unauthorized", { status: 401 });
  const filter = iatiExportFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = documentTranslator(user.locale);
  const names = Object.fromEntries((["ar", "fr", "en"] as const).map((l) => [l, documentTranslator(l)("countries.department")]));
  let rows;
  try {
    rows = fetchProjectsForIati(user, filter);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    throw error;
  }
  const result = buildIatiActivities(
    rows,
    { reportingOrgRef: process.env.IATI_REPORTING_ORG_REF || PLACEHOLDER_REPORTING_ORG_REF, departmentNames: names, now: new Date().toISOString(), locale: user.locale },
    t,
  );
  if (result.activityCount === 0) {
    return new Response([t("publications.iati.empty"), ...result.notes.map((n) => `- ${n}`)].join("\n"), { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const name = filter.project ? `taawun-iati-project-${filter.project}` : "taawun-iati-activities";
  return new Response(result.xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="${name}.xml"`, "cache-control": "private, no-store" },
  });
}

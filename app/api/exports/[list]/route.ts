/**
 * GET /api/exports/<list>?format=xlsx|csv&<the list page's filters>: the list as filtered, as a
 * streamed attachment (lib/exports). Lists: meetings, projects, milestones (`?project=<id>` for
 * one project's), agreements, organisations, people. 401 without a session, 404 for an unknown
 * list or a user who may not read it; every export is audited.
 */
import { getCurrentUser } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/dates/partial-date";
import { isExportList, prepareExport, recordExport } from "@/lib/exports/lists";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return new Response("Unauthorized", { status: 401 });
  const { list } = await params;
  if (!isExportList(list)) return new Response("Not found", { status: 404 });
  const searchParams = new URL(request.url).searchParams;
  const format = searchParams.get("format") === "csv" ? "csv" : "xlsx";
  let prepared;
  try {
    prepared = prepareExport(user, list, format, searchParams, user.locale, todayIn());
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    throw error;
  }
  recordExport(user, list, format, prepared.filters);
  return new Response(prepared.body, {
    headers: {
      "content-type": prepared.contentType,
      "content-disposition": `attachment; filename="${prepared.fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

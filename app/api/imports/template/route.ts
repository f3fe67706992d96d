/** GET ?kind=meetings|people|organisations&format=xlsx|csv → the import template in the user's language. */
import { getLocale } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { fetchImportTemplate } from "@/lib/imports/queries";
import { importKindSchema } from "@/lib/imports/schema";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const params = new URL(request.url).searchParams;
  const kind = importKindSchema.safeParse(params.get("kind"));
  if (!kind.success) return new Response(null, { status: 400 });
  const format = params.get("format") === "csv" ? "csv" : "xlsx";
  const locale = await getLocale();
  try {
    const file = await fetchImportTemplate(user, kind.data, format, isLocale(locale) ? locale : "ar");
    return new Response(file.body as BodyInit, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response(null, { status: 403 });
    throw error;
  }
}

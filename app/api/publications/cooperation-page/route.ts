/**
 * Downloads of the cooperation page: GET ?format=html|docx&from=&to=&lang=ar|fr. The HTML is the
 * clean file for the ministry's CMS; the DOCX is the Word document. Same document model as the
 * preview (lib/publications).
 */
import { getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { renderDocx } from "@/lib/publications/docx";
import { renderHtmlDocument } from "@/lib/publications/html";
import { PublicationTooLargeError } from "@/lib/publications/queries";
import { fetchCooperationDocument, parsePublicationQuery } from "@/lib/publications/view";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const parsed = parsePublicationQuery(Object.fromEntries(url.searchParams));
  if (parsed.errors.length > 0) return new Response(parsed.errors.map((e) => `${e.field}: ${e.message}`).join("\n"), { status: 400 });
  let doc;
  try {
    doc = fetchCooperationDocument(user, parsed.query);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    if (error instanceof PublicationTooLargeError) {
      const t = await getTranslations("publications");
      return new Response(t("tooLarge", { count: error.count, max: error.max }), { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
  const name = ["taawun-cooperation", parsed.query.lang, parsed.query.from, parsed.query.to].filter(Boolean).join("-");
  if (url.searchParams.get("format") === "docx") {
    return new Response(new Uint8Array(await renderDocx(doc)), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": `attachment; filename="${name}.docx"`,
        "cache-control": "private, no-store",
      },
    });
  }
  return new Response(renderHtmlDocument(doc), {
    headers: { "content-type": "text/html; charset=utf-8", "content-disposition": `attachment; filename="${name}.html"`, "cache-control": "private, no-store" },
  });
}

/**
 * Upload of one attached file: `POST /api/attachments`, multipart with `entityType`, `entityId` and
 * `file` (the page's attachments panel sends it with XMLHttpRequest, for its progress bar).
 * The proxy lets up to 21 MiB through on this path only (lib/security/request-guard.ts); the
 * checks are lib/attachments/upload.ts's. Answers JSON: the ActionResult, with status 201, 400,
 * 401, 403, 404, 413 (over 20 MB), 415 (not an accepted kind by its content) or 500.
 */
import { revalidatePath } from "next/cache";
import { uploadAttachment } from "@/lib/attachments/upload";

export const dynamic = "force-dynamic";

const statusOf: Record<string, number> = { unauthenticated: 401, forbidden: 403, notFound: 404, conflict: 409, failed: 500 };

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json({ ok: false, error: "invalid", message: "formInvalid" }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File)) return Response.json({ ok: false, error: "invalid", message: "formInvalid" }, { status: 400 });
  const target = { entityType: form.get("entityType"), entityId: form.get("entityId") };
  const result = await uploadAttachment(target, file);
  if (result.ok) {
    revalidatePath("/", "layout");
    return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
  }
  const status =
    result.message === "attachmentTooLarge" ? 413 : result.message === "attachmentTypeRefused" ? 415 : (statusOf[result.error] ?? 400);
  return Response.json(result, { status, headers: { "cache-control": "no-store" } });
}

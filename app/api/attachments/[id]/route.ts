/**
 * Download of one attached file: `GET /api/attachments/<id>`. Only a user who may read the record
 * the file hangs off gets it (lib/attachments/queries.ts: the permission table and the scope rule;
 * a committee member only their projects' files); for anyone else, an archived file or an unknown
 * id, the answer is the same 404. Sent as a download (`Content-Disposition: attachment` with the
 * original name), with the detected media type and `nosniff`, never cached by shared caches. Each
 * download is audited (lib/attachments/download-audit.ts).
 */
import fs from "node:fs";
import { recordAttachmentDownload } from "@/lib/attachments/download-audit";
import { fetchAttachmentDownload } from "@/lib/attachments/queries";
import { contentDisposition } from "@/lib/attachments/storage";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

function notFound() {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return notFound();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) return notFound();
  const found = fetchAttachmentDownload(user, id);
  if (!found) return notFound();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(found.path);
  } catch {
    console.error("[attachments] stored content missing", found.attachment.id, found.attachment.sha256);
    return notFound();
  }
  recordAttachmentDownload(user, found.attachment);
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "content-type": found.attachment.mediaType,
      "content-length": String(bytes.byteLength),
      "content-disposition": contentDisposition(found.attachment.originalName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}

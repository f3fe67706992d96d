/** The import routes' shared plumbing: the multipart form, and the JSON answer with its status. */
import type { ImportAnswer } from "@/lib/imports/actions";

/** The request's multipart form, or null when the body is not one. */
export async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

const statusOf: Record<string, number> = { unauthenticated: 401, forbidden: 403, notFound: 404, conflict: 409, invalid: 400, refused: 422, rule: 422, failed: 500 };

/** The answer as JSON (no caching); a missing form is "invalid". */
export function answer(result: ImportAnswer<unknown> | null): Response {
  const body = result ?? { ok: false, error: "invalid", message: "formInvalid" };
  return Response.json(body, { status: body.ok ? 200 : (statusOf[body.error] ?? 400), headers: { "cache-control": "no-store" } });
}

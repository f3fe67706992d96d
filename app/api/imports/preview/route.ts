/** POST a workbook (multipart: kind, file, readings) → its preview (lib/imports/actions.ts previewImport). */
import { previewImport } from "@/lib/imports/actions";
import { answer, readForm } from "../respond";

export async function POST(request: Request) {
  const form = await readForm(request);
  return answer(form ? await previewImport(form) : null);
}

/** POST a workbook with its decisions (multipart: kind, file, readings, decisions) → the import (lib/imports/actions.ts commitImport). */
import { commitImport } from "@/lib/imports/actions";
import { answer, readForm } from "../respond";

export async function POST(request: Request) {
  const form = await readForm(request);
  return answer(form ? await commitImport(form) : null);
}

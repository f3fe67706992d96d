/** Files and records the attachment and bulk-review stories prepare beneath the UI. */
import { withDb } from "./db";

/** A small but well-formed PDF whose bytes carry `label` (so each test's file is its own). */
export function pdfBytes(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** A Windows program's first bytes ("MZ" header): what a renamed .exe looks like inside. */
export function exeBytes(): Buffer {
  return Buffer.concat([Buffer.from("MZ"), Buffer.alloc(1022, 0x90)]);
}

/** `size` bytes that start like a PDF. */
export function largePdf(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  pdfBytes("large").copy(bytes);
  return bytes;
}

/** A project of its own (French title `title`, no acronym), in implementation. @returns its id */
export function insertProject(title: string): number {
  return withDb((db) => (db.prepare("insert into projects (title_fr, status, search_text) values (?, 'implementation', ?) returning id").get(title, title.toLowerCase()) as { id: number }).id);
}

/** A milestone of `projectId` in `status` (undated). @returns its id */
export function insertMilestone(projectId: number, title: string, status: "done" | "planned" = "done"): number {
  return withDb((db) => (db.prepare("insert into activities (project_id, title, kind, status) values (?, ?, 'workshop', ?) returning id").get(projectId, title, status) as { id: number }).id);
}

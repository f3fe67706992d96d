/**
 * The bound of `npm run bench:http` (issue #9): a bare Next.js page that renders the markup of one
 * of Taawun's pages, as an element tree written by the bench (scripts/bench-markup.ts) into
 * `$BENCH_MARKUP_DIR/<name>.json`: the same HTML body, without Taawun's code, data, session, proxy,
 * layouts or client components. What it serves is the most any page of that markup can serve with
 * this Next.js and React, rendered on every request like the floor.
 */
import fs from "node:fs";
import path from "node:path";
import { notFound } from "next/navigation";
import { renderMarkup, type MarkupNode } from "../markup-tree";

export const dynamic = "force-dynamic";

const trees = new Map<string, MarkupNode[]>();

function treeOf(name: string): MarkupNode[] | undefined {
  if (!/^[a-z0-9-]+$/.test(name) || !process.env.BENCH_MARKUP_DIR) return undefined;
  if (!trees.has(name)) {
    const file = path.join(process.env.BENCH_MARKUP_DIR, `${name}.json`);
    if (!fs.existsSync(file)) return undefined;
    trees.set(name, JSON.parse(fs.readFileSync(file, "utf8")) as MarkupNode[]);
  }
  return trees.get(name);
}

export default async function MarkupPage({ params }: { params: Promise<{ name: string }> }) {
  const tree = treeOf((await params).name);
  if (!tree) notFound();
  return <>{renderMarkup(tree)}</>;
}

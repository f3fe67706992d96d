/**
 * A page's markup as plain data (written by scripts/bench-markup.ts, rendered by the floor app's
 * /markup route): a text, or [tag, React props, children].
 */
import { createElement, type ReactNode } from "react";

export type MarkupNode = string | [string, Record<string, unknown>, MarkupNode[]];

/** The React elements of `nodes`, siblings keyed by position. */
export function renderMarkup(nodes: MarkupNode[]): ReactNode[] {
  return nodes.map((node, key) => (typeof node === "string" ? node : createElement(node[0], { ...node[1], key }, ...renderMarkup(node[2]))));
}

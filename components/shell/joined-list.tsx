/**
 * A list of elements (links, isolated names) joined in the reader's language by CLDR's list
 * pattern (lib/i18n/list-format.ts): "A, B and C", « A, B et C », "أ وب وج". Renders on the
 * server and in the browser alike.
 */
import { Fragment, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { listParts } from "@/lib/i18n/list-format";

export function JoinedList<T>({
  items,
  locale,
  render,
  itemKey,
}: {
  items: readonly T[];
  locale: Locale;
  /** One item as an element; `index` is its place in `items`. */
  render: (item: T, index: number) => ReactNode;
  /** A stable key for one item (defaults to its index). */
  itemKey?: (item: T, index: number) => string | number;
}) {
  return (
    <>
      {listParts(items, locale).map((part, position) =>
        part.type === "element" ? (
          <Fragment key={itemKey ? itemKey(part.item, part.index) : `item-${part.index}`}>{render(part.item, part.index)}</Fragment>
        ) : (
          <Fragment key={`sep-${position}`}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}

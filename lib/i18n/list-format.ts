/**
 * Lists of names in the reader's language, by the CLDR list patterns of Intl.ListFormat
 * ("A, B and C", « A, B et C », "أ وب وج"), never a hard-coded separator.
 */
import { listFormat } from "@/lib/i18n/intl-cache";
import { dateLocales } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";

/** `items` joined as one list ("and" between the last two) in the language of `locale`. */
export function joinList(items: readonly string[], locale: Locale): string {
  return listFormat(dateLocales[locale], { type: "conjunction", style: "long" }).format(items);
}

/**
 * Names (of people, in any script) as one plain string in the language of `locale`, for text that
 * cannot hold an element per name (a search hit, a record's name in a sentence). Each name is
 * isolated (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, Unicode's bidirectional
 * algorithm, UAX #9), so that "عثمان العلوي, Marco Peeters et حسن الإدريسي" keeps its order on a
 * French page: without them the whole string takes the direction of its first (Arabic) name and
 * the names and separators come out reversed. Show the result in the page's direction, not with
 * `dir="auto"` (HTML's auto direction would still take the first name's, isolates or not).
 */
export function joinNames(names: readonly string[], locale: Locale): string {
  return joinList(names.map((name) => `\u2068${name}\u2069`), locale);
}

/** One piece of a formatted list: an item (with its index in `items`) or the words between two. */
export type ListPart<T> = { type: "element"; item: T; index: number } | { type: "literal"; value: string };

/**
 * A list of `items` in the language of `locale`, in pieces, for lists whose items are elements of
 * their own (links, isolated names): the items in order and the separators CLDR puts between them
 * (Intl.ListFormat#formatToParts), so that "A, B et C" or "أ وب وج" is never typed by hand.
 */
export function listParts<T>(items: readonly T[], locale: Locale): ListPart<T>[] {
  const formatter = listFormat(dateLocales[locale], { type: "conjunction", style: "long" });
  // Each element's value is its index in `items` (the formatter only sees strings).
  return formatter.formatToParts(items.map((_, index) => String(index))).map((part): ListPart<T> => {
    if (part.type === "literal") return { type: "literal", value: part.value };
    const index = Number(part.value);
    return { type: "element", item: items[index]!, index };
  });
}

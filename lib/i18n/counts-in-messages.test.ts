/**
 * Every count a message shows is formatted in the reader's language, as the pager's `#` is
 * (`28,148`, `28 148`): an argument such as `{count}` is put in as the bare digits (`28148`), so a
 * count must be written `{count, number}` or be a plural's `#`. The names below are the messages'
 * count arguments (an ordinal such as a form row's `{n}` or a percentage is not one).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// The ICU parser next-intl itself uses (a dependency of use-intl).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales } from "./config";

const COUNT_ARGUMENTS = new Set([
  "count", "total", "shown", "hidden", "done", "counted", "cap", "max", "page", "pageCount",
  "new", "match", "unchanged", "ambiguous", "refused", "created", "updated", "skipped",
]);

/** The keys (dotted) whose message puts a count argument in as a plain `{name}`. */
function bareCounts(messages: Record<string, unknown>, prefix = ""): string[] {
  const found: string[] = [];
  const visit = (elements: MessageFormatElement[], key: string) => {
    for (const element of elements) {
      if (element.type === TYPE.argument && COUNT_ARGUMENTS.has(element.value)) found.push(`${key} {${element.value}}`);
      if ("options" in element) for (const option of Object.values(element.options)) visit(option.value, key);
      if (element.type === TYPE.tag) visit(element.children, key);
    }
  };
  for (const [name, value] of Object.entries(messages)) {
    const key = prefix + name;
    if (typeof value === "string") visit(parse(value), key);
    else found.push(...bareCounts(value as Record<string, unknown>, `${key}.`));
  }
  return found;
}

describe("counts in messages", () => {
  for (const locale of locales) {
    it(`are formatted as numbers in ${locale}`, () => {
      const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Record<string, unknown>;
      expect(bareCounts(messages)).toEqual([]);
    });
  }
});

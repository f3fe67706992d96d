import { describe, expect, it } from "vitest";
import ar from "./ar.json";
import en from "./en.json";
import fr from "./fr.json";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("messages", () => {
  const all = { ar: keys(ar), fr: keys(fr), en: keys(en) };
  const union = new Set(Object.values(all).flat());

  it.each(Object.entries(all))("%s has every key that another language has", (_, list) => {
    const missing = [...union].filter((k) => !list.includes(k));
    expect(missing).toEqual([]);
  });

  it("has no empty string", () => {
    for (const [lang, messages] of Object.entries({ ar, fr, en })) {
      const empty = keys(messages).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) === "");
      expect(empty, lang).toEqual([]);
    }
  });
});

describe("Arabic messages", () => {
  it("isolate ISO dates so that right-to-left text does not reverse them", () => {
    const strings = keys(ar).map((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ar) as string);
    const bare = strings.filter((s) => /(?<!\u2066)\d{4}-\d{2}/.test(s));
    expect(bare).toEqual([]);
  });
});

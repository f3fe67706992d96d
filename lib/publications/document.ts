/**
 * The document model of what the department publishes: one tree of sections and blocks, built
 * once (cooperation-page.ts) and rendered to every output (html.ts for the CMS, the preview and
 * the print view; docx.ts for Word). Renderers decide nothing about content; the model holds
 * only text the records state, already formatted in the document's language.
 */
import type { Locale } from "@/lib/i18n/config";

/** A run of text; `strong` for a lead-in such as a field label. */
export type Inline = { text: string; strong?: boolean };

/** Text as a list of runs (a plain string is one run). */
export type RichText = string | Inline[];

export type Block =
  | { kind: "paragraph"; text: RichText }
  | { kind: "list"; ordered?: boolean; items: RichText[] }
  /** Labelled fields of a record ("Period: 2016 – 2019"), rendered as a description list. */
  /** One value is shown inline, several as a list. */
  | { kind: "fields"; items: { label: string; values: RichText[] }[] }
  | { kind: "table"; caption?: string; head: string[]; rows: RichText[][] };

export type Section = {
  heading: string;
  /** A stable anchor for the HTML (`id`), ASCII. */
  anchor: string;
  blocks: Block[];
  sections: Section[];
};

export type PublicationDocument = {
  locale: Locale;
  dir: "rtl" | "ltr";
  /** BCP 47 tag for `lang` (ar-MA, fr-MA). */
  lang: string;
  title: string;
  /** The period line under the title. */
  subtitle: string;
  sections: Section[];
};

/** The runs of a rich text. */
export function runsOf(text: RichText): Inline[] {
  return typeof text === "string" ? [{ text }] : text;
}

/** Plain text of a rich text (for tests, alt text and search). */
export function plainText(text: RichText): string {
  return runsOf(text)
    .map((r) => r.text)
    .join("");
}

/** A script-tagged piece of text; `foreign` when its script runs against the document's direction. */
export type ScriptRun = { text: string; foreign: boolean };

// A Latin run: starts and ends with a Latin letter or digit, may hold spaces and name punctuation
// ("Pia KJAERSGAARD", "RECOMING et RECOSA", "MaghribBelgium Impulse").
const LATIN_RUN = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9'’.\-\s&]*[A-Za-z\u00C0-\u024F0-9])?/g;
// An Arabic run, with the spaces, digits and punctuation between its words, and what closes it
// (a year, a closing bracket or quote, a full stop: "أسبوع المهاجر 2016", "(... وضعيتهم)").
const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F](?:[\u0600-\u06FF\u0750-\u077F0-9\s،؛«»“”"().:/–\-]*[\u0600-\u06FF\u0750-\u077F0-9)»”.])?/g;

/**
 * Splits text into runs of the document's own script and runs of the other one: Latin runs in an
 * Arabic document, Arabic runs in a French one. Renderers isolate the foreign runs (<bdi>, a
 * separate Word run) so that punctuation and order do not scramble (Unicode bidi, UAX #9).
 */
export function splitScripts(text: string, dir: "rtl" | "ltr"): ScriptRun[] {
  const pattern = new RegExp(dir === "rtl" ? LATIN_RUN : ARABIC_RUN);
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start), foreign: false });
    runs.push({ text: match[0], foreign: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), foreign: false });
  return runs;
}

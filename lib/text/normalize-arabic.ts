/**
 * Search normalisation for Arabic (and Latin) text, applied to stored text and to queries alike,
 * so that a word is found however it was typed.
 *
 * Steps, in order:
 * 1. Unicode NFKC: folds Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, as the source
 *    page's PDF-extracted words carry) to their base letters, and full-width Latin to ASCII.
 * 2. Removes tatweel (U+0640) and Arabic diacritics: harakat and tanween U+064B–U+065F, the
 *    superscript alef U+0670, Quranic marks U+06D6–U+06ED, and Latin combining marks after NFD.
 * 3. Unifies letter variants: alef with hamza above/below or madda and alef wasla (أ إ آ ٱ) → ا;
 *    ta marbuta ة → ه; alef maqsura ى → ي; hamza on waw/ya (ؤ ئ) → و ي; Persian/Urdu yeh/kaf → ي ك.
 * 4. Lower-cases, turns punctuation into spaces and collapses white space.
 *
 * Source for the code points: the Unicode Standard, Arabic block chart (U+0600–U+06FF).
 *
 * @param input any string (null/undefined give "")
 * @returns the normalised string; never throws
 */
export function normalizeForSearch(input: string | null | undefined): string {
  if (!input) return "";
  return input
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // Latin combining marks (é → e)
    .normalize("NFC")
    .replace(/\u0640/g, "") // tatweel
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g, "") // diacritics and marks
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, "\u0627") // alef forms → ا
    .replace(/\u0629/g, "\u0647") // ta marbuta → ha
    .replace(/\u0649/g, "\u064a") // alef maqsura → ya
    .replace(/\u0624/g, "\u0648") // waw with hamza → waw
    .replace(/\u0626/g, "\u064a") // ya with hamza → ya
    .replace(/[\u06cc\u06d2]/g, "\u064a") // Farsi yeh, yeh barree → ya
    .replace(/\u06a9/g, "\u0643") // keheh → kaf
    .replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g, "") // joiners and bidi controls
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Joins several fields into one normalised search text (each field normalised, separated by " | "
 * so a query never matches across two fields).
 */
export function buildSearchText(parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .map(normalizeForSearch)
    .filter((p) => p.length > 0)
    .join(" | ");
}

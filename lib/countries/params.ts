/** The `[code]` segment of country URLs: ISO 3166-1 alpha-2, uppercase. */

/**
 * Reads a country code from a URL segment.
 * @returns `{ code }` when it is two uppercase letters, `{ redirectTo }` (the uppercase code) when
 *   it is two letters in another case, null otherwise
 */
export function parseCountryCode(segment: string): { code: string } | { redirectTo: string } | null {
  if (/^[A-Z]{2}$/.test(segment)) return { code: segment };
  if (/^[a-zA-Z]{2}$/.test(segment)) return { redirectTo: segment.toUpperCase() };
  return null;
}

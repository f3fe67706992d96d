/**
 * Decrypting the session cookie (next-auth's JWE: an HKDF key derivation, then A256GCM) is done
 * by proxy.ts and again by the page for every request, with the same cookie each time a user
 * clicks. `decodeSessionToken` keeps what next-auth's own `decode` returned for a token string, so
 * each token is decrypted once per process, and still refuses it once it expires (next-auth's
 * 15-second clock tolerance). A token that does not decrypt is not cached (it stays null).
 * Shared through globalThis: the proxy and the pages are separate bundles in one process.
 */
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/** At most this many tokens are kept (the oldest dropped first): a department's sessions fit. */
const MAX_TOKENS = 2000;
const CLOCK_TOLERANCE_SECONDS = 15;

const holder = globalThis as unknown as { __taawunSessionTokens?: Map<string, JWT> };

/**
 * next-auth's `decode`, remembered per token string (the process has one secret): the claims, or null when the token
 * is missing, does not decrypt or has expired.
 * @param params what getToken passes (token, secret, salt)
 */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, salt = "" } = params;
  if (!token) return null;
  const cache = (holder.__taawunSessionTokens ??= new Map());
  const key = `${salt}\u0000${token}`; // one secret per process
  const known = cache.get(key);
  if (known) {
    if (typeof known.exp === "number" && known.exp + CLOCK_TOLERANCE_SECONDS < Date.now() / 1000) {
      cache.delete(key);
      return null;
    }
    return known;
  }
  const claims = await decode(params);
  if (claims) {
    if (cache.size >= MAX_TOKENS) cache.delete(cache.keys().next().value!);
    cache.set(key, claims);
  }
  return claims;
}

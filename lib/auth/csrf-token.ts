/**
 * next-auth (v4)'s CSRF token as a plain form must post it: the browser holds it in the cookie
 * `next-auth.csrf-token` (`__Host-next-auth.csrf-token` when cookies are Secure, i.e. an https
 * NEXTAUTH_URL) as `token|hash`, and a POST to /api/auth/signout must carry `token` as its
 * `csrfToken` field (next-auth checks the hash with AUTH_SECRET).
 */
const CSRF_COOKIES = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"] as const;

/**
 * The token part of next-auth's CSRF cookie, read with `get` (e.g. `(await cookies()).get`), or
 * "" when there is none (the form then asks /api/auth/csrf for one before posting).
 */
export function csrfTokenFromCookies(get: (name: string) => { value: string } | undefined): string {
  for (const name of CSRF_COOKIES) {
    const value = get(name)?.value;
    if (value) return value.split("|")[0] ?? "";
  }
  return "";
}

/**
 * Where to send a user after login. Only a path of this app is accepted: an absolute URL
 * (`https://evil.test`), a protocol-relative one (`//evil.test`, `/\evil.test`), a `javascript:`
 * URL or anything with control characters falls back to the home page.
 *
 * @param raw the `callbackUrl` as received (may be null, relative, absolute, encoded)
 * @param fallback path used when `raw` is not a safe in-app path (default "/")
 * @returns a path beginning with a single "/", never pointing at /login itself
 */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || typeof raw !== "string") return fallback;
  const candidate = raw.trim();
  // Browsers treat "\" like "/" and ignore tabs/newlines inside URLs: refuse both outright.
  if (!candidate.startsWith("/") || candidate.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(candidate)) {
    return fallback;
  }
  const base = "http://taawun.invalid";
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/auth")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

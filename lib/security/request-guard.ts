/**
 * What proxy.ts does to every request before the app sees it (lib/security/static-headers.mjs
 * holds the headers that never change):
 * - refuses a cross-origin write (403) and an oversized or unsized body (413 / 411) before any
 *   server action or route runs, so nothing is written; Next's own checks
 *   (serverActions.allowedOrigins, bodySizeLimit) would answer 500;
 * - builds the Content-Security-Policy with a fresh nonce. Next 16 reads the nonce from the
 *   request's `Content-Security-Policy` header and puts it on its own scripts (Next.js docs,
 *   "How to set a Content Security Policy (CSP)", Adding a nonce with Proxy).
 */
import { staticSecurityHeaders, strictTransportSecurity } from "./static-headers.mjs";

/** Largest request body accepted, in bytes: 1 MiB, Next's default server-action bodySizeLimit. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
/**
 * Largest body of a workbook upload (app/api/imports/*): 12 MiB, so that the import's own limit
 * (10 MB, lib/imports/read-file.ts) is the one a user meets, with its message, and an 11 MB file
 * reaches the app to be refused in words; everything else keeps MAX_BODY_BYTES.
 */
export const MAX_IMPORT_BODY_BYTES = 12 * 1024 * 1024;

const IMPORT_UPLOAD_PATH = /^\/api\/imports\/(preview|commit)$/;

/**
 * Largest body of an attachment upload (app/api/attachments/route.ts): 21 MiB, room for a 20 MB
 * file and its multipart envelope; the route refuses a file over 20 MB with its own message.
 */
export const MAX_UPLOAD_BODY_BYTES = 21 * 1024 * 1024;
export const UPLOAD_PATH = "/api/attachments";

/** The body limit of a path, in bytes (next.config.js lets the proxy buffer the largest). */
export function bodyLimitFor(pathname: string): number {
  if (pathname === UPLOAD_PATH) return MAX_UPLOAD_BODY_BYTES;
  return IMPORT_UPLOAD_PATH.test(pathname) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A fresh nonce: 16 random bytes, base64 (CSP nonce-source). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page: scripts only from this origin with this request's nonce
 * ('strict-dynamic' lets Next's nonced loader bring its chunks), no 'unsafe-inline' for scripts;
 * styles allow inline `style` attributes (Radix positions popovers with them); no framing, no
 * plugins, forms post only here. `development` adds 'unsafe-eval' for React's dev tooling.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Host names of the request's origin as the app is reached (Host; X-Forwarded-Host behind a trusted proxy). */
function requestHosts(headers: Headers, trustProxy: boolean): string[] {
  const hosts = [headers.get("host")];
  if (trustProxy) hosts.push(...(headers.get("x-forwarded-host") ?? "").split(",").map((h) => h.trim()));
  return hosts.filter((h): h is string => !!h).map((h) => h.toLowerCase());
}

/**
 * The refusal for a write that must not reach the app, or null when it may.
 * 403: `Origin` names another host than the one addressed, or the browser says the request is
 * cross-site (`Sec-Fetch-Site`). 411: a write without `Content-Length` (a streamed body could not
 * be bounded). 413: a body over the path's limit (bodyLimitFor: MAX_BODY_BYTES, or
 * MAX_IMPORT_BODY_BYTES for a workbook upload, MAX_UPLOAD_BODY_BYTES for an attachment upload).
 * Reads are never refused.
 */
export function refuseRequest(
  method: string,
  headers: Headers,
  trustProxy: boolean,
  pathname = "/",
): { status: 403 | 411 | 413; reason: string } | null {
  if (!WRITE_METHODS.has(method.toUpperCase())) return null;
  const origin = headers.get("origin");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host.toLowerCase();
    } catch {
      originHost = null;
    }
    if (!originHost || !requestHosts(headers, trustProxy).includes(originHost)) return { status: 403, reason: "cross-origin request" };
  }
  if (headers.get("sec-fetch-site") === "cross-site") return { status: 403, reason: "cross-site request" };
  const length = headers.get("content-length");
  if (length === null) {
    if (headers.has("transfer-encoding")) return { status: 411, reason: "length required" };
    return null;
  }
  if (!/^\d+$/.test(length) || Number(length) > bodyLimitFor(pathname)) return { status: 413, reason: "request body too large" };
  return null;
}

/** Whether the request reached us over HTTPS (the proxy's X-Forwarded-Proto only when trusted). */
export function servedOverHttps(url: URL, headers: Headers, trustProxy: boolean): boolean {
  if (url.protocol === "https:") return true;
  return trustProxy && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** Sets the unchanging security headers (and HSTS over HTTPS) on a response proxy.ts returns. */
export function applySecurityHeaders(response: { headers: Headers }, https: boolean): void {
  for (const { key, value } of staticSecurityHeaders) response.headers.set(key, value);
  if (https) response.headers.set(strictTransportSecurity.key, strictTransportSecurity.value);
}

/**
 * Runs before every request but static assets:
 * 1. refuses cross-origin writes (403) and oversized bodies (413) before anything is written;
 * 2. gives pages a Content-Security-Policy with a fresh nonce (Next puts it on its scripts) and the
 *    other security headers (lib/security/request-guard.ts);
 * 3. first gate: anonymous visitors are sent to /login (with where they were going). It only reads
 *    the session cookie; the real checks (active user, permissions, scope) run on the server for
 *    every page, read and action (lib/auth/session.ts, lib/write/run-mutation.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/next-auth";
import { decodeSessionToken } from "@/lib/auth/session-token-cache";
import { trustedProxyHops } from "@/lib/auth/client-address";
import { applySecurityHeaders, contentSecurityPolicy, createNonce, refuseRequest, servedOverHttps } from "@/lib/security/request-guard";

/** Paths anonymous visitors may reach: the login page, next-auth's own routes, the health check, and the calendar feeds (their secret token is the credential: app/api/calendar/[token]/route.ts). */
const PUBLIC_PATHS = /^\/(login|api\/auth|api\/health|api\/calendar)(\/|$)/;

export async function proxy(request: NextRequest) {
  const trustProxy = trustedProxyHops() > 0;
  const https = servedOverHttps(request.nextUrl, request.headers, trustProxy);
  const refusal = refuseRequest(request.method, request.headers, trustProxy, request.nextUrl.pathname);
  if (refusal) {
    const response = new NextResponse(refusal.reason, { status: refusal.status, headers: { "content-type": "text/plain" } });
    applySecurityHeaders(response, https);
    return response;
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development" });
  const { pathname, search } = request.nextUrl;
  let response: NextResponse;
  if (PUBLIC_PATHS.test(pathname) || (await getToken({ req: request, secret: authSecret(), decode: decodeSessionToken }))) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", csp);
  applySecurityHeaders(response, https);
  return response;
}

export const config = {
  // Everything but static assets (their headers come from next.config.js).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|icons.svg).*)"],
};

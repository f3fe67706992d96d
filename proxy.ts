/**
 * First gate: anonymous visitors are sent to /login (with where they were going).
 * It only reads the session cookie; the real checks (active user, permissions, scope) run on the
 * server for every page, read and action (lib/auth/session.ts, lib/write/run-mutation.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/next-auth";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but the login page, next-auth's own routes, static assets, the health check and
  // the calendar feeds (their secret token is the credential: app/api/calendar/[token]/route.ts).
  matcher: ["/((?!login|api/auth|api/health|api/calendar/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

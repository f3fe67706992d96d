// @ts-check
/**
 * Security headers that are the same on every response (pages, API routes, static assets,
 * redirects). Sent by next.config.js `headers()` for every path and by proxy.ts on the responses
 * it makes itself. The Content-Security-Policy, which carries a per-request nonce, is proxy.ts's
 * (lib/security/request-guard.ts); a static-asset response has no document to protect.
 *
 * Sources: OWASP HTTP Headers Cheat Sheet; MDN (X-Frame-Options, Permissions-Policy).
 */

/** @type {{ key: string; value: string }[]} */
export const staticSecurityHeaders = [
  // Framing refused everywhere (CSP frame-ancestors 'none' says the same to current browsers).
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  // No page of Taawun uses these browser features. Only features Chromium's Permissions-Policy
  // knows, and interest-cohort, which it accepts silently: an unknown one ("bluetooth") is a console
  // warning on every page (tests/e2e/every-response-carries-security-headers.spec.ts).
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** HSTS (two years), sent only on responses served over HTTPS (browsers ignore it over HTTP anyway). */
export const strictTransportSecurity = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders, strictTransportSecurity } from "./lib/security/static-headers.mjs";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The catalogues (messages/*.json) are compiled at build time, wherever they are imported, and
    // next-intl formats them with its small precompiled formatter: intl-messageformat (about
    // 12 kB gzip) leaves every page's JavaScript. Scripts and tests run outside the build read the
    // JSON as it is, with intl-messageformat, to the same result.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});
/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // A separate build folder per checkout or test run (NEXT_DIST_DIR), so parallel builds don't clash.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  experimental: {
    // proxy.ts sees every request, so Next buffers bodies for it, up to this size (default 10 MB,
    // beyond which the app would get a truncated body). lib/security/request-guard.ts refuses
    // anything over 1 MiB first, except the workbook import (12 MiB, MAX_IMPORT_BODY_BYTES) and
    // the attachment upload (21 MiB, MAX_UPLOAD_BODY_BYTES): this is the larger, with room.
    proxyClientMaxBodySize: 22 * 1024 * 1024,
  },
  // Every response, static assets included (proxy.ts adds the nonce CSP to pages).
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [strictTransportSecurity],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders, strictTransportSecurity } from "./lib/security/static-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // A separate build folder per checkout or test run (NEXT_DIST_DIR), so parallel builds don't clash.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  experimental: {
    // The proxy buffers request bodies up to this size (Next's default is 10 MB, past which the
    // body is cut short). lib/security/request-guard.ts refuses anything over 1 MiB, and over
    // 21 MiB on the attachment upload path, before that.
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

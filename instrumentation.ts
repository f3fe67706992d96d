/**
 * Runs once when the server starts (not during `next build`): refuses to serve without an auth
 * secret, applies pending migrations so the app never serves an old schema, and stamps each
 * request with its client address.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("@/lib/startup");
  prepareServer();
  // Sign-in throttling needs the real client address (TAAWUN_TRUSTED_PROXIES).
  const { installClientAddressStamp } = await import("@/lib/auth/client-address");
  await installClientAddressStamp();
}

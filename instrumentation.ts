/**
 * Runs once when the server starts (not during `next build`): refuses to serve without an auth
 * secret, and applies pending migrations so the app never serves an old schema.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("@/lib/startup");
  prepareServer();
}

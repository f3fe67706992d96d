/** Liveness check for scripts that wait for the server (no auth, no data). */
export function GET() {
  return Response.json({ ok: true });
}

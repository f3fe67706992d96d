/**
 * Health check for monitoring and for scripts that wait for the server (no auth, no data):
 * 200 `{ ok: true, database: "reachable", migrations: { applied, expected } }` when the database
 * answers and every committed migration is applied; 503 with the same shape and `ok: false`
 * otherwise (database unreachable, or migrations missing or unknown).
 */
import { databaseHealth } from "@/lib/health/database-health";

export const dynamic = "force-dynamic";

export function GET() {
  const health = databaseHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}

/**
 * The client address a request came from, for sign-in throttling.
 *
 * `X-Forwarded-For` is only believed as far as it was written by proxies we run: the server stamps
 * every incoming request with the TCP peer's address (stampClientAddress, installed at start-up),
 * appended to the header when TAAWUN_TRUSTED_PROXIES says reverse proxies stand in front, and in
 * place of whatever the client sent otherwise. The client address is then the entry that many hops
 * from the end: with no proxy, the peer itself; behind one nginx (`proxy_add_x_forwarded_for`),
 * the address nginx saw. Same rule as Express's numeric `trust proxy` setting.
 */
import type { IncomingMessage } from "node:http";

/**
 * How many reverse proxies in front of the server append to X-Forwarded-For (TAAWUN_TRUSTED_PROXIES,
 * a whole number; 0, the default, trusts none). Throws on a value that is not a whole number.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TAAWUN_TRUSTED_PROXIES?.trim() || "0";
  if (!/^\d{1,2}$/.test(raw)) throw new Error(`TAAWUN_TRUSTED_PROXIES must be a whole number of proxies, not "${raw}"`);
  return Number(raw);
}

/**
 * Rewrites `x-forwarded-for` of an incoming request so that its last entry is the TCP peer:
 * the client's own header is dropped when no proxy is trusted, kept (proxies' entries) otherwise.
 */
export function stampClientAddress(request: IncomingMessage, hops: number): void {
  const peer = request.socket?.remoteAddress ?? "unknown";
  const sent = request.headers["x-forwarded-for"];
  const forwarded = Array.isArray(sent) ? sent.join(", ") : sent;
  request.headers["x-forwarded-for"] = hops > 0 && forwarded ? `${forwarded}, ${peer}` : peer;
}

/**
 * The client address of a request whose headers were stamped (a lower-case header record, as
 * next-auth passes them, or a Headers object). IPv4-mapped IPv6 (`::ffff:127.0.0.1`) reads as IPv4.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>, hops = trustedProxyHops()): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries[Math.max(entries.length - 1 - hops, 0)] ?? "unknown";
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
}

const globalForStamp = globalThis as unknown as { __taawunClientAddressStamp?: boolean };

/**
 * Installs the stamp on every HTTP server of this process (Next's `next start` included): wraps
 * `http.Server.prototype.emit` so each "request" event is stamped before Next sees it. Idempotent.
 */
export async function installClientAddressStamp(): Promise<void> {
  if (globalForStamp.__taawunClientAddressStamp) return;
  globalForStamp.__taawunClientAddressStamp = true;
  const hops = trustedProxyHops();
  const http = await import("node:http");
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: InstanceType<typeof http.Server>, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampClientAddress(args[0] as IncomingMessage, hops);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

import { Socket } from "node:net";
import { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, stampClientAddress, trustedProxyHops } from "./client-address";

function request(peer: string, forwarded?: string): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const message = new IncomingMessage(socket);
  if (forwarded) message.headers["x-forwarded-for"] = forwarded;
  return message;
}

describe("client address", () => {
  it("believes no X-Forwarded-For when no proxy is configured", () => {
    const forged = request("::ffff:192.0.2.10", "1.2.3.4");
    stampClientAddress(forged, 0);
    expect(clientAddress(forged.headers, 0)).toBe("192.0.2.10");
  });

  it("takes the address the trusted proxy saw, not what the client wrote before it", () => {
    // The client forged "1.2.3.4"; nginx appended the address it saw (198.51.100.5); nginx is the peer.
    const proxied = request("127.0.0.1", "1.2.3.4, 198.51.100.5");
    stampClientAddress(proxied, 1);
    expect(clientAddress(proxied.headers, 1)).toBe("198.51.100.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.5, 127.0.0.1" }), 1)).toBe("198.51.100.5");
  });

  it("reads TAAWUN_TRUSTED_PROXIES as a whole number", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TAAWUN_TRUSTED_PROXIES: "1" })).toBe(1);
    expect(() => trustedProxyHops({ TAAWUN_TRUSTED_PROXIES: "yes" })).toThrow(/whole number/);
  });
});

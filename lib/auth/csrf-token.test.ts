import { describe, expect, it } from "vitest";
import { csrfTokenFromCookies } from "./csrf-token";

const jar = (cookies: Record<string, string>) => (name: string) => (name in cookies ? { value: cookies[name]! } : undefined);

describe("csrfTokenFromCookies", () => {
  it("takes the token before the hash in next-auth's cookie", () => {
    expect(csrfTokenFromCookies(jar({ "next-auth.csrf-token": "abc123|f00d" }))).toBe("abc123");
  });

  it("reads the Secure cookie's name behind https", () => {
    expect(csrfTokenFromCookies(jar({ "__Host-next-auth.csrf-token": "xyz|beef" }))).toBe("xyz");
  });

  it("says nothing when the browser has no CSRF cookie yet", () => {
    expect(csrfTokenFromCookies(jar({ "next-auth.session-token": "jwt" }))).toBe("");
  });
});

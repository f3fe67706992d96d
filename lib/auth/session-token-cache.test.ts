import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-token-cache";

const secret = "session-token-cache-test-secret-0123456789";

describe("decodeSessionToken", () => {
  it("returns next-auth's claims, the same object the second time (decrypted once)", async () => {
    const token = await encode({ token: { uid: 7, role: "staff" }, secret, maxAge: 60 });
    const first = await decodeSessionToken({ token, secret });
    expect(first).toMatchObject({ uid: 7, role: "staff" });
    expect(await decodeSessionToken({ token, secret })).toBe(first);
  });

  it("refuses a token that does not decrypt, and a missing one", async () => {
    const token = await encode({ token: { uid: 7 }, secret: "another-secret-entirely-0123456789", maxAge: 60 });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });

  it("refuses a remembered token once it has expired (beyond the 15 s tolerance)", async () => {
    const token = await encode({ token: { uid: 8 }, secret, maxAge: 1 });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ uid: 8 });
    const realNow = Date.now;
    try {
      Date.now = () => realNow() + 20_000;
      expect(await decodeSessionToken({ token, secret })).toBeNull();
    } finally {
      Date.now = realNow;
    }
  });
});

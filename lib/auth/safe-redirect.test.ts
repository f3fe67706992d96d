import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps paths of the app", () => {
    expect(safeCallbackPath("/meetings")).toBe("/meetings");
    expect(safeCallbackPath("/meetings?country=ES&page=2")).toBe("/meetings?country=ES&page=2");
    expect(safeCallbackPath("/meetings/3/edit#counterparts")).toBe("/meetings/3/edit#counterparts");
  });

  it.each([
    "https://evil.test/phish",
    "http://localhost:3000.evil.test/",
    "//evil.test",
    "//evil.test/meetings",
    "/\\evil.test",
    "\\\\evil.test",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "/\tjavascript:alert(1)",
    "/\n/evil.test",
    " //evil.test",
    "data:text/html,<script>alert(1)</script>",
    "meetings",
    "",
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("never sends back to the login page", () => {
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBe("/");
    expect(safeCallbackPath(null, "/meetings")).toBe("/meetings");
  });
});

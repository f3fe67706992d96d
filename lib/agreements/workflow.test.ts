import { describe, expect, it } from "vitest";
import { signingStatuses } from "@/db/enums";
import { canTransition, dateColumnOf, nextStatuses, signingTransitions } from "./workflow";

describe("signing workflow", () => {
  it("has a row for every status and only known statuses as targets", () => {
    expect(Object.keys(signingTransitions).sort()).toEqual([...signingStatuses].sort());
    for (const targets of Object.values(signingTransitions)) {
      for (const to of targets) expect(signingStatuses).toContain(to);
    }
  });

  it("moves an agreement awaiting signature to signed, then in force, then expired", () => {
    expect(canTransition("awaiting_signature", "signed")).toBe(true);
    expect(canTransition("signed", "in_force")).toBe(true);
    expect(canTransition("in_force", "expired")).toBe(true);
  });

  it("refuses impossible steps", () => {
    expect(canTransition("draft", "expired")).toBe(false);
    expect(canTransition("draft", "signed")).toBe(false);
    expect(canTransition("draft", "in_force")).toBe(false);
    expect(canTransition("under_negotiation", "signed")).toBe(false);
    expect(canTransition("signed", "draft")).toBe(false);
    expect(canTransition("in_force", "awaiting_signature")).toBe(false);
  });

  it("never allows a step to the same status", () => {
    for (const status of signingStatuses) expect(canTransition(status, status)).toBe(false);
  });

  it("lets negotiation be reopened before signature but not after", () => {
    expect(canTransition("awaiting_signature", "under_negotiation")).toBe(true);
    expect(canTransition("text_agreed", "under_negotiation")).toBe(true);
    expect(canTransition("signed", "under_negotiation")).toBe(false);
  });

  it("treats expired and terminated as final, and lets any other status be terminated", () => {
    expect(nextStatuses("expired")).toEqual([]);
    expect(nextStatuses("terminated")).toEqual([]);
    for (const status of signingStatuses) {
      if (status === "expired" || status === "terminated") continue;
      expect(canTransition(status, "terminated")).toBe(true);
    }
  });

  it("names the date column each step sets", () => {
    expect(dateColumnOf("signed")).toBe("signedOn");
    expect(dateColumnOf("in_force")).toBe("inForceOn");
    expect(dateColumnOf("expired")).toBe("expiresOn");
    expect(dateColumnOf("terminated")).toBeNull();
  });
});

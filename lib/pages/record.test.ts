import { describe, expect, it } from "vitest";
import { foundOr404, recordIdParam, redirectIfMerged } from "./record";

/** What Next's notFound() and redirect() throw, to tell a 404 from a redirect. */
async function outcome(run: () => unknown): Promise<string> {
  try {
    await run();
    return "returned";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? error);
    if (digest.includes("404")) return "not found";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    throw error;
  }
}

describe("a record page's preamble", () => {
  it("reads a positive whole id from the route, and answers 404 for anything else", async () => {
    await expect(recordIdParam(Promise.resolve({ id: "42" }))).resolves.toBe(42);
    await expect(recordIdParam(Promise.resolve({ projectId: "7" }), "projectId")).resolves.toBe(7);
    for (const id of ["abc", "0", "-3", "1.5", "1e30", ""]) {
      expect(await outcome(() => recordIdParam(Promise.resolve({ id })))).toBe("not found");
    }
  });

  it("answers 404 when the room finds nothing the user may see, or the page does not show it", async () => {
    expect(foundOr404({ id: 1 })).toEqual({ id: 1 });
    expect(await outcome(() => foundOr404(null))).toBe("not found");
    expect(await outcome(() => foundOr404(undefined))).toBe("not found");
    expect(await outcome(() => foundOr404({ archivedAt: "2026-01-01" }, (r) => !r.archivedAt))).toBe("not found");
  });

  it("sends a merged record's page to the record it was merged into", async () => {
    expect(await outcome(() => redirectIfMerged({ mergedIntoId: null }, "/people"))).toBe("returned");
    expect(await outcome(() => redirectIfMerged({ mergedIntoId: 9 }, "/people"))).toBe("redirect /people/9");
  });
});

/** Agreements are found by their type's name in any language, titled or not. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openSeededDatabase } from "@/tests/helpers/seeded-db";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const { fetchAgreements } = await import("./queries");
const { agreementFiltersSchema } = await import("./schema");

let seeded: ReturnType<typeof openSeededDatabase>;
beforeAll(() => {
  seeded = openSeededDatabase("agreement-search");
});
afterAll(() => seeded.cleanup());

describe("agreements search", () => {
  it("finds the five seeded memoranda of understanding by their type, four of which have no title", () => {
    const { staff } = seeded.accounts;
    const search = (q: string) => fetchAgreements(staff, agreementFiltersSchema.parse({ q })).total;
    expect(search("مذكرة تفاهم")).toBe(5);
    expect(search("mémorandum d'entente")).toBe(5);
    expect(search("memorandum of understanding")).toBe(5);
    expect(search("اتفاقية شراكة")).toBe(1);
  });
});

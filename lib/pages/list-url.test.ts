import { describe, expect, it } from "vitest";
import { listLinks, listUrl } from "./list-url";

describe("a list page's links", () => {
  it("leaves empty values out, and the question mark when nothing is left", () => {
    expect(listUrl("/agreements", { q: undefined, status: "" })).toBe("/agreements");
    expect(listUrl("/agreements", { q: "رباط", status: "signed" })).toBe("/agreements?q=%D8%B1%D8%A8%D8%A7%D8%B7&status=signed");
  });

  it("keeps the named filters as strings, in their order, without their defaults", () => {
    const filters = { q: "", status: "in_force", view: "table", programme: 12, page: 3 };
    const { params, href } = listLinks("/agreements", filters, ["q", "programme", "status", "view"], { view: "table" });
    expect(params).toEqual({ q: undefined, programme: "12", status: "in_force", view: undefined });
    expect(href()).toBe("/agreements?programme=12&status=in_force");
    expect(href({ view: "board" })).toBe("/agreements?programme=12&status=in_force&view=board");
    expect(href({ status: undefined })).toBe("/agreements?programme=12");
  });

  it("writes an override equal to the default as no parameter (the validation queue's waiting tab)", () => {
    const { params, href } = listLinks("/validation", { status: "sent_back", type: "meeting" }, ["status", "type"], { status: "waiting" });
    expect(params).toEqual({ status: "sent_back", type: "meeting" });
    expect(href({ status: "waiting" })).toBe("/validation?type=meeting");
    expect(href({ type: undefined })).toBe("/validation?status=sent_back");
  });
});

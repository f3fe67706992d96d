import { describe, expect, it } from "vitest";
import { groupBy, groupWithout, inChunks, IN_LIST_CHUNK } from "./chunks";

describe("reading many ids at once", () => {
  it("asks for at most 500 ids a query, in order, and not at all for none", () => {
    const ids = Array.from({ length: 1201 }, (_, i) => i + 1);
    const asked: number[][] = [];
    const rows = inChunks(ids, (chunk) => {
      asked.push(chunk);
      return chunk.map((id) => ({ id }));
    });
    expect(asked.map((chunk) => chunk.length)).toEqual([IN_LIST_CHUNK, IN_LIST_CHUNK, 201]);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(inChunks([], () => { throw new Error("no query for no ids"); })).toEqual([]);
  });

  it("groups rows by record, keeping their order, with or without the key column", () => {
    const rows = [
      { meetingId: 2, name: "b" },
      { meetingId: 1, name: "a" },
      { meetingId: 2, name: "c" },
    ];
    expect(groupBy(rows, (r) => r.meetingId).get(2)).toEqual([rows[0], rows[2]]);
    const grouped = groupWithout(rows, "meetingId");
    expect(grouped.get(2)).toEqual([{ name: "b" }, { name: "c" }]);
    expect(grouped.get(1)).toEqual([{ name: "a" }]);
    expect(grouped.has(3)).toBe(false);
  });
});

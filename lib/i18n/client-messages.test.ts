import path from "node:path";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { clientMessagePaths, messagePathsOf } from "@/tests/helpers/client-translations";
import { CLIENT_MESSAGE_PATHS, clientMessages, messageAt, pickMessages } from "./client-messages";

const repo = path.resolve(import.meta.dirname, "../..");
const covered = (needed: string) => CLIENT_MESSAGE_PATHS.some((p) => needed === p || needed.startsWith(`${p}.`));

describe("the messages sent to the browser", () => {
  const needed = clientMessagePaths(repo);

  it("hold every key a client component translates (read from the client import graph)", () => {
    const missing = [...needed].filter(([p]) => !covered(p)).map(([p, files]) => `${p || "(the whole catalogue)"} used by ${files.join(", ")}`);
    expect(missing, "add these paths to CLIENT_MESSAGE_PATHS (lib/i18n/client-messages.ts)").toEqual([]);
  });

  it("hold nothing that no client component uses, and only paths that exist", () => {
    const unused = CLIENT_MESSAGE_PATHS.filter((p) => ![...needed.keys()].some((n) => n === p || n.startsWith(`${p}.`) || p.startsWith(`${n}.`)));
    expect(unused).toEqual([]);
    expect(CLIENT_MESSAGE_PATHS.filter((p) => messageAt(en, p) === undefined)).toEqual([]);
  });

  it("are well under the whole catalogue", () => {
    const picked = Buffer.byteLength(JSON.stringify(clientMessages(ar)));
    const whole = Buffer.byteLength(JSON.stringify(ar));
    expect(picked).toBeLessThan(whole * 0.6);
    expect(clientMessages(ar)).toBe(clientMessages(ar)); // computed once per catalogue
  });

  it("reads the namespaces the meeting form needs, down to the key or the template's prefix", () => {
    const paths = messagePathsOf(path.join(repo, "components/meetings/meeting-form.tsx"));
    expect(paths).toContain("meetings.form.startsOn");
    expect(paths).toContain("meetings.form.precisionHint"); // tf(`precisionHint.${precision}`)
    expect(paths).toContain("meetings.kinds"); // t(`kinds.${k}`)
    expect([...paths].some((p) => p === "meetings")).toBe(false);
  });

  it("counts a translator passed on or called with a variable key as needing its whole namespace", () => {
    // comment-dialog.tsx: `te.has(messageKey) ? te(messageKey) : te("failed")`
    expect(messagePathsOf(path.join(repo, "components/forms/comment-dialog.tsx"))).toContain("errors");
    // milestones-table.tsx: `useTranslations("app")("apposition")` needs that key only
    const milestones = messagePathsOf(path.join(repo, "components/milestones/milestones-table.tsx"));
    expect(milestones).toContain("app.apposition");
    expect(milestones).not.toContain("app");
  });
});

describe("pickMessages", () => {
  it("keeps the picked sub-trees nested as in the catalogue and drops the rest", () => {
    const messages = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };
    expect(pickMessages(messages, ["a.b.c", "a.e", "missing.path"])).toEqual({ a: { b: { c: "1" }, e: "3" } });
    expect(pickMessages(messages, ["a.b", "f"])).toEqual({ a: { b: { c: "1", d: "2" } }, f: "4" });
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { clientModuleGraph, messagePathsOf, readRoutes, routeMessageProblems, type RouteEntry } from "@/tests/helpers/client-translations";
import { ROUTE_MESSAGE_PATHS, SHELL_MESSAGE_PATHS, pickMessages, routeMessagePaths, routeMessages, type MessageRoute } from "./client-messages";

const repo = path.resolve(import.meta.dirname, "../..");
const catalogues = { ar, en, fr };
const lists = { shell: SHELL_MESSAGE_PATHS, routes: ROUTE_MESSAGE_PATHS as Record<string, readonly string[]> };

describe("the messages sent to the browser, route by route", () => {
  const routes = readRoutes(repo);
  const byEntry = (entry: string) => routes.find((r) => r.entry === entry)!;

  it("reads every page and layout under app/, and each one's route without doubt", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routeMessageProblems(routes, lists, catalogues).unreadable).toEqual([]);
    expect(byEntry("app/layout.tsx").route).toBe("shell");
    expect(byEntry("app/(app)/meetings/new/page.tsx").route).toBe("meetings/form");
    expect(byEntry("app/(app)/not-found.tsx").route).toBe("shell");
  });

  it("each send every key their client components translate (read from each entry's client import graph)", () => {
    expect(routeMessageProblems(routes, lists, catalogues).missing, "add these paths to the route's ROUTE_MESSAGE_PATHS entry (lib/i18n/client-messages.ts)").toEqual([]);
  });

  it("each send nothing that no client component of theirs uses, and only paths that exist", () => {
    expect(routeMessageProblems(routes, lists, catalogues).unused).toEqual([]);
  });

  it("leave no translating client module unchecked: each is reached from some route entry", () => {
    const reached = new Set(routes.flatMap((r) => r.modules.map((m) => m.file)));
    const unreached = clientModuleGraph(repo)
      .filter((file) => messagePathsOf(file).size > 0)
      .map((file) => path.relative(repo, file))
      .filter((file) => !reached.has(file));
    expect(unreached).toEqual([]);
  });

  it("fail naming the entry, the module and the key when a route lacks a path", () => {
    const without = { ...lists, routes: { ...lists.routes, "meetings/form": ROUTE_MESSAGE_PATHS["meetings/form"].filter((p) => p !== "meetings.kinds") } };
    const { missing } = routeMessageProblems(routes, without, catalogues);
    expect(missing).toContain('app/(app)/meetings/new/page.tsx (route "meetings/form" from app/(app)/meetings/new/page.tsx): components/meetings/meeting-form.tsx translates meetings.kinds');
    expect(missing.some((m) => m.startsWith("app/(app)/meetings/[id]/edit/page.tsx"))).toBe(true);
    // The chrome gets the shell's set only: a shell path taken away is missed by the app layout's search.
    const noSearch = routeMessageProblems(routes, { ...lists, shell: SHELL_MESSAGE_PATHS.filter((p) => p !== "search") }, catalogues);
    expect(noSearch.missing.some((m) => m.startsWith('app/(app)/layout.tsx (route "shell"') && m.includes("components/search/"))).toBe(true);
  });

  it("fail on a page that renders client components outside its <RouteMessages>, or names no route it may", () => {
    const fake = (problems: string[], route = "home"): RouteEntry => ({ entry: "app/x/page.tsx", route, routeFrom: "app/x/page.tsx", modules: [], problems });
    expect(routeMessageProblems([...routes, fake(["line 3: the default export returns a tree outside <RouteMessages>"])], lists, catalogues).unreadable).toContain(
      "app/x/page.tsx: line 3: the default export returns a tree outside <RouteMessages>",
    );
    expect(routeMessageProblems([...routes, fake([], "no-such-route")], lists, catalogues).unreadable).toEqual(expect.arrayContaining([
      'app/x/page.tsx: route "no-such-route" (app/x/page.tsx) is not in ROUTE_MESSAGE_PATHS',
    ]));
  });

  it("are well under the whole catalogue on every route, and picked once per catalogue and route", () => {
    const whole = Buffer.byteLength(JSON.stringify(ar));
    const sizes = Object.fromEntries((["shell", ...Object.keys(ROUTE_MESSAGE_PATHS)] as (MessageRoute | "shell")[]).map((r) => [r, Buffer.byteLength(JSON.stringify(routeMessages(ar, r)))]));
    expect(Math.max(...Object.values(sizes))).toBeLessThan(whole * 0.2);
    expect(sizes.shell!).toBeLessThan(2_000);
    expect(routeMessages(ar, "projects/list")).toBe(routeMessages(ar, "projects/list"));
    expect(routeMessages(ar, "projects/list")).not.toBe(routeMessages(fr, "projects/list"));
  });

  it("send the shell's paths on every route too (a nested provider replaces the messages above it)", () => {
    for (const route of Object.keys(ROUTE_MESSAGE_PATHS) as MessageRoute[]) expect(routeMessagePaths(route)).toEqual(expect.arrayContaining([...SHELL_MESSAGE_PATHS]));
    expect(routeMessages(ar, "login").search).toBe(ar.search); // the catalogue's own sub-tree: sent once per page by the RSC serialiser
  });
});

describe("reading what a client module translates", () => {
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

  it("takes a sub-tree whole when a wider path is listed too, without writing into the catalogue", () => {
    const messages = { a: { b: "1", c: "2" }, d: "3" };
    const frozen = structuredClone(messages);
    expect(pickMessages(messages, ["a", "a.b", "d"])).toEqual(messages);
    expect(pickMessages(messages, ["a.b", "a"]).a).toBe(messages.a);
    expect(messages).toEqual(frozen);
  });
});

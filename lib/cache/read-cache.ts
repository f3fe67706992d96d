/**
 * Reads that are the same until the next write (list totals and pages, filter choices, dashboard
 * figures, records, the signed-in user's row): computed once, then served from memory while the
 * database's write stamp (db/client.ts writeStamp) is unchanged. Any write, by this process or
 * another, invalidates every entry. Callers keep the read rule: the key must hold everything the
 * result depends on (the user's role or id when the result is scoped, the filters).
 */
import "server-only";
import { writeStamp } from "@/db/client";

/** At most this many entries are kept (the least recently used dropped first). */
const MAX_ENTRIES = 1000;

const cacheHolder = globalThis as unknown as { __taawunReadCache?: { stamp: string; entries: Map<string, unknown> } };

/**
 * The value of `compute()` for `key`, computed again only after a write.
 * @param key what the value depends on, e.g. `meetings.total:{"q":"..."}`
 * @param compute a synchronous read (throws through unchanged; nothing is cached then)
 */
export function cachedRead<T>(key: string, compute: () => T): T {
  const stamp = writeStamp();
  let cache = cacheHolder.__taawunReadCache;
  if (!cache || cache.stamp !== stamp) {
    cache = { stamp, entries: new Map() };
    cacheHolder.__taawunReadCache = cache;
  }
  if (cache.entries.has(key)) {
    // Least recently used goes first: a read every page makes stays while one-off pages come and go.
    const kept = cache.entries.get(key) as T;
    cache.entries.delete(key);
    cache.entries.set(key, kept);
    return kept;
  }
  const value = compute();
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  cache.entries.set(key, value);
  return value;
}

/**
 * `read` with its results kept until the next write, one entry per argument list: what a page
 * reads on every request (the signed-in user's row, a list's page, a record) is read once, then
 * shared by every request with the same arguments until something is written.
 * The arguments must be plain JSON data and hold everything the result depends on (the user,
 * filters, ids, today's date): they are the key (`name:` + JSON of the arguments). A refusal that
 * `read` throws (ForbiddenError) is thrown on every call, since nothing is kept then; the user
 * (with their role) is part of the key, so a kept result is only ever given to the same role.
 * The result is shared between requests: callers must not change it.
 * @param name the key's prefix, unique in the app, e.g. `meetings.page`
 */
export function readBetweenWrites<A extends unknown[], T>(name: string, read: (...args: A) => T): (...args: A) => T {
  return (...args) => cachedRead(`${name}:${JSON.stringify(args)}`, () => read(...args));
}

/** Drops every cached value (benchmarks measure reads cold with it). */
export function forgetCachedReads(): void {
  cacheHolder.__taawunReadCache = undefined;
}

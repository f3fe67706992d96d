/**
 * Reads that are the same until the next write (list totals, filter choices, dashboard figures):
 * computed once, then served from memory while the database's write stamp (db/client.ts
 * writeStamp) is unchanged. Any write, by this process or another, invalidates every entry.
 * Callers keep the read rule: the key must hold everything the result depends on (the user's
 * role or id when the result is scoped, the filters).
 */
import "server-only";
import { writeStamp } from "@/db/client";

/** At most this many entries are kept (oldest dropped first). */
const MAX_ENTRIES = 500;

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
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = compute();
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  cache.entries.set(key, value);
  return value;
}

/** Drops every cached value (benchmarks measure reads cold with it). */
export function forgetCachedReads(): void {
  cacheHolder.__taawunReadCache = undefined;
}

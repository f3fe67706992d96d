"use client";

/**
 * The idempotency key of one create form instance (lib/write/idempotency.ts): sent with the
 * create action's input, it makes a double-clicked Save or a retried request one record.
 */
import { useCallback, useState } from "react";

/**
 * A fresh key: 128 random bits as 32 hex digits. Uses `crypto.getRandomValues`, which browsers
 * offer on plain http too (unlike `crypto.randomUUID`, secure contexts only).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The key of this form instance, drawn once when it mounts, and `renew` for a form that stays on
 * screen to create another record (a dialog reset after its create succeeded). A form that leaves
 * the page after saving never renews: a second click still in flight must carry the same key.
 */
export function useIdempotencyKey(): { idempotencyKey: string; renew: () => void } {
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { idempotencyKey, renew };
}

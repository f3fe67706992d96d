/**
 * Password hashing with argon2id (@node-rs/argon2), OWASP's first choice.
 * Parameters: OWASP Password Storage Cheat Sheet minimum for argon2id (19 MiB, 2 iterations, 1 lane).
 */
import { hash, hashSync, verify, verifySync } from "@node-rs/argon2";

// algorithm 2 = Argon2id (the library's const enum Algorithm.Argon2id; a const enum cannot be imported here).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password; returns a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** True when `password` matches the PHC `passwordHash`; false (never throws) on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Synchronous `hashPassword`, for writes inside the write path's synchronous transaction
 * (account administration; it blocks the process for the hash's few tens of milliseconds).
 */
export function hashPasswordSync(password: string): string {
  return hashSync(password, options);
}

/** Synchronous `verifyPassword`; false (never throws) on a malformed hash. */
export function verifyPasswordSync(passwordHash: string, password: string): boolean {
  try {
    return verifySync(passwordHash, password);
  } catch {
    return false;
  }
}

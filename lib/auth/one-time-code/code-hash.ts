import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { serverEnv } from "../../env";

// Six digits have only 10^6 values, so a plain SHA-256 would be reversed instantly from a leaked
// table. Keying the hash with a server secret (derived from NEXTAUTH_SECRET, never stored in the
// database) means a database leak alone reveals nothing.
let key: Buffer | undefined;
function codeKey(): Buffer {
  key ??= createHmac("sha256", serverEnv().NEXTAUTH_SECRET).update("maklerportal:one-time-code:v1").digest();
  return key;
}

/** Six digits from the CSPRNG, leading zeros kept. */
export function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** HMAC-SHA256 of the code, bound to the user and purpose so a hash cannot be replayed elsewhere. */
export function hashCode(code: string, binding: { userId: string; purpose: string }): string {
  return createHmac("sha256", codeKey()).update(`${binding.userId}:${binding.purpose}:${code}`).digest("hex");
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

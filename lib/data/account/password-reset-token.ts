import { createHash, randomBytes } from "node:crypto";

/** One hour, security.md / issue #3 item 6. */
export const PASSWORD_RESET_VALIDITY_MS = 60 * 60 * 1000;

/** 256 bits from the CSPRNG, URL-safe so it can sit in a path segment. */
export function newPasswordResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this digest is stored; a database leak does not reveal usable links. */
export function hashPasswordResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check so malformed path segments never reach the database. */
export function looksLikePasswordResetToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

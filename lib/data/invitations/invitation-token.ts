import { createHash, randomBytes } from "node:crypto";

/** 256-bit random token for the link; only its SHA-256 is stored (the token itself has full entropy). */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

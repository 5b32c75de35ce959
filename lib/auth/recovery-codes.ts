import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { writeAudit, type AuditEntry } from "../audit/write-audit";
import { now } from "../clock";
import type { Prisma } from "../db/generated/client";

export const RECOVERY_CODE_COUNT = 10;
// 32 symbols without 0/O and 1/I (read aloud or off paper without mix-ups); 32 divides 256, so a
// random byte masked to 5 bits picks each symbol without bias. 10 symbols = 50 bits per code.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const SYMBOLS = 10;

type Client = Prisma.TransactionClient;
type Target = { tenantId: string; userId: string } & Pick<AuditEntry, "ip" | "userAgent">;

function newCode(): string {
  const symbols = [...randomBytes(SYMBOLS)].map((byte) => ALPHABET[byte & 31]).join("");
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`; // "4F7K-9QXM-2B"
}

/** Upper-case, without dashes and spaces: "4f7k 9qxm-2b" is the same code. */
function normalize(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, "");
}

// SHA-256, not Argon2: each code carries 50 random bits and is checked only after the password, so
// guessing from a stolen hash costs ~2^49 hashes per code, and a slow hash would protect nothing a
// human chose. The user id is mixed in so one precomputed table cannot attack every user at once.
function hashCode(userId: string, code: string): string {
  return createHash("sha256")
    .update(`${userId}:${normalize(code)}`)
    .digest("hex");
}

async function findUser(client: Client, target: Target) {
  return client.user.findFirst({ where: { id: target.userId, tenantId: target.tenantId }, select: { id: true, kind: true } });
}

/**
 * Ten new recovery codes for the user, replacing all earlier ones; returns them in plain text once
 * (only hashes are stored). Call inside a transaction so old codes never vanish without new ones.
 * Throws when the user does not exist in this tenant.
 */
export async function generateRecoveryCodes(client: Client, target: Target): Promise<string[]> {
  const user = await findUser(client, target);
  if (!user) throw new Error("Unknown user for this tenant");
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newCode());
  const removed = await client.recoveryCode.deleteMany({ where: { tenantId: target.tenantId, userId: user.id } });
  await client.recoveryCode.createMany({
    data: [...codes].map((code) => ({ tenantId: target.tenantId, userId: user.id, codeHash: hashCode(user.id, code) })),
  });
  await writeAudit(
    {
      tenantId: target.tenantId,
      actorUserId: user.id,
      actorKind: user.kind === "STAFF" ? "staff" : "customer",
      action: "auth.recovery_codes_generated",
      entityType: "User",
      entityId: user.id,
      ip: target.ip,
      userAgent: target.userAgent,
      data: { count: codes.size, replaced: removed.count },
    },
    client,
  );
  return [...codes];
}

/**
 * Uses one recovery code in place of the second factor: true once per code. The single UPDATE …
 * WHERE usedAt IS NULL makes a code usable only once even under concurrent attempts.
 */
export async function consumeRecoveryCode(client: Client, target: Target & { code: string }): Promise<boolean> {
  const normalized = normalize(target.code);
  if (normalized.length !== SYMBOLS || [...normalized].some((c) => !ALPHABET.includes(c))) return false;
  const used = await client.recoveryCode.updateMany({
    where: { tenantId: target.tenantId, userId: target.userId, codeHash: hashCode(target.userId, normalized), usedAt: null },
    data: { usedAt: now() },
  });
  if (used.count === 0) return false;
  const user = await findUser(client, target);
  const remaining = await client.recoveryCode.count({
    where: { tenantId: target.tenantId, userId: target.userId, usedAt: null },
  });
  await writeAudit(
    {
      tenantId: target.tenantId,
      actorUserId: target.userId,
      actorKind: user?.kind === "STAFF" ? "staff" : "customer",
      action: "auth.recovery_code_used",
      entityType: "User",
      entityId: target.userId,
      ip: target.ip,
      userAgent: target.userAgent,
      data: { remaining },
    },
    client,
  );
  return true;
}

/** How many unused recovery codes the user has left (for the security settings page). */
export async function countUnusedRecoveryCodes(client: Client, target: { tenantId: string; userId: string }): Promise<number> {
  return client.recoveryCode.count({ where: { tenantId: target.tenantId, userId: target.userId, usedAt: null } });
}

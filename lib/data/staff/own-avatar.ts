import "server-only";
import type { Prisma } from "../../db/generated/client";
import type { Msg } from "../../i18n/message-key";
import { deleteObject } from "../../storage/delete-object";
import { keyBelongsToTenant } from "../../storage/object-key";
import { presignDownload } from "../../storage/presign-download";
import { MAX_AVATAR_MB } from "../../validation/staff-avatar";

/** What uploading or removing the own photo answers; refusals are catalog keys (broker.avatar.errors). */
export type AvatarResult = { ok: true } | { ok: false; error: Msg };

export const avatarRefusals = {
  empty: { ok: false, error: "broker.avatar.errors.empty" },
  typeNotAllowed: { ok: false, error: "broker.avatar.errors.typeNotAllowed" },
  tooLarge: { ok: false, error: { key: "broker.avatar.errors.tooLarge", values: { maxMb: MAX_AVATAR_MB } } },
  storageUnavailable: { ok: false, error: "broker.avatar.errors.storageUnavailable" },
} as const satisfies Record<string, AvatarResult>;

/**
 * Locks the signed-in staff member's row and reads their current photo key, so two uploads at the
 * same moment cannot both miss the other's object (one of them would be left behind in S3).
 * Null when the row is not an active staff account of this tenant.
 */
export async function lockOwnStaffRow(
  tx: Prisma.TransactionClient,
  tenantId: string,
  userId: string,
): Promise<{ avatarKey: string | null } | null> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
  return tx.user.findFirst({ where: { id: userId, tenantId, kind: "STAFF", status: "ACTIVE" }, select: { avatarKey: true } });
}

/** Deletes a replaced or removed photo after the row no longer points at it; a failure only leaves an orphan. */
export async function deleteOldAvatar(key: string | null, tenantId: string): Promise<void> {
  if (!key || !keyBelongsToTenant(key, tenantId)) return;
  await deleteObject(key).catch(() => console.error(`[staff] orphaned avatar object ${key}`));
}

/**
 * A short-lived inline URL for a staff photo. Only call after the caller decided the viewer may see
 * this staff member's photo; a key outside the tenant's prefix is never signed.
 */
export async function presignAvatar(key: string | null, tenantId: string): Promise<string | null> {
  if (!key || !keyBelongsToTenant(key, tenantId)) return null;
  return presignDownload(key, { fileName: "foto", contentType: "image/*", disposition: "inline" });
}

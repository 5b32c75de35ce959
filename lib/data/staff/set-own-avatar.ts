import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { SNIFF_BYTES, sniffFileType } from "../../documents/sniff-file-type";
import { deleteObject } from "../../storage/delete-object";
import { staffAvatarKey } from "../../storage/object-key";
import { putObject } from "../../storage/put-object";
import { AVATAR_TYPES, MAX_AVATAR_BYTES, staffAvatarInput, type AvatarType } from "../../validation/staff-avatar";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { avatarRefusals, deleteOldAvatar, lockOwnStaffRow, type AvatarResult } from "./own-avatar";

const isAvatarType = (type: string | null): type is AvatarType => AVATAR_TYPES.includes(type as AvatarType);

/**
 * "Foto für Kunden": a staff member replaces their OWN portrait (there is no user id to pass, so
 * nobody sets another person's photo). The bytes decide the type (JPEG or PNG only, never the name or
 * the browser's Content-Type) and the size (2 MB); a refused file never reaches S3. The new object
 * gets a fresh server-generated key; the previous one is deleted once the row points at the new one.
 */
export async function setOwnAvatar(ctx: RequestContext | null, input: unknown): Promise<AvatarResult> {
  requireStaff(ctx);
  const parsed = staffAvatarInput.safeParse(input);
  if (!parsed.success) return avatarRefusals.empty;
  const { photo } = parsed.data;
  if (photo.size === 0) return avatarRefusals.empty;
  if (photo.size > MAX_AVATAR_BYTES) return avatarRefusals.tooLarge;
  const bytes = Buffer.from(await photo.arrayBuffer());
  if (bytes.length === 0) return avatarRefusals.empty;
  if (bytes.length > MAX_AVATAR_BYTES) return avatarRefusals.tooLarge;
  const contentType = sniffFileType(bytes.subarray(0, SNIFF_BYTES));
  if (!isAvatarType(contentType)) return avatarRefusals.typeNotAllowed;

  const tenantId = ctx.tenant.id;
  const userId = ctx.actor.id;
  const key = staffAvatarKey(tenantId, userId);
  try {
    await putObject(key, bytes, contentType);
  } catch (error) {
    console.error(`[staff] avatar upload failed: ${error instanceof Error ? error.message : "unknown error"}`);
    return avatarRefusals.storageUnavailable;
  }

  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      const own = await lockOwnStaffRow(tx, tenantId, userId);
      if (!own) throw new AccessDeniedError("own staff account");
      await tx.user.update({ where: { id: userId, tenantId }, data: { avatarKey: key } });
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "staff.avatarChanged",
          entityType: "User",
          entityId: userId,
          data: { fields: ["avatarKey"] },
        },
        tx,
      );
      return own.avatarKey;
    });
  } catch (error) {
    await deleteObject(key).catch(() => console.error(`[staff] orphaned avatar object ${key}`));
    throw error;
  }
  await deleteOldAvatar(previous, tenantId);
  return { ok: true };
}

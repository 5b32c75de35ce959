import { z } from "zod";

// The staff portrait on the customers' contact card (broker.avatar.*). The server decides the type
// by magic bytes (lib/documents/sniff-file-type.ts); `accept` only pre-filters the file picker.

export const MAX_AVATAR_MB = 2;
export const MAX_AVATAR_BYTES = MAX_AVATAR_MB * 1024 * 1024;
export const AVATAR_TYPES = ["image/jpeg", "image/png"] as const;
export type AvatarType = (typeof AVATAR_TYPES)[number];
export const AVATAR_ACCEPT = [...AVATAR_TYPES, ".jpg", ".jpeg", ".png"].join(",");

/** The form field "photo": one file (a Blob on the server, a File in the browser). */
export const staffAvatarInput = z.object({
  photo: z.instanceof(Blob, { error: "broker.avatar.errors.empty" }),
});

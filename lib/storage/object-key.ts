import { randomUUID } from "node:crypto";

// security.md 14: keys are server-generated; user file names never reach a key.
export function documentObjectKey(tenantId: string, customerId: string): string {
  return `t/${tenantId}/c/${customerId}/${randomUUID()}`;
}

export function tenantAssetKey(tenantId: string, asset: "logo" | "favicon"): string {
  return `t/${tenantId}/branding/${asset}-${randomUUID()}`;
}

/** A staff member's portrait for the customers' contact card; a new key per upload, so no cache serves an old photo. */
export function staffAvatarKey(tenantId: string, userId: string): string {
  return `t/${tenantId}/staff/${userId}/${randomUUID()}`;
}

/** A key belongs to a tenant only under its own prefix; used as a second check before signing. */
export function keyBelongsToTenant(key: string, tenantId: string): boolean {
  return key.startsWith(`t/${tenantId}/`);
}

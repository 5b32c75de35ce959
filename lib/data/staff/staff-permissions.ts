import type { MessageKey } from "../../i18n/message-key";
import type { StaffActor } from "../context/types";

/** Only owners and admins manage staff accounts. */
export function canManageStaff(actor: StaffActor): boolean {
  return actor.role.key === "owner" || actor.role.key === "admin";
}

/** An admin may not create or touch an owner's access (no escalation beyond one's own role). */
export function mayManageRole(actor: StaffActor, roleKey: string): boolean {
  return canManageStaff(actor) && (roleKey !== "owner" || actor.role.key === "owner");
}

// Catalog keys (broker.json), translated where they are shown.
export const NO_STAFF_RIGHT = "broker.staff.errors.noStaffRight" satisfies MessageKey;
export const NO_OWNER_RIGHT = "broker.staff.errors.noOwnerRight" satisfies MessageKey;
export const STAFF_NOT_FOUND = "broker.staff.errors.notFound" satisfies MessageKey;

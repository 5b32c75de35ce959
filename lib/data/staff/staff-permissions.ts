import type { StaffActor } from "../context/types";

/** Only owners and admins manage staff accounts. */
export function canManageStaff(actor: StaffActor): boolean {
  return actor.role.key === "owner" || actor.role.key === "admin";
}

/** An admin may not create or touch an owner's access (no escalation beyond one's own role). */
export function mayManageRole(actor: StaffActor, roleKey: string): boolean {
  return canManageStaff(actor) && (roleKey !== "owner" || actor.role.key === "owner");
}

export const NO_STAFF_RIGHT = "Nur Inhaber und Administratoren können Mitarbeiter einladen.";
export const NO_OWNER_RIGHT = "Nur ein Inhaber kann weitere Inhaber einladen.";
export const STAFF_NOT_FOUND = "Dieser Mitarbeiter wurde nicht gefunden.";

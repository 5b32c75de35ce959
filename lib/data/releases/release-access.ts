import type { StaffActor } from "../context/types";

/**
 * Templates and the tenant's default shape what every new or bulk-changed customer sees, so only the
 * office's owners and admins define them; any staff member who may edit customers applies them.
 */
export function canManageReleaseTemplates(actor: StaffActor): boolean {
  return actor.role.key === "owner" || actor.role.key === "admin";
}

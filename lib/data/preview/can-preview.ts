import type { StaffActor } from "../context/types";

/**
 * The preview shows everything the customer sees; a role that hides money, expiry dates or the
 * document list from this staff member would be bypassed by it, so such roles cannot open it.
 */
export function canPreviewAsCustomer(role: StaffActor["role"]): boolean {
  return role.rights.viewCustomers && role.rights.listDocuments && !role.hideFinancials && !role.hideExpiryDates;
}

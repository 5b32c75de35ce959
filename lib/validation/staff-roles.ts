import { z } from "zod";
import { staffRights, type StaffRights } from "../auth/staff-rights";
import type { MessageKey } from "../i18n/message-key";

// Rows of the role editor, in the order of the SMV dialog: customer data, documents, related people and data.
export const RIGHT_KEYS = Object.keys(staffRights.shape) as (keyof StaffRights)[];

/** Restrictions a role can carry on top of its rights. */
export const ROLE_FLAGS = ["onlyOwnCustomers", "hideFinancials", "hideExpiryDates"] as const;
export type RoleFlag = (typeof ROLE_FLAGS)[number];

/** Owners and admins always hold every right (lib/auth/staff-rights.ts), so their rows are not editable. */
export const FIXED_ROLE_KEYS = ["owner", "admin"] as const;
export const isFixedRole = (key: string) => (FIXED_ROLE_KEYS as readonly string[]).includes(key);

/** Roles an office created itself (the five default roles are neither renamed nor deleted). */
export const CUSTOM_ROLE_PREFIX = "custom-";
export const isCustomRole = (key: string) => key.startsWith(CUSTOM_ROLE_PREFIX);

// Catalog keys (lib/i18n/messages/*/rights.json).
export const ROLE_NOT_FOUND = "rights.errors.roleNotFound" satisfies MessageKey;
export const ROLE_FIXED = "rights.errors.roleFixed" satisfies MessageKey;
export const ROLE_NOT_CUSTOM = "rights.errors.roleNotCustom" satisfies MessageKey;
export const ROLE_NAME_TAKEN = "rights.errors.nameTaken" satisfies MessageKey;
export const ROLE_IN_USE = "rights.errors.roleInUse" satisfies MessageKey;

const roleId = z.uuid({ error: ROLE_NOT_FOUND });

export const roleName = z
  .string({ error: "rights.validation.nameRequired" satisfies MessageKey })
  .trim()
  .min(1, "rights.validation.nameRequired" satisfies MessageKey)
  .max(60, "rights.validation.nameTooLong" satisfies MessageKey);

const flag = z.boolean({ error: "common.errors.checkInput" satisfies MessageKey });

/** One role's column of the matrix: every right and every restriction, nothing else. */
export const roleRightsInput = z.strictObject({
  roleId,
  rights: z.strictObject(Object.fromEntries(RIGHT_KEYS.map((k) => [k, flag])) as Record<keyof StaffRights, typeof flag>, {
    error: "common.errors.checkInput" satisfies MessageKey,
  }),
  onlyOwnCustomers: flag,
  hideFinancials: flag,
  hideExpiryDates: flag,
});
export type RoleRightsInput = z.input<typeof roleRightsInput>;

/** The whole matrix is saved at once, so related ticks (e.g. list and view documents) change together. */
export const roleMatrixInput = z.object({
  roles: z
    .array(roleRightsInput)
    .min(1, "common.errors.checkInput" satisfies MessageKey)
    .max(100, "common.errors.checkInput" satisfies MessageKey),
});
export type RoleMatrixInput = z.input<typeof roleMatrixInput>;

export const createRoleInput = z.object({ name: roleName });
export type CreateRoleInput = z.input<typeof createRoleInput>;

export const renameRoleInput = z.object({ roleId, name: roleName });
export type RenameRoleInput = z.input<typeof renameRoleInput>;

export const deleteRoleInput = z.object({ roleId });
export type DeleteRoleInput = z.input<typeof deleteRoleInput>;

/** A staff member's new role, by the tenant's role key (the data layer checks that the key exists). */
export const changeStaffRoleInput = z.object({
  userId: z.uuid({ error: "broker.staff.errors.notFound" satisfies MessageKey }),
  roleKey: z
    .string({ error: "broker.staff.validation.roleRequired" satisfies MessageKey })
    .trim()
    .min(1, "broker.staff.validation.roleRequired" satisfies MessageKey)
    .max(80, "broker.staff.errors.roleUnknown" satisfies MessageKey),
});
export type ChangeStaffRoleInput = z.input<typeof changeStaffRoleInput>;

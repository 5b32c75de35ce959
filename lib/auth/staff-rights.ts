import { z } from "zod";

// The SMV role editor's rights; owners edit them per role (issue #4).
export const staffRights = z.object({
  viewCustomers: z.boolean().default(false),
  editCustomers: z.boolean().default(false),
  listDocuments: z.boolean().default(false),
  importDocuments: z.boolean().default(false),
  viewDocuments: z.boolean().default(false),
  deleteDocuments: z.boolean().default(false),
  manageFamily: z.boolean().default(false),
  manageContactPersons: z.boolean().default(false),
  editContactData: z.boolean().default(false),
  manageBankAccounts: z.boolean().default(false),
});
export type StaffRights = z.infer<typeof staffRights>;

const ALL: StaffRights = Object.fromEntries(Object.keys(staffRights.shape).map((k) => [k, true])) as StaffRights;

/** Owners and admins always hold every right, whatever is stored. */
export function effectiveRights(roleKey: string, stored: unknown): StaffRights {
  if (roleKey === "owner" || roleKey === "admin") return ALL;
  const parsed = staffRights.safeParse(stored ?? {});
  return parsed.success ? parsed.data : staffRights.parse({});
}

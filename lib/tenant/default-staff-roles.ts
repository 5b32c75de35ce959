import type { StaffRights } from "../auth/staff-rights";

type RoleSeed = {
  key: string;
  name: string;
  rights: StaffRights;
  onlyOwnCustomers: boolean;
  hideFinancials: boolean;
};

const all = (value: boolean): StaffRights => ({
  viewCustomers: value,
  editCustomers: value,
  listDocuments: value,
  importDocuments: value,
  viewDocuments: value,
  deleteDocuments: value,
  manageFamily: value,
  manageContactPersons: value,
  editContactData: value,
  manageBankAccounts: value,
});

/** The role set every new broker office starts with (platform admin and seed); owners edit rights later. */
export const DEFAULT_STAFF_ROLES: RoleSeed[] = [
  { key: "owner", name: "Inhaber", rights: all(true), onlyOwnCustomers: false, hideFinancials: false },
  { key: "admin", name: "Administrator", rights: all(true), onlyOwnCustomers: false, hideFinancials: false },
  {
    key: "advisor",
    name: "Berater",
    // advisors work their own book: everything except deleting documents
    rights: { ...all(true), deleteDocuments: false },
    onlyOwnCustomers: true,
    hideFinancials: false,
  },
  {
    key: "backoffice",
    name: "Innendienst",
    // back office imports and maintains data for all customers but does not delete documents
    rights: { ...all(true), deleteDocuments: false },
    onlyOwnCustomers: false,
    hideFinancials: false,
  },
  {
    key: "partner",
    name: "Kooperationspartner",
    // external partners only look at the customers assigned to them
    rights: { ...all(false), viewCustomers: true, listDocuments: true, viewDocuments: true },
    onlyOwnCustomers: true,
    hideFinancials: true,
  },
];

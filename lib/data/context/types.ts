import type { CompanyRole, PortalModule, ReleaseLevel } from "../../db/generated/client";
import type { EffectiveCoverage } from "../../company/role-coverage-defaults";
import type { TenantBranding } from "../../tenant/tenant-branding";
import type { StaffRights } from "../../auth/staff-rights";

export type StaffActor = {
  kind: "STAFF";
  id: string;
  email: string;
  displayName: string;
  role: {
    key: string;
    name: string;
    rights: StaffRights;
    onlyOwnCustomers: boolean;
    hideFinancials: boolean;
    hideExpiryDates: boolean;
  };
};

export type CustomerActor = {
  kind: "CUSTOMER";
  id: string;
  email: string;
  displayName: string;
  /** The folder being viewed: the own customer record, or a household member's who consented. */
  customerId: string;
  /** The signed-in person's own customer record. */
  ownCustomerId: string;
  /** Releases of the viewed folder; another member's folder is read-only (WRITE shows as READ). */
  releases: Record<PortalModule, ReleaseLevel>;
  /** True while viewing another household member's folder: every customer write is refused. */
  folderReadOnly: boolean;
  /** Set for an account of a company customer (a contact person's login); null for private customers. */
  company: CompanyAccess | null;
};

/** What a company user may see, re-read on every request (lib/data/company/load-company-access.ts). */
export type CompanyAccess = {
  /** the company the account belongs to (= actor.customerId = actor.ownCustomerId) */
  companyId: string;
  roles: CompanyRole[];
  isUserManager: boolean;
  /** union of the roles' line coverage; empty for user manager / group manager / no role alone */
  coverage: EffectiveCoverage;
  /**
   * Companies whose data the user may see, each governed by its own releases. scope[0] is the own company;
   * subsidiaries (all levels below) are added only with GROUP_MANAGER.
   */
  scope: CompanyScopeEntry[];
};

export type CompanyScopeEntry = {
  customerId: string;
  releases: Record<PortalModule, ReleaseLevel>;
};

/** Everything the data layer needs to authorise a call. Built only by load-request-context.ts. */
export type RequestContext = {
  tenant: TenantBranding;
  actor: StaffActor | CustomerActor;
  ip: string | null;
  userAgent: string | null;
};

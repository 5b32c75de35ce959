import type { PortalModule, ReleaseLevel } from "../../db/generated/client";
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
};

/** Everything the data layer needs to authorise a call. Built only by load-request-context.ts. */
export type RequestContext = {
  tenant: TenantBranding;
  actor: StaffActor | CustomerActor;
  ip: string | null;
  userAgent: string | null;
};

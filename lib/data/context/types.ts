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

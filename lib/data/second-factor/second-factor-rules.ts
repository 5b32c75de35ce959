import type { MessageKey } from "../../i18n/message-key";
import type { OwnSecondFactorUser } from "./own-second-factor-user";

type RuleUser = Pick<OwnSecondFactorUser, "kind" | "totpEnabledAt" | "phone" | "phoneVerifiedAt" | "smsSecondFactor"> & {
  tenant: Pick<OwnSecondFactorUser["tenant"], "customer2faPolicy">;
};

/** A refusal as the catalog key of the reason shown next to the control, or null when allowed. */
export type Refusal = MessageKey | null;

export const hasVerifiedPhone = (user: RuleUser) => Boolean(user.phone && user.phoneVerifiedAt);

/**
 * Whether TOTP may be switched off. Staff must always keep a second factor (security.md 12), and a
 * customer of a tenant that requires one needs SMS to fall back on (authenticate-with-password sends
 * an SMS code to a verified phone under REQUIRED).
 */
export function refuseDisableTotp(user: RuleUser): Refusal {
  if (!user.totpEnabledAt) return "account.secondFactor.refusals.totpNotSetUp";
  if (user.kind === "STAFF") {
    return "account.secondFactor.refusals.staffNeedsSecondFactor";
  }
  if (user.tenant.customer2faPolicy === "REQUIRED" && !hasVerifiedPhone(user)) {
    return "account.secondFactor.refusals.requiredNeedsPhone";
  }
  return null;
}

/** Whether the "Anmeldecode per SMS" switch may be set to `enabled` (customers only). */
export function refuseSmsChange(user: RuleUser, enabled: boolean): Refusal {
  if (user.kind !== "CUSTOMER") return "account.secondFactor.refusals.smsCustomersOnly";
  if (user.tenant.customer2faPolicy === "OFF") return "account.secondFactor.refusals.smsNotOffered";
  if (enabled && !hasVerifiedPhone(user)) return "account.secondFactor.refusals.smsNeedsPhone";
  if (!enabled && user.tenant.customer2faPolicy === "REQUIRED" && !user.totpEnabledAt) {
    return "account.secondFactor.refusals.requiredNeedsTotp";
  }
  return null;
}

/** Policy in words for the status box (catalog key). */
export function policyInWords(policy: RuleUser["tenant"]["customer2faPolicy"], kind: RuleUser["kind"]): MessageKey {
  if (kind === "STAFF") return "account.secondFactor.policy.staff";
  if (policy === "REQUIRED") return "account.secondFactor.policy.required";
  if (policy === "OPTIONAL") return "account.secondFactor.policy.optional";
  return "account.secondFactor.policy.off";
}

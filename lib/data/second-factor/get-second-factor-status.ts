import "server-only";
import { countUnusedRecoveryCodes } from "../../auth/recovery-codes";
import { db } from "../../db/client";
import type { SecondFactorPolicy } from "../../db/generated/enums";
import type { MessageKey } from "../../i18n/message-key";
import type { RequestContext } from "../context/types";
import { loadOwnSecondFactorUser } from "./own-second-factor-user";
import { hasVerifiedPhone, policyInWords, refuseDisableTotp, refuseSmsChange } from "./second-factor-rules";

export type SecondFactorStatus = {
  kind: "STAFF" | "CUSTOMER";
  totpEnabledAt: Date | null;
  unusedRecoveryCodes: number;
  policy: SecondFactorPolicy;
  policyText: MessageKey;
  /** Customers only; null for staff (SMS codes are a customer feature). */
  sms: {
    enabled: boolean;
    /** SMS codes are what sign-in actually uses (the flag, or REQUIRED with a verified phone). */
    effective: boolean;
    /** Last digits of the verified phone, or null without one. */
    phoneHint: string | null;
    offered: boolean;
    /** Why the switch cannot be flipped to the other state, or null. */
    toggleRefusal: MessageKey | null;
  } | null;
  /** Why "turn off" is not possible, or null when it is. */
  disableRefusal: MessageKey | null;
};

/** Everything the "Zwei-Faktor-Anmeldung" section shows about the signed-in actor. */
export async function getSecondFactorStatus(ctx: RequestContext | null): Promise<SecondFactorStatus> {
  const user = await loadOwnSecondFactorUser(db, ctx);
  const policy = user.tenant.customer2faPolicy;
  const unusedRecoveryCodes = user.totpEnabledAt
    ? await countUnusedRecoveryCodes(db, { tenantId: ctx!.tenant.id, userId: user.id })
    : 0;
  const verified = hasVerifiedPhone(user);
  return {
    kind: user.kind,
    totpEnabledAt: user.totpEnabledAt,
    unusedRecoveryCodes,
    policy,
    policyText: policyInWords(policy, user.kind),
    sms:
      user.kind === "CUSTOMER"
        ? {
            enabled: user.smsSecondFactor,
            effective: !user.totpEnabledAt && verified && (policy === "REQUIRED" || (user.smsSecondFactor && policy !== "OFF")),
            phoneHint: verified && user.phone ? `…${user.phone.slice(-3)}` : null,
            offered: policy !== "OFF",
            toggleRefusal: refuseSmsChange(user, !user.smsSecondFactor),
          }
        : null,
    disableRefusal: refuseDisableTotp(user),
  };
}

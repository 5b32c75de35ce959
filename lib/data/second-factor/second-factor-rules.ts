import type { OwnSecondFactorUser } from "./own-second-factor-user";

type RuleUser = Pick<OwnSecondFactorUser, "kind" | "totpEnabledAt" | "phone" | "phoneVerifiedAt" | "smsSecondFactor"> & {
  tenant: Pick<OwnSecondFactorUser["tenant"], "customer2faPolicy">;
};

/** A refusal with the German reason shown next to the control, or null when allowed. */
export type Refusal = string | null;

export const hasVerifiedPhone = (user: RuleUser) => Boolean(user.phone && user.phoneVerifiedAt);

/**
 * Whether TOTP may be switched off. Staff must always keep a second factor (security.md 12), and a
 * customer of a tenant that requires one needs SMS to fall back on (authenticate-with-password sends
 * an SMS code to a verified phone under REQUIRED).
 */
export function refuseDisableTotp(user: RuleUser): Refusal {
  if (!user.totpEnabledAt) return "Die Anmeldung per Authenticator-App ist nicht eingerichtet.";
  if (user.kind === "STAFF") {
    return "Mitarbeitende brauchen immer einen zweiten Faktor. Sie können aber eine neue Authenticator-App einrichten.";
  }
  if (user.tenant.customer2faPolicy === "REQUIRED" && !hasVerifiedPhone(user)) {
    return "Ihr Makler verlangt einen zweiten Faktor. Hinterlegen und bestätigen Sie zuerst eine Mobilnummer für Anmeldecodes per SMS.";
  }
  return null;
}

/** Whether the "Anmeldecode per SMS" switch may be set to `enabled` (customers only). */
export function refuseSmsChange(user: RuleUser, enabled: boolean): Refusal {
  if (user.kind !== "CUSTOMER") return "Anmeldecodes per SMS gibt es nur im Kundenportal.";
  if (user.tenant.customer2faPolicy === "OFF") return "Ihr Makler bietet Anmeldecodes per SMS nicht an.";
  if (enabled && !hasVerifiedPhone(user)) {
    return "Für Anmeldecodes per SMS brauchen Sie eine bestätigte Mobilnummer in Ihrem Profil.";
  }
  if (!enabled && user.tenant.customer2faPolicy === "REQUIRED" && !user.totpEnabledAt) {
    return "Ihr Makler verlangt einen zweiten Faktor. Richten Sie zuerst eine Authenticator-App ein, dann können Sie SMS-Codes abschalten.";
  }
  return null;
}

/** Policy in words for the status box. */
export function policyInWords(policy: RuleUser["tenant"]["customer2faPolicy"], kind: RuleUser["kind"]): string {
  if (kind === "STAFF") return "Für Mitarbeitende ist die Zwei-Faktor-Anmeldung immer vorgeschrieben.";
  if (policy === "REQUIRED") return "Ihr Makler schreibt die Zwei-Faktor-Anmeldung vor.";
  if (policy === "OPTIONAL") return "Ihr Makler empfiehlt die Zwei-Faktor-Anmeldung; sie ist freiwillig.";
  return "Ihr Makler bietet Anmeldecodes per SMS nicht an; eine Authenticator-App können Sie trotzdem nutzen.";
}

import type { InvitationStep } from "../../db/generated/client";
import type { AppLocale } from "../../i18n/locales";
import type { MessageKey } from "../../i18n/message-key";
import type { FoundInvitation, OpenInvitation } from "./find-invitation";

/** `locale`: the language the visitor reads the registration page in; codes are sent in it and the account keeps it. */
export type RegistrationScope = {
  tenantId: string;
  token: string;
  locale?: AppLocale;
  ip?: string | null;
  userAgent?: string | null;
};

export const STALE_STEP: MessageKey = "onboarding.errors.staleStep";

/** Why a registration step may not run (null when it may). */
export function registrationRefusal(found: FoundInvitation, step: InvitationStep): MessageKey | null {
  switch (found.state) {
    case "invalid":
      return "onboarding.errors.linkInvalid";
    case "expired":
      return "onboarding.errors.linkExpired";
    case "revoked":
      return "onboarding.errors.linkRevoked";
    case "used":
      return "onboarding.errors.alreadyRegistered";
    case "open":
      return found.invitation.step === step ? null : STALE_STEP;
  }
}

export function openInvitation(found: FoundInvitation): OpenInvitation | null {
  return found.state === "open" ? found.invitation : null;
}

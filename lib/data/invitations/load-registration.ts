import "server-only";
import { db } from "../../db/client";
import { codeThrottle } from "../../auth/one-time-code/code-throttle";
import { hasOpenCode } from "../../auth/one-time-code/has-open-code";
import { findInvitation } from "./find-invitation";
import { maskEmail, maskPhone } from "./mask-contact";

export type RegistrationCodeStepView = {
  step: "EMAIL_CODE" | "PHONE_CODE";
  maskedTarget: string;
  /** A code was sent and can still be entered: show the input right away. */
  codeSent: boolean;
  resendWaitSeconds: number;
  lockedSeconds: number;
};

export type RegistrationView =
  | { state: "invalid" }
  | { state: "expired" | "revoked" | "used"; tenantContact: TenantContact }
  | {
      state: "open";
      tenantContact: TenantContact;
      progress:
        | RegistrationCodeStepView
        | {
            step: "PASSWORD";
            personal: { email: string; firstName: string; lastName: string };
            /** Where the browser goes after signing in: staff via "/" to the TOTP enrolment. */
            home: "/portal" | "/";
          };
    };

export type TenantContact = { name: string; email: string | null; phone: string | null };

/**
 * What /register/[token] shows. Only reads: rendering the link (also by a mail scanner) never
 * sends, consumes or advances anything. Personal data stays masked until both codes are confirmed.
 */
export async function loadRegistration(scope: { tenantId: string; token: unknown }): Promise<RegistrationView> {
  const found = await findInvitation(db, scope);
  if (found.state === "invalid") return { state: "invalid" };
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: scope.tenantId },
    select: { name: true, contactEmail: true, contactPhone: true },
  });
  const tenantContact = { name: tenant.name, email: tenant.contactEmail, phone: tenant.contactPhone };
  if (found.state !== "open") return { state: found.state, tenantContact };

  const { invitation } = found;
  const user = invitation.user;
  if (invitation.step === "PASSWORD") {
    return {
      state: "open",
      tenantContact,
      progress: {
        step: "PASSWORD",
        personal: { email: user.email, firstName: user.firstName ?? "", lastName: user.lastName ?? "" },
        home: invitation.kind === "STAFF" ? "/" : "/portal",
      },
    };
  }
  const step = invitation.step === "PHONE_CODE" ? "PHONE_CODE" : "EMAIL_CODE";
  const codeScope = {
    tenantId: invitation.tenantId,
    userId: user.id,
    purpose: step === "EMAIL_CODE" ? ("REGISTER_EMAIL" as const) : ("REGISTER_PHONE" as const),
  };
  const [codeSent, throttle] = await Promise.all([hasOpenCode(db, codeScope), codeThrottle(db, codeScope)]);
  return {
    state: "open",
    tenantContact,
    progress: {
      step,
      maskedTarget: step === "EMAIL_CODE" ? maskEmail(invitation.email) : maskPhone(user.phone ?? ""),
      codeSent,
      resendWaitSeconds: throttle.resendWaitSeconds,
      lockedSeconds: throttle.lockedSeconds,
    },
  };
}

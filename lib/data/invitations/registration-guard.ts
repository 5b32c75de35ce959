import type { InvitationStep } from "../../db/generated/client";
import type { FoundInvitation, OpenInvitation } from "./find-invitation";

export type RegistrationScope = { tenantId: string; token: string; ip?: string | null; userAgent?: string | null };

export const STALE_STEP = "Dieser Schritt ist bereits erledigt. Bitte laden Sie die Seite neu.";

/** The German answer when a registration step may not run (null when it may). */
export function registrationRefusal(found: FoundInvitation, step: InvitationStep): string | null {
  switch (found.state) {
    case "invalid":
      return "Dieser Einladungslink ist ungültig.";
    case "expired":
      return "Dieser Einladungslink ist abgelaufen. Bitte fordern Sie einen neuen Link an.";
    case "revoked":
      return "Dieser Einladungslink ist nicht mehr gültig. Bitte verwenden Sie den Link aus der neuesten Einladung.";
    case "used":
      return "Sie sind bereits registriert. Bitte melden Sie sich an.";
    case "open":
      return found.invitation.step === step ? null : STALE_STEP;
  }
}

export function openInvitation(found: FoundInvitation): OpenInvitation | null {
  return found.state === "open" ? found.invitation : null;
}

import { z } from "zod";
import type { Msg } from "../../i18n/message-key";
import { normalizeMobile } from "../invitations/mask-contact";

type Refusal = { ok: false; field: string; error: Msg };

/**
 * The login data a contact person's account is invited with: the e-mail (receives the invitation and
 * the first code) and the mobile number (the SMS code of the registration). Both are required.
 */
export function accountContactData(contact: {
  email: string | null;
  mobile: string | null;
}): { ok: true; email: string; phone: string } | Refusal {
  const email = contact.email?.trim().toLowerCase() ?? "";
  if (!email) return { ok: false, field: "email", error: "companyUsers.errors.noEmail" };
  if (!z.email().safeParse(email).success) return { ok: false, field: "email", error: "companyUsers.errors.emailInvalid" };
  if (!contact.mobile) return { ok: false, field: "mobile", error: "companyUsers.errors.noMobile" };
  const phone = normalizeMobile(contact.mobile);
  if (!phone) return { ok: false, field: "mobile", error: "companyUsers.errors.mobileInvalid" };
  return { ok: true, email, phone };
}

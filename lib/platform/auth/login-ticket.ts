import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { nowSeconds } from "../../auth/session-lifetime";
import { serverEnv } from "../../env";

/** Time between the password and the second factor (enrolment included). */
export const LOGIN_TICKET_SECONDS = 10 * 60;
const SALT = "maklerportal/platform-login/v1";

const ticketClaims = z.object({
  operatorId: z.uuid(),
  // Signing out (sessionVersion + 1) also voids tickets issued before.
  sessionVersion: z.number().int(),
  passwordAt: z.number().int(),
});
export type LoginTicket = z.infer<typeof ticketClaims>;

/** Proof that the password was right, for the second-factor step only; it opens no page of its own. */
export function encodeLoginTicket(operator: { id: string; sessionVersion: number }): Promise<string> {
  const token: LoginTicket = { operatorId: operator.id, sessionVersion: operator.sessionVersion, passwordAt: nowSeconds() };
  return encode({ token, secret: serverEnv().NEXTAUTH_SECRET, salt: SALT, maxAge: LOGIN_TICKET_SECONDS });
}

export async function readLoginTicket(raw: string | undefined): Promise<LoginTicket | null> {
  if (!raw) return null;
  try {
    const parsed = ticketClaims.safeParse(await decode({ token: raw, secret: serverEnv().NEXTAUTH_SECRET, salt: SALT }));
    if (!parsed.success) return null;
    const age = nowSeconds() - parsed.data.passwordAt;
    return age >= -60 && age <= LOGIN_TICKET_SECONDS ? parsed.data : null;
  } catch {
    return null;
  }
}

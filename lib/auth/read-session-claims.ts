import { decode } from "next-auth/jwt";
import { serverEnv } from "../env";
import { sessionClaims, type SessionClaims } from "./session-claims";

/** Decodes the session cookie; a tampered, expired or foreign cookie yields null. */
export async function readSessionClaims(cookieValue: string | undefined): Promise<SessionClaims | null> {
  if (!cookieValue) return null;
  try {
    const token = await decode({ token: cookieValue, secret: serverEnv().NEXTAUTH_SECRET });
    const parsed = sessionClaims.safeParse(token);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import { z } from "zod";

/** What the JWT carries; checked against the database and the session rules on every request. */
export const sessionClaims = z.object({
  userId: z.string().uuid(),
  tenantId: z.string().uuid(),
  kind: z.enum(["STAFF", "CUSTOMER"]),
  sessionVersion: z.number().int(),
  /** epoch seconds of the password sign-in (absolute lifetime) */
  authTime: z.number().int(),
  /** epoch seconds of the last request (idle timeout); refreshed by the middleware */
  lastSeen: z.number().int(),
  /** "stay signed in" — honoured for customers only */
  remember: z.boolean().default(false),
});
export type SessionClaims = z.infer<typeof sessionClaims>;

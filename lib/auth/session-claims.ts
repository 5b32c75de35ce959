import { z } from "zod";

/** What the JWT carries; checked against the database on every data-layer call. */
export const sessionClaims = z.object({
  userId: z.string().uuid(),
  tenantId: z.string().uuid(),
  kind: z.enum(["STAFF", "CUSTOMER"]),
  sessionVersion: z.number().int(),
});
export type SessionClaims = z.infer<typeof sessionClaims>;

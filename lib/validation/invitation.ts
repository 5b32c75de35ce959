import { z } from "zod";

/** 32 random bytes, base64url without padding = 43 characters. Anything else is not one of our links. */
export const invitationToken = z
  .string({ error: "onboarding.validation.linkInvalid" })
  .regex(/^[A-Za-z0-9_-]{43}$/, "onboarding.validation.linkInvalid");

export const invitationCustomerInput = z.object({
  customerId: z.uuid({ error: "invitations.errors.customerNotFound" }),
});
export type InvitationCustomerInput = z.infer<typeof invitationCustomerInput>;

export const requestNewInvitationInput = z.object({ token: invitationToken });

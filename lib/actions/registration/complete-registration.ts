"use server";

import { z } from "zod";
import { completeRegistration } from "@/lib/data/invitations/complete-registration";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { registrationRequest, WRONG_HOST } from "./registration-request";

// The data layer validates token and passwords (newPasswordInput + checkNewPassword); here only the shape.
const shape = z.object({ token: z.string().max(100), password: z.unknown(), passwordRepeat: z.unknown() });

/** Sets the password, activates the account and closes the invitation; the browser then signs in. */
export async function completeRegistrationAction(input: unknown): Promise<InvitationResult<{ email: string }>> {
  const parsed = shape.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  const request = await registrationRequest();
  if (!request) return WRONG_HOST;
  return completeRegistration({ ...request, ...parsed.data });
}

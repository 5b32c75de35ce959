"use server";

import { requestMeta } from "@/lib/actions/account/request-meta";
import { completeOperatorSignIn } from "@/lib/platform/auth/complete-operator-sign-in";
import { finishOperatorSignIn, type OperatorStepResult } from "./finish-operator-sign-in";

/** Operator sign-in, step 2: the code from the authenticator app. */
export async function confirmOperatorCodeAction(input: unknown): Promise<OperatorStepResult> {
  const meta = await requestMeta();
  return finishOperatorSignIn((ticket) => completeOperatorSignIn(ticket, input, meta));
}

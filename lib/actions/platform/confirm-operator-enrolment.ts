"use server";

import { requestMeta } from "@/lib/actions/account/request-meta";
import { confirmOperatorEnrolment } from "@/lib/platform/auth/operator-enrolment";
import { finishOperatorSignIn, type OperatorStepResult } from "./finish-operator-sign-in";

/** First sign-in, step 2: the first code of the newly set-up authenticator app. */
export async function confirmOperatorEnrolmentAction(input: unknown): Promise<OperatorStepResult> {
  const meta = await requestMeta();
  return finishOperatorSignIn((ticket) => confirmOperatorEnrolment(ticket, input, meta));
}

import type { CodePurpose } from "../../db/generated/client";
import { now } from "../../clock";
import { CODE_RULES } from "./code-rules";
import type { CodeReader } from "./code-throttle";

/** Whether the user holds a code that can still be entered (so a reopened page shows the input). */
export async function hasOpenCode(
  client: CodeReader,
  scope: { tenantId: string; userId: string; purpose: CodePurpose },
): Promise<boolean> {
  const open = await client.oneTimeCode.findFirst({
    where: { ...scope, consumedAt: null, expiresAt: { gt: now() }, attempts: { lt: CODE_RULES.maxAttemptsPerCode } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return open !== null;
}

import "server-only";
import { CODE_RULES } from "../../auth/one-time-code/code-rules";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { ownContactUser } from "./own-contact-user";

export type ContactSettings = {
  email: string;
  phone: string | null;
  /** The new value waiting for its code, so a reopened page shows the code input again. */
  pending: { email: string | null; phone: string | null };
};

/** The signed-in user's login e-mail, mobile number and open change requests. */
export async function getContactSettings(context: RequestContext | null): Promise<ContactSettings> {
  const { ctx, user } = await ownContactUser(context);
  const open = await db.oneTimeCode.findMany({
    where: {
      tenantId: ctx.tenant.id,
      userId: user.id,
      purpose: { in: ["CHANGE_EMAIL", "CHANGE_PHONE"] },
      consumedAt: null,
      expiresAt: { gt: now() },
      attempts: { lt: CODE_RULES.maxAttemptsPerCode },
    },
    orderBy: { createdAt: "desc" },
    select: { purpose: true, target: true },
  });
  const pendingOf = (purpose: "CHANGE_EMAIL" | "CHANGE_PHONE") => open.find((c) => c.purpose === purpose)?.target ?? null;
  return {
    email: user.email,
    phone: user.phone,
    pending: { email: pendingOf("CHANGE_EMAIL"), phone: pendingOf("CHANGE_PHONE") },
  };
}

import "server-only";
import { writeAudit } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";
import { localeFromDb } from "../../i18n/locales";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { secondFactorChangedMail, type SecondFactorChange } from "../../mail/templates/second-factor-changed-mail";
import type { RequestContext } from "../context/types";
import type { OwnSecondFactorUser } from "./own-second-factor-user";

/**
 * Audit row + notice e-mail for a change of the user's second factor, in the caller's transaction:
 * the owner notices a change they did not make. The mail goes out in the user's language.
 */
export async function recordSecondFactorChange(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  user: Pick<OwnSecondFactorUser, "id" | "email" | "kind" | "customerId" | "locale">,
  input: { action: string; change: SecondFactorChange; data?: Prisma.InputJsonValue; audit?: boolean },
): Promise<void> {
  if (input.audit !== false) {
    await writeAudit(
      {
        tenantId: ctx.tenant.id,
        actorUserId: user.id,
        actorKind: user.kind === "STAFF" ? "staff" : "customer",
        action: input.action,
        entityType: "User",
        entityId: user.id,
        customerId: user.customerId,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: input.data,
      },
      tx,
    );
  }
  const locale = localeFromDb(user.locale ?? ctx.tenant.locale);
  await enqueueBrandedEmail(tx, {
    tenantId: ctx.tenant.id,
    to: user.email,
    locale,
    content: {
      ...secondFactorChangedMail({ locale, tenantName: ctx.tenant.name, change: input.change }),
      // staff get the office's brand, not the signature it writes to its customers
      signature: user.kind !== "STAFF",
    },
  });
}

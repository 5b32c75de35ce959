import "server-only";
import { writeAudit } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";
import { enqueueEmail } from "../../jobs/enqueue-message";
import { passwordMailHtml } from "../../mail/templates/password-mail-html";
import type { RequestContext } from "../context/types";
import type { OwnSecondFactorUser } from "./own-second-factor-user";

/**
 * Audit row + notice e-mail for a change of the user's second factor, in the caller's transaction:
 * the owner notices a change they did not make. `change` is one German sentence for the mail.
 */
export async function recordSecondFactorChange(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  user: Pick<OwnSecondFactorUser, "id" | "email" | "kind" | "customerId">,
  input: { action: string; change: string; data?: Prisma.InputJsonValue; audit?: boolean },
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
  const paragraphs = [
    "Guten Tag,",
    `in Ihrem Konto bei ${ctx.tenant.name} wurde die Zwei-Faktor-Anmeldung geändert: ${input.change}`,
    "Wenn Sie das nicht waren, ändern Sie bitte sofort Ihr Passwort, melden Sie sich überall ab und informieren Sie Ihren Makler.",
  ];
  await enqueueEmail(tx, {
    tenantId: ctx.tenant.id,
    to: user.email,
    subject: "Ihre Sicherheitseinstellungen wurden geändert",
    text: paragraphs.join("\n\n"),
    html: passwordMailHtml({ tenantName: ctx.tenant.name, paragraphs }),
  });
}

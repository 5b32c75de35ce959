import "server-only";
import { writeAudit } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";
import { localeFromDb } from "../../i18n/locales";
import type { Messages } from "../../i18n/messages/catalog";
import { translatorFor } from "../../i18n/translator-for";
import { enqueueEmail } from "../../jobs/enqueue-message";
import { passwordMailHtml } from "../../mail/templates/password-mail-html";
import type { RequestContext } from "../context/types";
import type { OwnSecondFactorUser } from "./own-second-factor-user";

/** Which change the notice describes: a sentence under mail.account.secondFactorChanged.changes. */
export type SecondFactorChange = keyof Messages["mail"]["account"]["secondFactorChanged"]["changes"];

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
  const t = translatorFor(locale);
  const paragraphs = [
    t("mail.account.greeting"),
    t("mail.account.secondFactorChanged.body", {
      tenant: ctx.tenant.name,
      change: t(`mail.account.secondFactorChanged.changes.${input.change}`),
    }),
    t("mail.account.secondFactorChanged.notYou"),
  ];
  await enqueueEmail(tx, {
    tenantId: ctx.tenant.id,
    to: user.email,
    subject: t("mail.account.secondFactorChanged.subject"),
    text: paragraphs.join("\n\n"),
    html: passwordMailHtml({ locale, tenantName: ctx.tenant.name, paragraphs }),
  });
}

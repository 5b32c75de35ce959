import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now as clockNow } from "../../clock";
import { db, Prisma } from "../../db/client";
import { serverEnv } from "../../env";
import { msg, type Msg } from "../../i18n/message-key";
import { platformCnameTarget } from "../../tenant/domains/platform-cname-target";
import { lockTenantDomains } from "../../tenant/domains/lock-tenant-domains";
import { nextAutomaticCheck } from "../../tenant/domains/recheck-schedule";
import { validateCustomHost } from "../../tenant/domains/validate-custom-host";
import { newVerificationToken } from "../../tenant/domains/verification-token";
import { addDomainInput, MAX_DOMAINS_PER_TENANT } from "../../validation/domains";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type AddDomainResult = { ok: true; id: string } | { ok: false; error: Msg; field?: "host" };

const refused = (error: Msg, field?: "host"): AddDomainResult => ({ ok: false, error, field });

/**
 * "Domain hinzufügen": stores the host as PENDING with a fresh 128-bit verification token and
 * schedules the first automatic check. Several tenants may hold the same host unverified (nobody
 * can block a name by adding it first), but a host another portal has verified is refused here,
 * and record-domain-check.ts refuses it again at verification.
 */
export async function addDomain(ctx: RequestContext | null, input: unknown): Promise<AddDomainResult> {
  requireSettingsAdmin(ctx);
  const parsed = addDomainInput.safeParse(input);
  if (!parsed.success) return refused(fieldErrorsFrom(parsed.error.issues).host ?? "common.errors.checkInput", "host");
  const valid = validateCustomHost(parsed.data.host, {
    rootDomain: serverEnv().ROOT_DOMAIN,
    cnameTarget: platformCnameTarget(),
  });
  if (!valid.ok) return refused(valid.error, "host");
  const host = valid.host;
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  const now = clockNow();

  try {
    return await db.$transaction(async (tx): Promise<AddDomainResult> => {
      // Serialises adds of one tenant so two at once cannot pass the limit together.
      await lockTenantDomains(tx, tenantId);
      const own = await tx.domain.findMany({ where: { tenantId }, select: { host: true } });
      if (own.some((d) => d.host === host)) return refused("domains.errors.alreadyAdded", "host");
      const verifiedElsewhere = await tx.domain.findFirst({
        where: { host, status: "VERIFIED", tenantId: { not: tenantId } },
        select: { id: true },
      });
      if (verifiedElsewhere) return refused("domains.errors.taken", "host");
      if (own.length >= MAX_DOMAINS_PER_TENANT) return refused(msg("domains.errors.tooMany", { max: MAX_DOMAINS_PER_TENANT }));
      const created = await tx.domain.create({
        data: {
          tenantId,
          host,
          status: "PENDING",
          verificationToken: newVerificationToken(),
          nextCheckAt: nextAutomaticCheck(0, now),
        },
        select: { id: true },
      });
      await writeAudit({ ...audit, action: "tenant.domainAdded", entityType: "Domain", entityId: created.id, data: {} }, tx);
      return { ok: true, id: created.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return refused("domains.errors.alreadyAdded", "host");
    }
    throw error;
  }
}

// No "server-only" here: lib/data/context/load-request-context.ts may import this rule, and that file
// is also loaded by scripts outside Next (scripts/bench). Nothing here reads request state.
import { z } from "zod";
import { db } from "../../db/client";
import type { PortalModule, Prisma, ReleaseLevel } from "../../db/generated/client";

type Reader = Pick<Prisma.TransactionClient, "householdConsent">;

const personSelect = {
  id: true,
  tenantId: true,
  householdId: true,
  kind: true,
  firstName: true,
  lastName: true,
  companyName: true,
} as const satisfies Prisma.CustomerSelect;

/**
 * THE household consent rule: a consent counts while it is not revoked and both grantor and grantee
 * are still members of the household it was given in (same tenant). Leaving the household ends it
 * even if nobody revoked it explicitly.
 */
export async function liveConsents(
  tenantId: string,
  side: { grantorCustomerId: string; granteeCustomerId?: string } | { granteeCustomerId: string },
  client: Reader = db,
) {
  const rows = await client.householdConsent.findMany({
    where: { tenantId, revokedAt: null, ...side },
    orderBy: [{ grantedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      householdId: true,
      grantedAt: true,
      grantor: { select: { ...personSelect, releases: { select: { module: true, level: true } } } },
      grantee: { select: personSelect },
    },
  });
  return rows.filter(
    (c) =>
      c.grantor.tenantId === tenantId &&
      c.grantee.tenantId === tenantId &&
      c.grantor.householdId === c.householdId &&
      c.grantee.householdId === c.householdId &&
      c.grantor.id !== c.grantee.id,
  );
}

export type ConsentedFolder = { id: string; releases: { module: PortalModule; level: ReleaseLevel }[] };

/**
 * The household member's folder `folderCustomerId`, when that member consented to `ownCustomerId`
 * under the rule above; otherwise null (the viewer sees their own folder). Garbage ids are null.
 */
export async function consentedFolder(
  tenantId: string,
  ownCustomerId: string,
  folderCustomerId: string,
  client: Reader = db,
): Promise<ConsentedFolder | null> {
  if (!z.uuid().safeParse(folderCustomerId).success || folderCustomerId === ownCustomerId) return null;
  const [consent] = await liveConsents(
    tenantId,
    { grantorCustomerId: folderCustomerId, granteeCustomerId: ownCustomerId },
    client,
  );
  return consent ? { id: consent.grantor.id, releases: consent.grantor.releases } : null;
}

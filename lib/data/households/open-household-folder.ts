import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import type { Msg } from "../../i18n/message-key";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { consentedFolder } from "./consent-rule";

/** folderCustomerId: the member's folder to remember in the cookie, or null for the own folder. */
export type OpenFolderResult = { ok: true; folderCustomerId: string | null } | { ok: false; error: Msg };

/**
 * The portal's "Ordner öffnen": the own folder always; a household member's folder only under the
 * consent rule the request context applies (lib/data/households/consent-rule.ts). Opening another
 * member's folder is an access to that member's personal data and is audited on their timeline.
 * Ids the customer may not open (no consent, other tenant, garbage) all get the same answer.
 */
export async function openHouseholdFolder(ctx: RequestContext | null, customerId: unknown): Promise<OpenFolderResult> {
  requireCustomer(ctx);
  const parsed = z.uuid().safeParse(customerId);
  if (!parsed.success) return { ok: false, error: "notifications.household.errors.notConsented" };
  const { ownCustomerId } = ctx.actor;
  if (parsed.data === ownCustomerId) return { ok: true, folderCustomerId: null };
  const folder = await consentedFolder(ctx.tenant.id, ownCustomerId, parsed.data);
  if (!folder) return { ok: false, error: "notifications.household.errors.notConsented" };
  await writeAudit({
    ...actorAudit(ctx),
    action: "household.folderOpened",
    entityType: "Customer",
    entityId: folder.id,
    customerId: folder.id,
    data: { viewerCustomerId: ownCustomerId },
  });
  return { ok: true, folderCustomerId: folder.id };
}

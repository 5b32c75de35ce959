import type { Prisma } from "../../db/generated/client";

/**
 * Whether a template id names one of this tenant's templates; a default template must be one of
 * them (Einstellungen → Allgemein and the templates page both set it). Call inside the transaction
 * that stores the id.
 */
export async function isOwnReleaseTemplate(tx: Prisma.TransactionClient, tenantId: string, templateId: string): Promise<boolean> {
  const template = await tx.releaseTemplate.findFirst({ where: { id: templateId, tenantId }, select: { id: true } });
  return template !== null;
}

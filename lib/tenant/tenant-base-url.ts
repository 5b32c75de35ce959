import { db } from "../db/client";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { serverEnv } from "../env";
import { subdomainBaseUrl } from "./domains/subdomain-url";

type DomainReader = Pick<Prisma.TransactionClient | PrismaClient, "domain">;

/**
 * The tenant's own address for links in e-mails (security.md 3: never the request's Host):
 * its verified primary domain, else <slug>.<ROOT_DOMAIN> (with the port on localhost).
 */
export async function tenantBaseUrl(tenant: { id: string; slug: string }, client: DomainReader = db): Promise<string> {
  const domain = await client.domain.findFirst({
    where: { tenantId: tenant.id, status: "VERIFIED", isPrimary: true },
    select: { host: true },
  });
  return domain ? `${serverEnv().PUBLIC_PROTOCOL}://${domain.host}` : subdomainBaseUrl(tenant.slug);
}

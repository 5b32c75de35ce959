import type { Prisma, PrismaClient } from "../../db/generated/client";

type Reader = Pick<Prisma.TransactionClient | PrismaClient, "user">;

/** The tenant's first owner account (the one the platform invited) with its latest open invitation. */
export function findTenantOwner(client: Reader, tenantId: string) {
  return client.user.findFirst({
    where: { tenantId, kind: "STAFF", staffRole: { key: "owner" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      status: true,
      staffRole: { select: { name: true } },
      invitations: {
        where: { tenantId, revokedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { sentAt: true, createdAt: true, expiresAt: true, acceptedAt: true },
      },
    },
  });
}

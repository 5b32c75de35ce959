import type { Prisma } from "../../db/generated/client";

/** What a claim's page shows of the claim itself, for the customer's and the broker's view alike. */
export const claimDetailSelect = {
  id: true,
  status: true,
  occurredOn: true,
  createdAt: true,
  description: true,
} satisfies Prisma.ClaimSelect;

/** One entry of a claim's history. */
export const claimEventSelect = { id: true, status: true, note: true, createdAt: true } satisfies Prisma.ClaimEventSelect;

/** The claim's history of this tenant, oldest first (reported, then every status change). */
export const claimEventsOldestFirst = (tenantId: string) =>
  ({
    where: { tenantId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  }) satisfies Prisma.ClaimEventFindManyArgs;

import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { InsuredObjectKind } from "../../db/generated/enums";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { customerDisplayName } from "../customers/customer-display-name";
import { toPage, type Page } from "../../validation/pagination";
import { insuredObjectAccessWhere } from "./insured-object-access";

export type FolderObjectItem = {
  id: string;
  kind: InsuredObjectKind;
  /** vehicles: manufacturer and model ("VW Crafter 35"); buildings and machines: their designation */
  name: string;
  licensePlate: string | null;
  vin: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  manufacturer: string | null;
  serialNumber: string | null;
  /** the contract the object is insured under; null without one (or when it is no longer visible) */
  contract: ContractLabel | null;
  /** only when the viewer's scope spans several companies */
  companyName: string | null;
};

export type FolderObjectPage = Page<FolderObjectItem> & {
  /** how many visible objects of each kind exist (for the filter), whatever filter is active */
  counts: Record<InsuredObjectKind, number>;
  showCompany: boolean;
};

const input = z.object({
  kind: z.enum(InsuredObjectKind).optional(),
  cursor: z.string().uuid().optional(),
  take: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * The insured objects the viewer may see (insuredObjectAccessWhere: INSURANCE release, the viewer's
 * contracts, for company users their roles and companies), by kind (vehicles, buildings, machines,
 * other), then name; optionally one kind only; one page at a time.
 */
export async function listFolderObjects(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<FolderObjectPage> {
  requireCustomer(ctx);
  const { kind, cursor, take } = input.parse(params);
  const access = insuredObjectAccessWhere(ctx);
  const where: Prisma.InsuredObjectWhereInput = { AND: [access, ...(kind ? [{ kind }] : [])] };
  const validCursor = cursor
    ? await db.insuredObject.findFirst({ where: { AND: [where, { id: cursor }] }, select: { id: true } })
    : null;
  const [rows, groups] = await Promise.all([
    db.insuredObject.findMany({
      where,
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
      take: take + 1,
      ...(validCursor ? { cursor: { id: validCursor.id }, skip: 1 } : {}),
      select: {
        id: true,
        kind: true,
        name: true,
        licensePlate: true,
        vin: true,
        street: true,
        postalCode: true,
        city: true,
        manufacturer: true,
        serialNumber: true,
        contractId: true,
        customer: { select: { kind: true, firstName: true, lastName: true, companyName: true } },
      },
    }),
    db.insuredObject.groupBy({ by: ["kind"], where: access, _count: { _all: true } }),
  ]);
  const page = toPage(rows, take);
  const contractIds = [...new Set(page.items.flatMap((r) => (r.contractId ? [r.contractId] : [])))];
  const contracts = contractIds.length
    ? await db.contract.findMany({
        where: { AND: [contractAccessWhere(ctx), { id: { in: contractIds } }] },
        select: contractLabelSelect,
      })
    : [];
  const labels = new Map(contracts.map((c) => [c.id, contractLabel(c)]));
  const showCompany = ctx.actor.company !== null && ctx.actor.company.scope.length > 1;
  const counts = Object.fromEntries(Object.values(InsuredObjectKind).map((k) => [k, 0])) as Record<InsuredObjectKind, number>;
  for (const g of groups) counts[g.kind] = g._count._all;
  return {
    items: page.items.map(({ contractId, customer, ...o }) => ({
      ...o,
      contract: contractId ? (labels.get(contractId) ?? null) : null,
      companyName: showCompany ? customerDisplayName(customer) : null,
    })),
    nextCursor: page.nextCursor,
    counts,
    showCompany,
  };
}

import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { db } from "@/lib/db/client";
import { createContract, createCustomer, createDocument, createStaff, createTenant } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

let tenantId: string;
let ownerId: string;
let customerId: string;
let customerUserId: string;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
  const { customer, user } = await portalCustomer(tenantId, { INSURANCE: "READ" });
  customerId = customer.id;
  customerUserId = user.id;
  await createContract(tenantId, customerId, { module: "INSURANCE", policyNumber: "SHOWN-1" });
  await createContract(tenantId, customerId, { module: "FINANCE", policyNumber: "HIDDEN-1" });
});

describe("view as customer", () => {
  it("shows exactly the contracts and documents the customer's own session sees", async () => {
    const own = await contextFor(customerUserId);
    const preview = await customerPreviewContext(await contextFor(ownerId), customerId);
    const numbers = async (ctx: Parameters<typeof listVisibleContracts>[0]) =>
      (await listVisibleContracts(ctx)).map((c) => c.policyNumber).sort();
    expect(await numbers(preview)).toEqual(await numbers(own));
    expect(await numbers(preview)).toEqual(["SHOWN-1"]);
    const docs = async (ctx: Parameters<typeof listVisibleDocuments>[0]) =>
      (await listVisibleDocuments(ctx)).items.map((d) => d.id);
    expect(await docs(preview)).toEqual(await docs(own));
  });

  it("hides a document the broker has not made visible, in the preview as for the customer", async () => {
    const contract = await db.contract.findFirstOrThrow({ where: { customerId, policyNumber: "SHOWN-1" } });
    const hidden = await createDocument(tenantId, customerId, { contractId: contract.id, isVisibleToCustomer: false });
    const preview = await customerPreviewContext(await contextFor(ownerId), customerId);
    expect((await listVisibleDocuments(preview)).items.map((d) => d.id)).not.toContain(hidden.id);
  });

  it("logs who opened the preview of which customer", async () => {
    await customerPreviewContext(await contextFor(ownerId), customerId);
    expect(
      await db.auditLog.count({ where: { tenantId, action: "customer.previewed", actorUserId: ownerId, customerId } }),
    ).toBeGreaterThan(0);
  });

  it("refuses staff whose role hides financial data, which the customer's view would show", async () => {
    const clerk = await createStaff(tenantId, { role: "backoffice" });
    await db.staffRole.update({ where: { id: clerk.staffRoleId! }, data: { hideFinancials: true } });
    await expect(customerPreviewContext(await contextFor(clerk.id), customerId)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses another tenant's customer, an advisor's foreign customer and customers themselves", async () => {
    const other = await createTenant();
    const foreign = await createCustomer(other.id);
    await expect(customerPreviewContext(await contextFor(ownerId), foreign.id)).rejects.toBeInstanceOf(AccessDeniedError);
    const advisor = await createStaff(tenantId, { role: "advisor" });
    await expect(customerPreviewContext(await contextFor(advisor.id), customerId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(customerPreviewContext(await contextFor(customerUserId), customerId)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

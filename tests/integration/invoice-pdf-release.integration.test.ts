import { beforeAll, describe, expect, it } from "vitest";
import { documentAccessWhere } from "@/lib/data/documents/document-access";
import { db } from "@/lib/db/client";
import { buildCompanyWorld, companyUser, setRelease, type CompanyWorld } from "../setup/company-fixtures";
import { createCustomer, createContract, createCustomerUser, createDocument, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

// An invoice PDF is filed on the invoice's contract, so the contract rule alone would show it even
// where the office keeps the premium invoices module hidden.

async function attachInvoicePdf(tenantId: string, customerId: string, contractId: string) {
  const pdf = await createDocument(tenantId, customerId, { contractId, category: "INVOICE", title: "Beitragsrechnung" });
  await db.premiumInvoice.create({
    data: {
      tenantId,
      customerId,
      contractId,
      number: `PDF-${pdf.id.slice(0, 8)}`,
      amount: "99.00",
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-12-31"),
      dueDate: new Date("2026-01-15"),
      documentId: pdf.id,
    },
  });
  return pdf.id;
}

const visible = async (ctx: Parameters<typeof documentAccessWhere>[0], id: string) =>
  db.document.count({ where: { AND: [documentAccessWhere(ctx), { id }] } });

describe("invoice PDFs follow the premium invoices release", () => {
  let world: CompanyWorld;
  let pdfId: string;
  beforeAll(async () => {
    world = await buildCompanyWorld();
    pdfId = await attachInvoicePdf(world.tenant.id, world.companies.h.id, world.contractIds.hMotor);
  });

  it("hides a company's invoice PDF from its fleet manager while invoices are not released", async () => {
    const fleet = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    expect(await visible(fleet.ctx, pdfId)).toBe(1);
    await setRelease(world.companies.h, "INVOICES", "HIDDEN");
    try {
      expect(await visible(await contextFor(fleet.user.id), pdfId)).toBe(0);
      // the contract's other documents stay visible
      const policyDocs = await db.document.count({
        where: { AND: [documentAccessWhere(await contextFor(fleet.user.id)), { contractId: world.contractIds.hMotor }] },
      });
      expect(policyDocs).toBe(1);
    } finally {
      await setRelease(world.companies.h, "INVOICES", "READ");
    }
  });

  it("hides a private customer's invoice PDF while invoices are not released", async () => {
    const tenant = await createTenant();
    const customer = await createCustomer(tenant.id);
    const user = await createCustomerUser(tenant.id, customer.id);
    await db.moduleRelease.createMany({
      data: [
        { tenantId: tenant.id, customerId: customer.id, module: "INSURANCE", level: "READ" },
        { tenantId: tenant.id, customerId: customer.id, module: "INVOICES", level: "HIDDEN" },
      ],
    });
    const contract = await createContract(tenant.id, customer.id);
    const id = await attachInvoicePdf(tenant.id, customer.id, contract.id);
    expect(await visible(await contextFor(user.id), id)).toBe(0);
    await db.moduleRelease.updateMany({ where: { customerId: customer.id, module: "INVOICES" }, data: { level: "READ" } });
    expect(await visible(await contextFor(user.id), id)).toBe(1);
  });
});

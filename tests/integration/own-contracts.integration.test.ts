import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { createOwnContract } from "@/lib/data/portal/own-contracts/create-own-contract";
import { deleteFolderContract } from "@/lib/data/portal/own-contracts/delete-folder-contract";
import { getEditableContract } from "@/lib/data/portal/own-contracts/get-editable-contract";
import { listOwnContractOptions } from "@/lib/data/portal/own-contracts/list-own-contract-options";
import { updateFolderContract } from "@/lib/data/portal/own-contracts/update-folder-contract";
import { db } from "@/lib/db/client";
import { OTHER_INSURER } from "@/lib/validation/own-contract";
import { createContract, createTenant } from "../setup/factories";
import {
  customerWith,
  insurerId,
  lineId,
  setUpOwnContractOffice,
  tenantId,
  values,
  WRITE_OTHER,
} from "../setup/own-contract-fixtures";

// Adding, editing and deleting own contracts with a WRITE release, and the module rules.
setUpOwnContractOffice();

describe("own contracts with a WRITE release", () => {
  it("adds an own contract with origin CUSTOMER, audited and announced to the advisor", async () => {
    const { customer, login, advisor, ctx } = await customerWith(WRITE_OTHER);
    const result = await createOwnContract(ctx, values());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const contract = await db.contract.findUniqueOrThrow({ where: { id: result.id } });
    expect(contract).toMatchObject({
      tenantId,
      customerId: customer.id,
      module: "OTHER",
      origin: "CUSTOMER",
      createdById: login.id,
      insurerId: null,
      insurerName: "Stadtwerke Musterstadt",
      policyNumber: "STROM-4711",
      mainDueDay: 1,
      mainDueMonth: 1,
      noticePeriodMonths: 1,
      paymentFrequency: "MONTHLY",
    });
    expect(contract.grossPremium?.toFixed(2)).toBe("54.00");
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "contract.created", entityId: result.id } });
    expect(audit).toMatchObject({ actorUserId: login.id, actorKind: "customer", customerId: customer.id });
    const note = await db.notification.findFirstOrThrow({ where: { tenantId, userId: advisor.id, type: "contract.created" } });
    expect(note.link).toBe(`/broker/contracts/${result.id}`);
    expect(note.title).toContain(customer.lastName);
  });

  it("stores a catalog insurer and line and reports every field problem at once", async () => {
    const { ctx } = await customerWith({ ...WRITE_OTHER, INSURANCE: "WRITE" });
    const bad = await createOwnContract(
      ctx,
      values({ module: "INSURANCE", insurerId: OTHER_INSURER, insurerName: "", grossPremium: "12,3x", mainDue: "31.02" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        grossPremium: "contracts.validation.amountInvalid",
        mainDue: "contracts.validation.mainDueInvalid",
      },
    });
    const missing = await createOwnContract(ctx, values({ module: "INSURANCE", insurerName: "" }));
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { lineId: "contracts.validation.lineRequired", insurerName: "contracts.validation.insurerNameRequired" },
    });
    const good = await createOwnContract(ctx, values({ module: "INSURANCE", lineId, insurerId, insurerName: "ignored" }));
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(await db.contract.findUniqueOrThrow({ where: { id: good.id } })).toMatchObject({
      lineId,
      insurerId,
      insurerName: null,
    });
  });

  it("refuses a line or insurer of another tenant", async () => {
    const { ctx } = await customerWith(WRITE_OTHER);
    const other = await createTenant();
    const foreignInsurer = await db.insurer.create({ data: { tenantId: other.id, name: "Fremde AG" } });
    const result = await createOwnContract(ctx, values({ insurerId: foreignInsurer.id }));
    expect(result).toMatchObject({ ok: false, field: "insurerId" });
    expect(await db.contract.count({ where: { customerId: ctx.actor.kind === "CUSTOMER" ? ctx.actor.customerId : "" } })).toBe(0);
  });

  it("edits an own contract and audits the names of the changed fields only", async () => {
    const { customer, login, advisor, ctx } = await customerWith(WRITE_OTHER);
    const created = await createOwnContract(ctx, values());
    if (!created.ok) throw new Error("not created");
    const result = await updateFolderContract(ctx, created.id, values({ policyNumber: "STROM-4712", grossPremium: "60,00" }));
    expect(result).toEqual({ ok: true, id: created.id });
    const contract = await db.contract.findUniqueOrThrow({ where: { id: created.id } });
    expect(contract.policyNumber).toBe("STROM-4712");
    expect(contract.grossPremium?.toFixed(2)).toBe("60.00");
    expect(contract.origin).toBe("CUSTOMER");
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "contract.updated", entityId: created.id } });
    expect(audit).toMatchObject({ actorUserId: login.id, actorKind: "customer", customerId: customer.id });
    expect((audit.data as { fields: string[] }).fields.sort()).toEqual(["grossPremium", "policyNumber"]);
    expect(JSON.stringify(audit.data)).not.toContain("STROM-4712");
    expect(await db.notification.count({ where: { userId: advisor.id, type: "contract.updated" } })).toBe(1);
  });

  it("edits the broker's contract in a WRITE module and keeps its origin", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const brokers = await createContract(tenantId, customer.id, { module: "OTHER", origin: "BROKER", isConfidential: true });
    const editable = await getEditableContract(ctx, brokers.id, "de");
    expect(editable?.values).toMatchObject({
      insurerId: OTHER_INSURER,
      insurerName: "Test Versicherung AG",
      grossPremium: "59,90",
    });
    const result = await updateFolderContract(ctx, brokers.id, { ...editable!.values, product: "Neuer Tarif" });
    expect(result.ok).toBe(true);
    const contract = await db.contract.findUniqueOrThrow({ where: { id: brokers.id } });
    expect(contract).toMatchObject({
      product: "Neuer Tarif",
      origin: "BROKER",
      isConfidential: true,
      insurerName: "Test Versicherung AG",
    });
    expect(contract.grossPremium?.toFixed(2)).toBe("59.90");
  });

  it("deletes an own contract and the broker's contract softly, audited and announced", async () => {
    const { customer, login, advisor, ctx } = await customerWith(WRITE_OTHER);
    const created = await createOwnContract(ctx, values());
    if (!created.ok) throw new Error("not created");
    const brokers = await createContract(tenantId, customer.id, { module: "OTHER" });
    for (const id of [created.id, brokers.id]) {
      expect(await deleteFolderContract(ctx, id)).toEqual({ ok: true, id });
      expect((await db.contract.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
      expect(await db.auditLog.findFirst({ where: { action: "contract.deleted", entityId: id } })).toMatchObject({
        actorUserId: login.id,
        actorKind: "customer",
        customerId: customer.id,
      });
      expect(await getEditableContract(ctx, id, "de")).toBeNull();
    }
    const notes = await db.notification.findMany({ where: { userId: advisor.id, type: "contract.deleted" } });
    expect(notes.map((n) => n.link)).toEqual([`/broker/customers/${customer.id}`, `/broker/customers/${customer.id}`]);
    // a second attempt finds nothing to delete
    await expect(deleteFolderContract(ctx, brokers.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("offers only the modules released with WRITE", async () => {
    const { ctx } = await customerWith({ ...WRITE_OTHER, FINANCE: "WRITE", EMERGENCY: "READ" });
    const options = await listOwnContractOptions(ctx, "de");
    expect(options.modules).toEqual(["FINANCE", "OTHER"]);
    expect(options.lines.map((l) => l.label)).toContain("Privathaftpflicht");
    expect(options.insurers.map((i) => i.label)).toContain("Beispiel Versicherung AG");
    const readOnly = await customerWith({ INSURANCE: "READ" });
    expect(await listOwnContractOptions(readOnly.ctx, "de")).toMatchObject({ modules: [], lines: [], insurers: [] });
  });
});

describe("refusals", () => {
  it("refuses to add a contract in a module that is not released with WRITE", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const result = await createOwnContract(ctx, values({ module: "INSURANCE", lineId }));
    expect(result).toMatchObject({ ok: false, field: "module", error: "ownContracts.errors.moduleNotWritable" });
    const hidden = await createOwnContract(ctx, values({ module: "FINANCE" }));
    expect(hidden.ok).toBe(false);
    expect(await db.contract.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("refuses moving a contract into a module without WRITE", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const own = await createContract(tenantId, customer.id, { module: "OTHER", origin: "CUSTOMER" });
    const result = await updateFolderContract(ctx, own.id, values({ module: "INSURANCE", lineId }));
    expect(result).toMatchObject({ ok: false, field: "module" });
    expect((await db.contract.findUniqueOrThrow({ where: { id: own.id } })).module).toBe("OTHER");
  });
});

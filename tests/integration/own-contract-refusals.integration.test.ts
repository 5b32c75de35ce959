import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { deleteOwnDocument } from "@/lib/data/documents/delete-own-document";
import { createOwnContract } from "@/lib/data/portal/own-contracts/create-own-contract";
import { deleteFolderContract } from "@/lib/data/portal/own-contracts/delete-folder-contract";
import { getEditableContract } from "@/lib/data/portal/own-contracts/get-editable-contract";
import { listOwnContractOptions } from "@/lib/data/portal/own-contracts/list-own-contract-options";
import { updateFolderContract } from "@/lib/data/portal/own-contracts/update-folder-contract";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { db } from "@/lib/db/client";
import { createContract, createDocument, createTenant } from "../setup/factories";
import { customerWith, ownerId, setUpOwnContractOffice, tenantId, values, WRITE_OTHER } from "../setup/own-contract-fixtures";
import { shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

// Own-contract writes that are refused: READ releases, household folders, the broker's preview,
// foreign ids, staff, and a customer whose processing is restricted (GDPR).
setUpOwnContractOffice();

describe("refusals", () => {
  it("with READ only shows: adding, editing and deleting are refused and nothing changes", async () => {
    const { customer, ctx } = await customerWith({ INSURANCE: "READ", OTHER_CONTRACTS: "READ" });
    const brokers = await createContract(tenantId, customer.id, { module: "INSURANCE", policyNumber: "READ-1" });
    const own = await createContract(tenantId, customer.id, { module: "OTHER", origin: "CUSTOMER", policyNumber: "READ-2" });

    expect(await createOwnContract(ctx, values())).toMatchObject({ ok: false, field: "module" });
    for (const contract of [brokers, own]) {
      await expect(updateFolderContract(ctx, contract.id, values({ module: contract.module }))).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(deleteFolderContract(ctx, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
      expect(await getEditableContract(ctx, contract.id, "de")).toBeNull();
    }
    const rows = await db.contract.findMany({ where: { customerId: customer.id }, orderBy: { policyNumber: "asc" } });
    expect(rows.map((r) => [r.policyNumber, r.deletedAt, r.updatedAt.getTime()])).toEqual([
      ["READ-1", null, brokers.updatedAt.getTime()],
      ["READ-2", null, own.updatedAt.getTime()],
    ]);
    expect(await db.auditLog.count({ where: { customerId: customer.id, action: { startsWith: "contract." } } })).toBe(0);
    expect(
      await db.notification.count({ where: { tenantId, type: { startsWith: "contract." }, link: { contains: brokers.id } } }),
    ).toBe(0);
  });

  it("refuses every write in a household member's folder, even where that member released WRITE", async () => {
    const viewer = await customerWith(WRITE_OTHER);
    const member = await customerWith(WRITE_OTHER);
    await shareFolder(tenantId, { grantorId: member.customer.id, granteeId: viewer.customer.id });
    const foreign = await folderContext(viewer.login.id, member.customer.id);
    expect(foreign.actor).toMatchObject({ customerId: member.customer.id, folderReadOnly: true });
    const contract = await createContract(tenantId, member.customer.id, { module: "OTHER" });

    await expect(createOwnContract(foreign, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateFolderContract(foreign, contract.id, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteFolderContract(foreign, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getEditableContract(foreign, contract.id, "de")).toBeNull();
    expect(await listOwnContractOptions(foreign, "de")).toMatchObject({ modules: [] });
    expect(await db.contract.count({ where: { customerId: { in: [viewer.customer.id, member.customer.id] } } })).toBe(1);
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).deletedAt).toBeNull();
  });

  it("refuses writes through the broker's customer preview", async () => {
    const { customer } = await customerWith(WRITE_OTHER);
    const contract = await createContract(tenantId, customer.id, { module: "OTHER" });
    const preview = await customerPreviewContext(await contextFor(ownerId), customer.id);
    await expect(createOwnContract(preview, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateFolderContract(preview, contract.id, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteFolderContract(preview, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getEditableContract(preview, contract.id, "de")).toBeNull();
  });

  it("answers ids of another customer or another tenant as not found", async () => {
    const { ctx } = await customerWith(WRITE_OTHER);
    const neighbour = await customerWith(WRITE_OTHER);
    const theirs = await createContract(tenantId, neighbour.customer.id, { module: "OTHER" });
    const otherTenant = await createTenant();
    const stranger = await customerWith(WRITE_OTHER, otherTenant.id);
    const foreign = await createContract(otherTenant.id, stranger.customer.id, { module: "OTHER" });
    for (const id of [theirs.id, foreign.id, "not-a-uuid"]) {
      expect(await getEditableContract(ctx, id, "de")).toBeNull();
      await expect(updateFolderContract(ctx, id, values())).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(deleteFolderContract(ctx, id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const untouched = await db.contract.findMany({ where: { id: { in: [theirs.id, foreign.id] } } });
    expect(untouched.map((c) => [c.deletedAt, c.policyNumber])).toEqual(
      expect.arrayContaining([
        [null, theirs.policyNumber],
        [null, foreign.policyNumber],
      ]),
    );
  });

  it("refuses staff", async () => {
    const staff = await contextFor(ownerId);
    await expect(createOwnContract(staff, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listOwnContractOptions(staff, "de")).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("the broker's internal notes and frozen records", () => {
  it("refuses contract and document changes while the customer's processing is restricted (GDPR), changing nothing", async () => {
    const { customer, login, ctx } = await customerWith(WRITE_OTHER);
    const contract = await createContract(tenantId, customer.id, { module: "OTHER", policyNumber: "FROZEN-1" });
    const doc = await createDocument(tenantId, customer.id, {
      contractId: contract.id,
      origin: "CUSTOMER",
      uploadedById: login.id,
    });
    await db.customer.update({ where: { id: customer.id }, data: { restrictedAt: new Date() } });

    await expect(createOwnContract(ctx, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateFolderContract(ctx, contract.id, values({ policyNumber: "CHANGED" }))).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(deleteFolderContract(ctx, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteOwnDocument(ctx, doc.id)).rejects.toBeInstanceOf(AccessDeniedError);

    expect(
      await db.contract.findMany({ where: { customerId: customer.id }, select: { policyNumber: true, deletedAt: true } }),
    ).toEqual([{ policyNumber: "FROZEN-1", deletedAt: null }]);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).toBeNull();
    expect(
      await db.auditLog.count({
        where: {
          customerId: customer.id,
          action: { in: ["contract.created", "contract.updated", "contract.deleted", "document.deleted"] },
        },
      }),
    ).toBe(0);
  });
});

const folderContext = (userId: string, folderCustomerId: string | null) => contextFor(userId, undefined, { folderCustomerId });

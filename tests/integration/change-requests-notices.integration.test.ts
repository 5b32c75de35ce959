import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { applyChangeRequest } from "@/lib/data/change-requests/apply-change-request";
import { getChangeRequest } from "@/lib/data/change-requests/get-change-request";
import { loadChangeNotices } from "@/lib/data/change-requests/load-change-notices";
import { rejectChangeRequest } from "@/lib/data/change-requests/reject-change-request";
import { submitChangeRequest } from "@/lib/data/change-requests/submit-change-request";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { db } from "@/lib/db/client";
import { buildChangeNoticeText } from "@/lib/notices/change-notice-text";
import { noticePdf, noticeZip } from "@/lib/notices/notice-files";
import { customerWith, IBAN, NEW_ADDRESS, owner, tenant, setupChangeRequestOffice } from "../setup/change-request-fixtures";
import { createContract, createCustomer, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

setupChangeRequestOffice();

describe("insurer change notices", () => {
  async function appliedWithContracts(kind: "ADDRESS" | "BANK_ACCOUNT" = "ADDRESS") {
    const c = await customerWith({ PROFILE: "WRITE" });
    const allianz = await db.insurer.create({ data: { tenantId: tenant.id, name: "Allianz Versicherungs-AG" } });
    await createContract(tenant.id, c.customer.id, { insurerId: allianz.id, insurerName: null, policyNumber: "AS-100" });
    await createContract(tenant.id, c.customer.id, {
      insurerId: allianz.id,
      insurerName: null,
      policyNumber: "AS-200",
      status: "PENDING",
    });
    await createContract(tenant.id, c.customer.id, { insurerName: "HUK-COBURG", policyNumber: "HUK-9" });
    await createContract(tenant.id, c.customer.id, { insurerName: "huk-coburg ", policyNumber: "HUK-10", module: "OTHER" });
    // not running or deleted: no letter
    await createContract(tenant.id, c.customer.id, { insurerName: "Alte Leipziger", status: "CANCELLED" });
    await createContract(tenant.id, c.customer.id, { insurerName: "Gothaer", deletedAt: new Date() });
    // another customer's contract at another insurer
    const other = await createCustomer(tenant.id);
    await createContract(tenant.id, other.id, { insurerName: "ERGO" });
    const created =
      kind === "ADDRESS"
        ? await submitChangeRequest(c.ctx, "ADDRESS", NEW_ADDRESS)
        : await submitChangeRequest(c.ctx, "BANK_ACCOUNT", { holder: "Max Muster", iban: IBAN, bic: "COBADEFFXXX" });
    if (!created.ok) throw new Error("not created");
    return { ...c, requestId: created.id };
  }

  it("makes one PDF letter per distinct insurer of the customer's running contracts", async () => {
    const { requestId, customer } = await appliedWithContracts();
    expect(await loadChangeNotices(owner, { id: requestId })).toBeNull(); // still pending
    expect(await applyChangeRequest(owner, requestId)).toMatchObject({ ok: true });

    const detail = await getChangeRequest(owner, requestId);
    expect(detail?.notices?.map((n) => [n.name, n.policyNumbers])).toEqual([
      ["Allianz Versicherungs-AG", ["AS-100", "AS-200"]],
      ["HUK-COBURG", ["HUK-9", "HUK-10"]],
    ]);

    const notices = await loadChangeNotices(owner, { id: requestId });
    expect(notices?.letters).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "changeRequest.noticeDownloaded", entityId: requestId } })).toBe(1);

    for (const letter of notices!.letters) {
      const file = await noticePdf(letter, notices!.locale);
      expect(Buffer.from(file.bytes).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(file.fileName).toMatch(/^Adressaenderung_[A-Za-z0-9_.-]+\.pdf$/);
      expect((await PDFDocument.load(file.bytes)).getPageCount()).toBe(1);
    }
    const allianz = buildChangeNoticeText(notices!.letters[0]!, notices!.locale);
    const text = JSON.stringify(allianz);
    expect(allianz.recipient).toEqual(["Allianz Versicherungs-AG"]);
    expect(allianz.subject).toContain("Adressänderung");
    expect(allianz.subject).toContain(customer.lastName!);
    for (const expected of [
      "AS-100",
      "AS-200",
      "Lindenallee 7",
      "50667 Köln",
      "Alte Gasse 3",
      "10115 Berlin",
      "Makler Sonnenschein",
      "Marktplatz 1",
      "Mit freundlichen Grüßen",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("HUK-9");

    // a single insurer by its key, and the ZIP of all
    const one = await loadChangeNotices(owner, { id: requestId, insurer: detail!.notices![1]!.key });
    expect(one?.letters.map((l) => l.insurer.name)).toEqual(["HUK-COBURG"]);
    const zip = Buffer.from(await noticeZip(notices!.letters, notices!.locale));
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(await loadChangeNotices(owner, { id: requestId, insurer: "n-0000000000000000" })).toBeNull();
  });

  it("writes a bank-change letter with holder, IBAN, BIC and the mandate note", async () => {
    const { requestId } = await appliedWithContracts("BANK_ACCOUNT");
    await applyChangeRequest(owner, requestId);
    const notices = await loadChangeNotices(owner, { id: requestId });
    const text = JSON.stringify(buildChangeNoticeText(notices!.letters[0]!, "de-DE"));
    for (const expected of [
      "Änderung der Bankverbindung",
      "DE89 3704 0044 0532 0130 00",
      "COBADEFFXXX",
      "Max Muster",
      "SEPA-Lastschriftmandat",
    ]) {
      expect(text).toContain(expected);
    }
    const english = JSON.stringify(buildChangeNoticeText(notices!.letters[0]!, "en-GB"));
    expect(english).toContain("Change of bank details");
  });

  it("offers no notices for pending, rejected or phone requests, nor to staff without access", async () => {
    const pending = await appliedWithContracts();
    expect(await loadChangeNotices(owner, { id: pending.requestId })).toBeNull();
    expect((await getChangeRequest(owner, pending.requestId))?.notices).toBeNull();

    const rejected = await appliedWithContracts();
    await rejectChangeRequest(owner, rejected.requestId, { reason: "Adresse unvollständig" });
    expect(await loadChangeNotices(owner, { id: rejected.requestId })).toBeNull();

    const phone = await submitChangeRequest(pending.ctx, "LANDLINE", { number: "+49 30 1234567" });
    if (!phone.ok) throw new Error("not created");
    await applyChangeRequest(owner, phone.id);
    expect(await loadChangeNotices(owner, { id: phone.id })).toBeNull();
    expect((await getChangeRequest(owner, phone.id))?.notices).toBeNull();

    const applied = await appliedWithContracts();
    await applyChangeRequest(owner, applied.requestId);
    const otherTenant = await createTenant();
    const foreignOwner = await contextFor((await createStaff(otherTenant.id, { role: "owner" })).id);
    const otherAdvisor = await contextFor((await createStaff(tenant.id, { role: "advisor" })).id);
    expect(await loadChangeNotices(foreignOwner, { id: applied.requestId })).toBeNull();
    expect(await loadChangeNotices(otherAdvisor, { id: applied.requestId })).toBeNull();
    expect(await loadChangeNotices(owner, { id: "not-a-uuid" })).toBeNull();
    await expect(loadChangeNotices(applied.ctx, { id: applied.requestId })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

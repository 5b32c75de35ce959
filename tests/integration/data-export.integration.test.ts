import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { buildDataExport } from "@/lib/data/my-data/build-data-export";
import { sanitizeFileName } from "@/lib/data/my-data/export-documents";
import { exportFileName } from "@/lib/data/my-data/export-file-name";
import { EXPORT_INTERVAL_MS, nextExportAllowedAt, recordDataExport } from "@/lib/data/my-data/export-rate-limit";
import { writeExportZip } from "@/lib/data/my-data/write-export-zip";
import { db } from "@/lib/db/client";
import { deleteObject } from "@/lib/storage/delete-object";
import { keyBelongsToTenant } from "@/lib/storage/object-key";
import { createContract, createCustomer, createDocument, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { folderContextFor } from "../setup/my-data-fixtures";
import { portalCustomer, shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

afterEach(() => setClockOffset(0));

const ids = (rows: unknown) => (rows as { id: string }[]).map((r) => r.id).sort();

describe("data export (build)", () => {
  it("contains the customer's visible contracts and documents and nothing of hidden modules, other customers or tenants", async () => {
    const tenant = await createTenant();
    const { customer, user } = await portalCustomer(tenant.id, { INSURANCE: "READ", PROFILE: "READ", FINANCE: "HIDDEN" });
    await db.bankAccount.create({
      data: {
        tenantId: tenant.id,
        customerId: customer.id,
        holder: "Erika Muster",
        iban: "DE89370400440532013000",
        isDefault: true,
      },
    });
    const insurance = await createContract(tenant.id, customer.id, { notes: "Interne Notiz des Maklers" });
    const finance = await createContract(tenant.id, customer.id, { module: "FINANCE", policyNumber: `FIN-${uniqueSuffix()}` });
    const deleted = await createContract(tenant.id, customer.id, { deletedAt: new Date() });
    const visibleDoc = await createDocument(tenant.id, customer.id, { contractId: insurance.id, fileName: "police 2024.pdf" });
    const generalDoc = await createDocument(tenant.id, customer.id, { title: "Maklervollmacht", fileName: "vollmacht.pdf" });
    const invisibleDoc = await createDocument(tenant.id, customer.id, { contractId: insurance.id, isVisibleToCustomer: false });
    const quarantined = await createDocument(tenant.id, customer.id, { contractId: insurance.id, scanState: "PENDING" });
    const infected = await createDocument(tenant.id, customer.id, { contractId: insurance.id, scanState: "INFECTED" });
    const financeDoc = await createDocument(tenant.id, customer.id, { contractId: finance.id });
    const deletedDoc = await createDocument(tenant.id, customer.id, { deletedAt: new Date() });

    const other = await createCustomer(tenant.id);
    const otherContract = await createContract(tenant.id, other.id, { policyNumber: `OTHER-${uniqueSuffix()}` });
    const otherDoc = await createDocument(tenant.id, other.id, { contractId: otherContract.id });
    const foreignTenant = await createTenant();
    const foreign = await createCustomer(foreignTenant.id);
    const foreignContract = await createContract(foreignTenant.id, foreign.id, { policyNumber: `FOREIGN-${uniqueSuffix()}` });
    const foreignDoc = await createDocument(foreignTenant.id, foreign.id, { contractId: foreignContract.id });

    const data = await buildDataExport(await contextFor(user.id));
    const json = data.json as Record<string, unknown> & {
      contracts: Record<string, unknown>[];
      documents: Record<string, unknown>[];
      customer: { customerNumber: string; bankAccounts: { iban: string }[] };
      account: Record<string, unknown>;
    };
    expect(ids(json.contracts)).toEqual([insurance.id]);
    expect(ids(json.documents)).toEqual([visibleDoc.id, generalDoc.id].sort());
    expect(json.customer.customerNumber).toBe(customer.customerNumber);
    expect(json.customer.bankAccounts.map((b) => b.iban)).toEqual(["DE89370400440532013000"]);
    expect(json.contracts[0]).toMatchObject({
      grossPremium: "59.90",
      startDate: "2024-01-01",
      policyNumber: insurance.policyNumber,
    });
    expect(json.account).toMatchObject({ email: user.email, twoFactor: { authenticatorApp: false, sms: false } });

    const text = JSON.stringify(data.json);
    for (const secret of [
      finance.id,
      finance.policyNumber!,
      deleted.id,
      invisibleDoc.id,
      quarantined.id,
      infected.id,
      financeDoc.id,
      deletedDoc.id,
      other.customerNumber,
      otherContract.policyNumber!,
      otherDoc.id,
      foreignContract.policyNumber!,
      foreignDoc.id,
      "Interne Notiz des Maklers",
      "passwordHash",
      "totpSecret",
    ]) {
      expect(text).not.toContain(secret);
    }

    // files: exactly the visible documents, under the tenant's own keys, named by date and sanitised name
    expect(data.files.map((f) => f.storageKey).sort()).toEqual([visibleDoc.storageKey, generalDoc.storageKey].sort());
    expect(data.files.every((f) => keyBelongsToTenant(f.storageKey, tenant.id))).toBe(true);
    const today = visibleDoc.createdAt.toISOString().slice(0, 10);
    expect(data.files.map((f) => f.path).sort()).toEqual([
      `dokumente/${today}_police_2024.pdf`,
      `dokumente/${today}_vollmacht.pdf`,
    ]);
    const byId = new Map(json.documents.map((d) => [d.id, d]));
    expect(byId.get(visibleDoc.id)).toMatchObject({ file: `dokumente/${today}_police_2024.pdf`, contractId: insurance.id });
    expect(data.counts).toMatchObject({ contracts: 1, documents: 2 });
  });

  it("leaves out withheld expiry dates and financial figures entirely", async () => {
    const hiding = await createTenant({ portalHideExpiryDates: true, portalHideFinancials: true });
    const a = await portalCustomer(hiding.id, { INSURANCE: "READ" });
    await createContract(hiding.id, a.customer.id, { endDate: new Date("2030-12-31"), sumInsured: "5000000.00" });
    const withheld = (await buildDataExport(await contextFor(a.user.id))).json as {
      contracts: Record<string, unknown>[];
      notIncluded: { withheldByBroker: { contracts: string[] } };
    };
    for (const field of ["endDate", "sumInsured", "grossPremium", "paymentFrequency", "paymentMethod"]) {
      expect(withheld.contracts[0]).not.toHaveProperty(field);
    }
    expect(JSON.stringify(withheld)).not.toContain("2030-12-31");
    expect(JSON.stringify(withheld)).not.toContain("5000000");
    expect(withheld.notIncluded.withheldByBroker.contracts).toEqual(expect.arrayContaining(["endDate", "grossPremium"]));

    const showing = await createTenant();
    const b = await portalCustomer(showing.id, { INSURANCE: "READ" });
    await createContract(showing.id, b.customer.id, { endDate: new Date("2030-12-31"), sumInsured: "5000000.00" });
    const shown = (await buildDataExport(await contextFor(b.user.id))).json as { contracts: Record<string, unknown>[] };
    expect(shown.contracts[0]).toMatchObject({ endDate: "2030-12-31", sumInsured: "5000000.00", grossPremium: "59.90" });
  });

  it("includes claims with their timeline only when the claims module is released", async () => {
    const tenant = await createTenant();
    const released = await portalCustomer(tenant.id, { INSURANCE: "READ", CLAIMS: "READ" });
    const hidden = await portalCustomer(tenant.id, { INSURANCE: "READ" });
    for (const { customer } of [released, hidden]) {
      const claim = await db.claim.create({
        data: {
          tenantId: tenant.id,
          customerId: customer.id,
          occurredOn: new Date("2026-01-05"),
          description: `Wasserschaden ${customer.id}`,
        },
      });
      await db.claimEvent.create({ data: { tenantId: tenant.id, claimId: claim.id, status: "REPORTED" } });
      await db.claimEvent.create({
        data: { tenantId: tenant.id, claimId: claim.id, status: "IN_PROGRESS", note: "Gutachter beauftragt" },
      });
    }
    const withClaims = (await buildDataExport(await contextFor(released.user.id))).json as {
      claims: { description: string; occurredOn: string; events: { status: string; note: string | null }[] }[];
    };
    expect(withClaims.claims).toHaveLength(1);
    expect(withClaims.claims[0]).toMatchObject({
      description: `Wasserschaden ${released.customer.id}`,
      occurredOn: "2026-01-05",
    });
    expect(withClaims.claims[0]!.events.map((e) => e.status)).toEqual(["REPORTED", "IN_PROGRESS"]);
    const withoutClaims = (await buildDataExport(await contextFor(hidden.user.id))).json;
    expect(withoutClaims).not.toHaveProperty("claims");
    expect(JSON.stringify(withoutClaims)).not.toContain("Wasserschaden");
  });

  it("refuses the export while a household member's folder is shown, and names only the other member for consents", async () => {
    const tenant = await createTenant();
    const me = await portalCustomer(tenant.id, { INSURANCE: "READ" }, { firstName: "Max", lastName: "Berger" });
    const partner = await portalCustomer(tenant.id, { INSURANCE: "READ" }, { firstName: "Jonas", lastName: "Berger" });
    await createContract(tenant.id, partner.customer.id, { policyNumber: `PARTNER-${uniqueSuffix()}` });
    await shareFolder(tenant.id, {
      grantorId: partner.customer.id,
      granteeId: me.customer.id,
      grantedAt: new Date("2026-01-01"),
      name: "Familie Berger",
    });

    const inPartnerFolder = await folderContextFor(me.user.id, partner.customer.id);
    expect(inPartnerFolder.actor.kind === "CUSTOMER" && inPartnerFolder.actor.folderReadOnly).toBe(true);
    await expect(buildDataExport(inPartnerFolder)).rejects.toBeInstanceOf(AccessDeniedError);

    const own = await buildDataExport(await contextFor(me.user.id));
    const json = own.json as { contracts: unknown[]; householdConsents: Record<string, unknown>[] };
    expect(json.contracts).toEqual([]);
    expect(json.householdConsents).toEqual([
      { direction: "held", otherMember: "Berger, Jonas", grantedAt: "2026-01-01T00:00:00.000Z", revokedAt: null },
    ]);
    expect(JSON.stringify(json)).not.toContain(partner.customer.customerNumber);
  });

  it("refuses staff", async () => {
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    await expect(buildDataExport(await contextFor(owner.id))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(buildDataExport(null)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("data export (rate limit)", () => {
  it("allows one export per account within 5 minutes and audits it with counts only", async () => {
    const tenant = await createTenant();
    const { customer, user } = await portalCustomer(tenant.id, { INSURANCE: "READ" });
    const ctx = await contextFor(user.id);
    expect(await nextExportAllowedAt(ctx)).toBeNull();
    expect(await recordDataExport(ctx, { contracts: 2, documents: 3 })).toEqual({ ok: true });

    const second = await recordDataExport(ctx, { contracts: 2, documents: 3 });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    const wait = second.retryAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(EXPORT_INTERVAL_MS - 60_000);
    expect(wait).toBeLessThanOrEqual(EXPORT_INTERVAL_MS);
    expect(await nextExportAllowedAt(ctx)).toEqual(second.retryAt);

    const audits = await db.auditLog.findMany({ where: { tenantId: tenant.id, action: "customer.dataExported" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: user.id,
      actorKind: "customer",
      customerId: customer.id,
      data: { contracts: 2, documents: 3 },
    });

    setClockOffset(EXPORT_INTERVAL_MS + 1000);
    expect(await nextExportAllowedAt(ctx)).toBeNull();
    expect(await recordDataExport(ctx, {})).toEqual({ ok: true });
  });

  it("lets only one of two simultaneous exports through", async () => {
    const tenant = await createTenant();
    const { user } = await portalCustomer(tenant.id, { INSURANCE: "READ" });
    const ctx = await contextFor(user.id);
    const results = await Promise.all([recordDataExport(ctx, {}), recordDataExport(ctx, {}), recordDataExport(ctx, {})]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("limits per account, not per household or tenant", async () => {
    const tenant = await createTenant();
    const a = await portalCustomer(tenant.id, { INSURANCE: "READ" });
    const b = await portalCustomer(tenant.id, { INSURANCE: "READ" });
    expect(await recordDataExport(await contextFor(a.user.id), {})).toEqual({ ok: true });
    expect(await recordDataExport(await contextFor(b.user.id), {})).toEqual({ ok: true });
  });
});

describe("data export (ZIP)", () => {
  it("streams daten.json, LIESMICH.txt and every visible document with unique names", async () => {
    const tenant = await createTenant();
    const { customer, user } = await portalCustomer(tenant.id, { INSURANCE: "READ", PROFILE: "READ" });
    const contract = await createContract(tenant.id, customer.id);
    const date = new Date("2025-03-01");
    const first = await createDocument(tenant.id, customer.id, {
      contractId: contract.id,
      fileName: "Police.pdf",
      documentDate: date,
    });
    const second = await createDocument(tenant.id, customer.id, {
      contractId: contract.id,
      fileName: "police.pdf",
      documentDate: date,
    });
    await createDocument(tenant.id, customer.id, {
      fileName: "Schaden/Foto ä?.jpg",
      contentType: "image/jpeg",
      documentDate: date,
    });
    await createDocument(tenant.id, customer.id, { isVisibleToCustomer: false, fileName: "intern.pdf" });

    const data = await buildDataExport(await contextFor(user.id));
    const dir = mkdtempSync(path.join(tmpdir(), "my-data-"));
    try {
      const file = path.join(dir, exportFileName(data.customerNumber, data.exportedAt, "de_DE"));
      await writeExportZip(data, createWriteStream(file), { brokerName: tenant.name });
      const listing = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).trim().split("\n").sort();
      expect(listing).toEqual(
        [
          "daten.json",
          "LIESMICH.txt",
          "dokumente/2025-03-01_Police.pdf",
          "dokumente/2025-03-01_police-2.pdf",
          "dokumente/2025-03-01_Foto_ä_.jpg",
        ].sort(),
      );
      execFileSync("unzip", ["-tq", file]); // CRCs check out
      const json = JSON.parse(execFileSync("unzip", ["-p", file, "daten.json"], { encoding: "utf8" }));
      expect(json.documents.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([first.id, second.id]));
      expect(json.documents).toHaveLength(3);
      const pdf = execFileSync("unzip", ["-p", file, "dokumente/2025-03-01_Police.pdf"]);
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const readme = execFileSync("unzip", ["-p", file, "LIESMICH.txt"], { encoding: "utf8" });
      expect(readme).toContain("Art. 15 DSGVO");
      expect(readme).toContain("English");
      expect(path.basename(file)).toMatch(new RegExp(`^meine-daten-${customer.customerNumber}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
      expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lists a document whose file cannot be read instead of failing the whole export", async () => {
    const tenant = await createTenant();
    const { customer, user } = await portalCustomer(tenant.id, { PROFILE: "READ" });
    await createDocument(tenant.id, customer.id, { fileName: "da.pdf", documentDate: new Date("2025-01-02") });
    const gone = await createDocument(tenant.id, customer.id, { fileName: "weg.pdf", documentDate: new Date("2025-01-02") });
    await deleteObject(gone.storageKey);
    const data = await buildDataExport(await contextFor(user.id));
    const dir = mkdtempSync(path.join(tmpdir(), "my-data-"));
    try {
      const file = path.join(dir, "export.zip");
      await writeExportZip(data, createWriteStream(file), { brokerName: tenant.name });
      const listing = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).trim().split("\n");
      expect(listing).toContain("dokumente/2025-01-02_da.pdf");
      expect(listing).not.toContain("dokumente/2025-01-02_weg.pdf");
      expect(execFileSync("unzip", ["-p", file, "FEHLENDE_DATEIEN.txt"], { encoding: "utf8" })).toContain(
        "dokumente/2025-01-02_weg.pdf",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sanitises file names", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("Rechnung März 2025 (final).pdf")).toBe("Rechnung_März_2025_final_.pdf");
    expect(sanitizeFileName("...")).toBe("dokument");
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`)).toHaveLength(120);
  });
});

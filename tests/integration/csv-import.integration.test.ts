import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { previewImport } from "@/lib/data/import/preview-import";
import { runImport } from "@/lib/data/import/run-import";
import { db } from "@/lib/db/client";
import type { ImportRequest } from "@/lib/validation/import";
import { seedCatalog, type Catalog } from "@/prisma/seed/catalog";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let catalog: Catalog;

beforeAll(async () => {
  catalog = await seedCatalog(db);
});

/** Windows-1252 bytes, as German Excel saves "CSV (Trennzeichen-getrennt)". */
function excelCsv(lines: string[]): Uint8Array {
  const special: Record<string, number> = { ä: 0xe4, ö: 0xf6, ü: 0xfc, Ä: 0xc4, Ö: 0xd6, Ü: 0xdc, ß: 0xdf, "€": 0x80 };
  return Uint8Array.from([...lines.join("\r\n")].map((c) => special[c] ?? c.charCodeAt(0)));
}

const utf8Csv = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

const CONTRACT_HEADER =
  "Kd-Nr.;Anrede;Vorname;Name;Geburtsdatum;E-Mail;PLZ;Ort;VS-Nr;Gesellschaft;Sparte;Tarif;Status;Beginn;Ablauf;Beitrag;Zahlweise";

async function ownerOfNewTenant() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenantId: tenant.id, ctx: await contextFor(owner.id) };
}

function unwrap<T>(outcome: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome)}`);
  return outcome.data;
}

describe("CSV import of contracts", () => {
  it("reports exactly the three bad rows with row number and reason and imports the rest", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const file = excelCsv([
      CONTRACT_HEADER,
      "K-1;Frau;Jörg;Müller;01.02.1980;mueller@example.de;20095;Hamburg;HR-1;Allianz;130;Hausrat Komfort;aktiv;01.01.2024;01.01.2025;12,50;monatlich",
      "K-1;;;;;;;;PHV-1;allianz;040;Privathaftpflicht;aktiv;01.01.2024;;59,90;jährlich",
      "K-2;Herr;Max;Groß;;;80331;München;KFZ-7;HUK-COBURG;050;;Angebot;2024-03-01;;1.234,56;12",
      "K-2;;;;;;;;KFZ-8;HUK-COBURG;999;;aktiv;01.03.2024;;;",
      "K-1;;;;;;;;RS-1;Neue Rechtsschutz AG;070;;storniert;31.02.2024;;120;jährlich",
      "K-4;Frau;Eva;Ärmel;;;;;;Allianz;130;;aktiv;;;;",
      "K-5;Herr;Ulf;Öz;;;;;LV-9;Allianz;010;Rente;aktiv;01.01.2020;;100;vierteljährlich",
    ]);
    const request: ImportRequest = { kind: "contracts", source: "Ameise" };

    const preview = unwrap(await previewImport(ctx, file, request));
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.mappingOrigin).toBe("suggested");
    expect(preview.errors).toEqual([
      { row: 5, field: "line", message: "import.errors.lineUnknown" },
      { row: 6, field: "startDate", message: "contracts.validation.dateInvalid" },
      { row: 7, field: "policyNumber", message: "import.errors.policyNumberRequired" },
    ]);
    expect(preview).toMatchObject({ rowCount: 7, validRows: 4, errorRows: 3 });
    expect(preview.counts).toEqual({
      customersCreated: 3,
      customersUpdated: 0,
      customersUnchanged: 0,
      contractsCreated: 4,
      contractsUpdated: 0,
      contractsUnchanged: 0,
      insurersAdded: 0,
    });
    expect(await db.contract.count({ where: { tenantId } })).toBe(0);

    const report = unwrap(await runImport(ctx, file, request));
    expect(report.errors).toEqual(preview.errors);
    expect(report.counts).toEqual(preview.counts);

    const muller = await db.customer.findUniqueOrThrow({
      where: { tenantId_customerNumber: { tenantId, customerNumber: "K-1" } },
      include: { contracts: { orderBy: { policyNumber: "asc" } } },
    });
    expect([muller.firstName, muller.lastName, muller.birthDate?.toISOString().slice(0, 10)]).toEqual([
      "Jörg",
      "Müller",
      "1980-02-01",
    ]);
    expect(muller.contracts.map((c) => [c.policyNumber, c.grossPremium?.toFixed(2), c.paymentFrequency, c.origin])).toEqual([
      ["HR-1", "12.50", "MONTHLY", "IMPORT"],
      ["PHV-1", "59.90", "YEARLY", "IMPORT"],
    ]);
    const motor = await db.contract.findFirstOrThrow({ where: { tenantId, policyNumber: "KFZ-7" } });
    expect([motor.status, motor.grossPremium?.toFixed(2), motor.insurerId]).toEqual([
      "OFFER",
      "1234.56",
      catalog.insurer("HUK-COBURG"),
    ]);
    const munich = await db.customer.findFirstOrThrow({ where: { tenantId, customerNumber: "K-2" } });
    expect([munich.lastName, munich.city, munich.country]).toEqual(["Groß", "München", "DE"]);
    expect(await db.customer.count({ where: { tenantId, customerNumber: "K-4" } })).toBe(0);
    expect(await db.insurer.count({ where: { tenantId } })).toBe(0);
  });

  it("creates nothing when the same file is imported again and updates only what changed", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const customer = await createCustomer(tenantId, { customerNumber: "K-77" });
    // entered by hand before the import: adopted, not duplicated
    const handMade = await createContract(tenantId, customer.id, {
      insurerId: catalog.insurer("Allianz"),
      lineId: catalog.line("040"),
      policyNumber: "PHV 555",
      grossPremium: "59.90",
      paymentFrequency: "YEARLY",
      startDate: new Date("2024-01-01"),
      product: "Privathaftpflicht",
      status: "ACTIVE",
    });
    const lines = (premium: string) => [
      "Kundennummer;VS-Nr;Gesellschaft;Sparte;Tarif;Beginn;Beitrag;Zahlweise",
      "K-77;PHV-555;Allianz;040;Privathaftpflicht;01.01.2024;59,90;jährlich",
      `K-77;HR-9;Allianz;130;Hausrat;01.01.2024;${premium};monatlich`,
    ];
    const request: ImportRequest = { kind: "contracts", source: "Excel" };

    const first = unwrap(await runImport(ctx, utf8Csv(lines("10,00")), request));
    expect(first.counts).toMatchObject({ contractsCreated: 1, contractsUpdated: 1, contractsUnchanged: 0, customersCreated: 0 });
    const adopted = await db.contract.findUniqueOrThrow({ where: { id: handMade.id } });
    expect([adopted.importKey, adopted.policyNumber]).toEqual([`PHV555|${catalog.insurer("Allianz")}`, "PHV 555"]);

    const again = unwrap(await runImport(ctx, utf8Csv(lines("10,00")), request));
    expect(again.counts).toEqual({
      customersCreated: 0,
      customersUpdated: 0,
      customersUnchanged: 0,
      contractsCreated: 0,
      contractsUpdated: 0,
      contractsUnchanged: 2,
      insurersAdded: 0,
    });
    expect(await db.contract.count({ where: { tenantId } })).toBe(2);

    const changed = unwrap(await runImport(ctx, utf8Csv(lines("11,00")), request));
    expect(changed.counts).toMatchObject({ contractsCreated: 0, contractsUpdated: 1, contractsUnchanged: 1 });
    const household = await db.contract.findFirstOrThrow({ where: { tenantId, policyNumber: "HR-9" } });
    expect(household.grossPremium?.toFixed(2)).toBe("11.00");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { tenantId, entityId: household.id, action: "contract.updated" },
      orderBy: { id: "desc" },
    });
    expect(audit.data).toEqual({ via: "import", fields: ["grossPremium"] });
  });

  it("adds insurers missing from the catalog to the tenant's own catalog once and counts them", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const file = utf8Csv([
      "Kundennummer;Vorname;Nachname;VS-Nr;Versicherer;Sparte",
      "K-1;Erika;Muster;A-1;Kleine Versicherung VVaG;130",
      "K-1;;;A-2;kleine versicherung vvag;040",
      "K-1;;;A-3;GOTHAER;040",
    ]);
    const report = unwrap(await runImport(ctx, file, { kind: "contracts", source: "Liste" }));
    expect(report.counts.insurersAdded).toBe(1);
    const own = await db.insurer.findMany({ where: { tenantId }, select: { id: true, name: true } });
    expect(own.map((i) => i.name)).toEqual(["Kleine Versicherung VVaG"]);
    const contracts = await db.contract.findMany({ where: { tenantId }, orderBy: { policyNumber: "asc" } });
    expect(contracts.map((c) => c.insurerId)).toEqual([own[0]!.id, own[0]!.id, catalog.insurer("Gothaer")]);
  });
});

describe("CSV import of customers", () => {
  it("never matches another tenant's customer with the same number", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const other = await createTenant();
    const foreign = await createCustomer(other.id, { customerNumber: "K-500", lastName: "Fremd", firstName: "Fritz" });
    const file = utf8Csv(["Kundennummer;Vorname;Nachname;Ort", "K-500;Anna;Eigen;Kiel"]);

    const report = unwrap(await runImport(ctx, file, { kind: "customers", source: "Liste" }));
    expect(report.counts).toMatchObject({ customersCreated: 1, customersUpdated: 0 });
    const own = await db.customer.findFirstOrThrow({ where: { tenantId, customerNumber: "K-500" } });
    expect(own.lastName).toBe("Eigen");
    const untouched = await db.customer.findUniqueOrThrow({ where: { id: foreign.id } });
    expect([untouched.lastName, untouched.city]).toEqual(["Fremd", null]);
  });

  it("keeps stored values for empty cells, reports e-mails in use and repeated numbers", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const stored = await createCustomer(tenantId, { customerNumber: "K-1", city: "Bremen", email: "alt@example.de" });
    await createCustomer(tenantId, { customerNumber: "K-9", email: "belegt@example.de" });
    const file = utf8Csv([
      "Kundennummer,Vorname,Nachname,Ort,E-Mail,Mobil",
      `K-1,,,,,0171 1234567`,
      `K-2,Paul,Neu,Kiel,belegt@example.de,`,
      `K-1,Erika,Zweimal,,,`,
    ]);
    const report = unwrap(await runImport(ctx, file, { kind: "customers", source: "Liste" }));
    expect(report.errors).toEqual([
      { row: 3, field: "email", message: { key: "customers.errors.emailTaken", values: { number: "K-9" } } },
      { row: 4, field: "customerNumber", message: "import.errors.customerTwiceInFile" },
    ]);
    const after = await db.customer.findUniqueOrThrow({ where: { id: stored.id } });
    expect([after.firstName, after.lastName, after.city, after.email, after.mobile]).toEqual([
      stored.firstName,
      stored.lastName,
      "Bremen",
      "alt@example.de",
      "+491711234567",
    ]);
  });

  it("remembers the mapping per source and kind for the next file of that source", async () => {
    const { ctx } = await ownerOfNewTenant();
    const file = utf8Csv(["Kennung;Familie;Rufname", "X-1;Muster;Erika"]);
    const mapping = { Kennung: "customerNumber", Familie: "lastName", Rufname: "firstName" } as const;
    unwrap(await runImport(ctx, file, { kind: "customers", source: "Altsystem", mapping }));

    const sameSource = unwrap(await previewImport(ctx, file, { kind: "customers", source: " altsystem " }));
    expect([sameSource.mappingOrigin, sameSource.mapping]).toEqual(["profile", mapping]);
    const otherSource = unwrap(await previewImport(ctx, file, { kind: "customers", source: "Anderes System" }));
    expect(otherSource.mappingOrigin).toBe("suggested");
    expect(otherSource.mappingProblems).toEqual([{ field: "customerNumber", message: "import.mapping.requiredMissing" }]);
    const otherKind = unwrap(await previewImport(ctx, file, { kind: "contracts", source: "Altsystem" }));
    expect(otherKind.mappingOrigin).toBe("suggested");

    const otherTenant = await ownerOfNewTenant();
    const elsewhere = unwrap(await previewImport(otherTenant.ctx, file, { kind: "customers", source: "Altsystem" }));
    expect(elsewhere.mappingOrigin).toBe("suggested");
  });

  it("gives customers it creates the office's default releases, like the customer form", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const template = await db.releaseTemplate.create({ data: { tenantId, name: "Standard", levels: { INSURANCE: "READ" } } });
    await db.tenant.update({ where: { id: tenantId }, data: { defaultReleaseTemplateId: template.id } });
    const existing = await createCustomer(tenantId, { customerNumber: "K-OLD" });
    const file = utf8Csv(["Kundennummer;Vorname;Nachname;Ort", "K-NEW;Erika;Neu;Kiel", "K-OLD;;;Kiel"]);
    unwrap(await runImport(ctx, file, { kind: "customers", source: "Liste" }));
    const created = await db.customer.findFirstOrThrow({
      where: { tenantId, customerNumber: "K-NEW" },
      include: { releases: true },
    });
    expect(created.releases.map((r) => [r.module, r.level])).toEqual([["INSURANCE", "READ"]]);
    expect(await db.moduleRelease.count({ where: { customerId: existing.id } })).toBe(0);
  });

  it("audits one import.completed entry with counts and no personal data", async () => {
    const { tenantId, ctx } = await ownerOfNewTenant();
    const name = `Geheim${uniqueSuffix()}`;
    unwrap(
      await runImport(ctx, utf8Csv(["Kundennummer;Vorname;Nachname", `K-1;Erika;${name}`]), {
        kind: "customers",
        source: "Liste",
      }),
    );
    const entries = await db.auditLog.findMany({ where: { tenantId, action: "import.completed" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data).toMatchObject({ kind: "customers", rows: 1, validRows: 1, errorRows: 0, customersCreated: 1 });
    expect(JSON.stringify(entries[0]!.data)).not.toContain(name);
  });
});

describe("who may import", () => {
  const file = utf8Csv(["Kundennummer;Vorname;Nachname", "K-1;Erika;Muster"]);
  const request: ImportRequest = { kind: "customers", source: "Liste" };

  it("refuses staff without the right to edit customer data, and customers", async () => {
    const tenant = await createTenant();
    const partner = await createStaff(tenant.id, { role: "partner" });
    const customer = await createCustomer(tenant.id);
    const login = await createCustomerUser(tenant.id, customer.id);
    for (const userId of [partner.id, login.id]) {
      const ctx = await contextFor(userId);
      await expect(previewImport(ctx, file, request)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(runImport(ctx, file, request)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await expect(runImport(null, file, request)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.customer.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("lets an advisor limited to own customers import only into their own customers", async () => {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor" });
    const colleague = await createStaff(tenant.id, { role: "advisor" });
    await createCustomer(tenant.id, { customerNumber: "K-MINE", advisorId: advisor.id });
    await createCustomer(tenant.id, { customerNumber: "K-THEIRS", advisorId: colleague.id, city: "Bonn" });
    const rows = utf8Csv(["Kundennummer;Vorname;Nachname;Ort", "K-MINE;;;Köln", "K-THEIRS;;;Köln", "K-NEW;Neu;Kunde;Köln"]);

    const report = unwrap(await runImport(await contextFor(advisor.id), rows, { kind: "customers", source: "Liste" }));
    expect(report.errors).toEqual([{ row: 3, field: "customerNumber", message: "import.errors.customerNotEditable" }]);
    const byNumber = Object.fromEntries(
      (await db.customer.findMany({ where: { tenantId: tenant.id } })).map((c) => [c.customerNumber, c]),
    );
    expect(byNumber["K-MINE"]!.city).toBe("Köln");
    expect(byNumber["K-THEIRS"]!.city).toBe("Bonn");
    expect(byNumber["K-NEW"]!.advisorId).toBe(advisor.id);
  });
});

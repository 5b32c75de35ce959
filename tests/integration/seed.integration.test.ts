import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { getObjectBytes } from "@/lib/storage/get-object";
import { keyBelongsToTenant } from "@/lib/storage/object-key";
import { DEMO_LOGINS } from "@/prisma/seed/demo-logins";
import { seedDemo } from "@/prisma/seed/index";

describe("demo seed", () => {
  it("creates the demo brokers with customers, contracts and stored documents, and is a no-op the second time", async () => {
    const existedBefore = (await db.tenant.count({ where: { slug: { in: ["demo", "nord"] } } })) === 2;

    const first = await seedDemo();
    if (!existedBefore) expect(first.seeded).toBe(true);

    const demo = await db.tenant.findUniqueOrThrow({ where: { slug: "demo" } });
    expect(demo.name).toBe("Muster Versicherungsmakler GmbH");
    expect(await db.customer.count({ where: { tenantId: demo.id } })).toBeGreaterThanOrEqual(5);
    expect(await db.contract.count({ where: { tenantId: demo.id } })).toBeGreaterThanOrEqual(15);

    const max = await db.customer.findFirstOrThrow({ where: { tenantId: demo.id, customerNumber: "K-10001" } });
    expect(await db.contract.count({ where: { tenantId: demo.id, customerId: max.id } })).toBeGreaterThanOrEqual(6);
    const releases = await db.moduleRelease.findMany({ where: { customerId: max.id } });
    expect(Object.fromEntries(releases.map((r) => [r.module, r.level]))).toMatchObject({
      INSURANCE: "READ",
      PROFILE: "WRITE",
      OTHER_CONTRACTS: "WRITE",
      CLAIMS: "WRITE",
      COMMUNICATION: "WRITE",
      FINANCE: "HIDDEN",
    });
    expect(await db.householdConsent.count({ where: { tenantId: demo.id, granteeCustomerId: max.id } })).toBe(1);
    const subsidiary = await db.customer.findFirstOrThrow({
      where: { tenantId: demo.id, companyName: "Muster Logistik Transport GmbH" },
    });
    expect(subsidiary.parentCompanyId).not.toBeNull();

    // every document row points at a real object in S3 with the recorded size and hash
    const documents = await db.document.findMany({ where: { tenantId: demo.id } });
    expect(documents.length).toBeGreaterThanOrEqual(8);
    for (const doc of documents) {
      expect(keyBelongsToTenant(doc.storageKey, demo.id)).toBe(true);
      const bytes = await getObjectBytes(doc.storageKey);
      expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      expect(bytes.length).toBe(doc.sizeBytes);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(doc.sha256);
    }
    const maxDocs = documents.filter((d) => d.customerId === max.id);
    expect(maxDocs.some((d) => !d.isVisibleToCustomer)).toBe(true);
    expect(maxDocs.filter((d) => d.isVisibleToCustomer).length).toBeGreaterThanOrEqual(4);

    // the documented logins work: active accounts in the right tenant with the documented password
    for (const login of DEMO_LOGINS) {
      const user = await db.user.findFirstOrThrow({ where: { email: login.email, tenant: { slug: login.tenant } } });
      expect(user.status).toBe("ACTIVE");
      expect(await verifyPassword(user.passwordHash ?? "", login.password)).toBe(true);
    }

    const counts = async () => ({
      tenants: await db.tenant.count({ where: { slug: { in: ["demo", "nord"] } } }),
      customers: await db.customer.count(),
      contracts: await db.contract.count(),
      documents: await db.document.count(),
      users: await db.user.count(),
      companyUserRoles: await db.companyUserRole.count(),
      premiumInvoices: await db.premiumInvoice.count(),
      insuredObjects: await db.insuredObject.count(),
      claims: await db.claim.count(),
      lines: await db.lineOfBusiness.count({ where: { tenantId: null } }),
      insurers: await db.insurer.count({ where: { tenantId: null } }),
    });
    const before = await counts();
    const second = await seedDemo();
    expect(second.seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("gives Muster Logistik AG its portal accounts, role ceiling, premium invoices with PDFs, objects and a fleet claim", async () => {
    await seedDemo();
    const demo = await db.tenant.findUniqueOrThrow({ where: { slug: "demo" } });
    const logistik = await db.customer.findFirstOrThrow({ where: { tenantId: demo.id, customerNumber: "K-10004" } });
    const transport = await db.customer.findFirstOrThrow({ where: { tenantId: demo.id, customerNumber: "K-10005" } });
    expect(transport.parentCompanyId).toBe(logistik.id);

    // the broker's ceiling: every line role and group manager, never full access or user manager
    expect(new Set(logistik.companyRolesAllowed)).toEqual(
      new Set(["OCCUPATIONAL_PENSION", "PERSONAL_LINES", "FLEET_MANAGER", "OTHER_LINES", "GROUP_MANAGER"]),
    );
    expect(transport.companyRolesAllowed).toEqual([]);

    const levels = async (customerId: string) =>
      Object.fromEntries((await db.moduleRelease.findMany({ where: { customerId } })).map((r) => [r.module, r.level]));
    expect(await levels(logistik.id)).toMatchObject({ INSURANCE: "READ", INVOICES: "READ", CLAIMS: "WRITE" });
    expect(await levels(transport.id)).toMatchObject({ INSURANCE: "READ", INVOICES: "READ", CLAIMS: "READ", FINANCE: "HIDDEN" });

    // two company accounts, each tied to its contact person, with the roles the broker granted
    const accounts = await db.user.findMany({
      where: { tenantId: demo.id, customerId: logistik.id },
      include: { contactPerson: true, companyRoles: true },
    });
    const byEmail = new Map(accounts.map((a) => [a.email, a]));
    expect([...byEmail.keys()].sort()).toEqual(["cfo@demo.example", "firma@demo.example"]);
    const laura = byEmail.get("firma@demo.example")!;
    expect(laura.contactPerson).toMatchObject({
      firstName: "Laura",
      lastName: "Becker",
      position: "Portalverantwortliche",
      email: "firma@demo.example",
      customerId: logistik.id,
    });
    expect(laura.contactPerson?.mobile).toMatch(/^\+49\d+$/);
    const cfo = byEmail.get("cfo@demo.example")!;
    expect(cfo.contactPerson).toMatchObject({ firstName: "Stefan", lastName: "Krüger", position: "Vorstand Finanzen" });
    for (const account of [laura, cfo]) {
      expect(account).toMatchObject({ kind: "CUSTOMER", status: "ACTIVE" });
      expect(account.emailVerifiedAt).not.toBeNull();
      expect(account.phoneVerifiedAt).not.toBeNull();
      expect(account.phone).toBe(account.contactPerson?.mobile);
      expect(account.companyRoles.every((r) => r.grantedBy === "BROKER" && r.grantedById !== null)).toBe(true);
    }
    expect(laura.companyRoles.map((r) => r.role)).toEqual(["USER_MANAGER"]);
    expect(new Set(cfo.companyRoles.map((r) => r.role))).toEqual(new Set(["FULL_ACCESS", "GROUP_MANAGER"]));
    expect(await db.user.count({ where: { tenantId: demo.id, customerId: transport.id } })).toBe(0);

    // premium invoices: each with an INVOICE PDF on its own contract and customer, numbers unique
    const contracts = await db.contract.findMany({
      where: { tenantId: demo.id, customerId: { in: [logistik.id, transport.id] } },
      include: { line: true },
    });
    const contractByPolicy = new Map(contracts.map((c) => [c.policyNumber, c]));
    const invoices = await db.premiumInvoice.findMany({
      where: { tenantId: demo.id },
      include: { document: true },
      orderBy: { number: "asc" },
    });
    expect(invoices.map((i) => [i.number, i.contractId, i.status])).toEqual([
      ["PR-2026-0001", contractByPolicy.get("FL-70-556677")!.id, "PAID"],
      ["PR-2026-0002", contractByPolicy.get("FL-70-556677")!.id, "OPEN"],
      ["PR-2026-0003", contractByPolicy.get("BHV 400 902 331")!.id, "OPEN"],
      ["PR-2026-0004", contractByPolicy.get("DO-01-2288731")!.id, "OPEN"],
      ["PR-2026-0005", contractByPolicy.get("VH 3320 117 55")!.id, "OPEN"],
    ]);
    expect(contractByPolicy.get("DO-01-2288731")!.isConfidential).toBe(true);
    for (const invoice of invoices) {
      const contract = contracts.find((c) => c.id === invoice.contractId)!;
      expect(invoice.customerId).toBe(contract.customerId);
      expect(Number(invoice.amount)).toBeGreaterThan(0);
      expect(invoice.periodStart.getTime()).toBeLessThan(invoice.periodEnd.getTime());
      expect(invoice.document).toMatchObject({
        category: "INVOICE",
        contractId: invoice.contractId,
        customerId: invoice.customerId,
        isVisibleToCustomer: true,
        contentType: "application/pdf",
      });
      const bytes = await getObjectBytes(invoice.document!.storageKey);
      expect(bytes.length).toBe(invoice.document!.sizeBytes);
    }

    // insured objects: the vehicles on the motor fleet contract, the hall and a forklift on the fire contract
    const objects = await db.insuredObject.findMany({ where: { tenantId: demo.id, customerId: logistik.id } });
    const flotte = contractByPolicy.get("FL-70-556677")!;
    const halle = contractByPolicy.get("FEU 3319 440 02")!;
    expect(flotte.line?.group).toBe("MOTOR");
    expect(halle.line?.group).toBe("PROPERTY");
    const vehicles = objects.filter((o) => o.kind === "VEHICLE");
    expect(vehicles.map((v) => v.licensePlate).sort()).toEqual(["M-LG 101", "M-LG 102", "M-LG 210"]);
    for (const vehicle of vehicles) {
      expect(vehicle.contractId).toBe(flotte.id);
      expect(vehicle.vin).toHaveLength(17);
      expect(vehicle.manufacturer).toBeTruthy();
    }
    expect(objects.filter((o) => o.kind !== "VEHICLE").map((o) => [o.kind, o.name, o.contractId])).toEqual(
      expect.arrayContaining([
        ["BUILDING", "Lagerhalle Garching", halle.id],
        ["MACHINE", "Linde H50 Gabelstapler", halle.id],
      ]),
    );
    const machine = objects.find((o) => o.kind === "MACHINE")!;
    expect(machine.manufacturer).toBeTruthy();
    expect(machine.serialNumber).toBeTruthy();
    // the motor contracts of the group are the fleet only: a fleet manager sees the vehicles and nothing else
    expect(contracts.filter((c) => c.line?.group === "MOTOR").map((c) => c.policyNumber)).toEqual(["FL-70-556677"]);

    const claims = await db.claim.findMany({ where: { tenantId: demo.id, customerId: logistik.id }, include: { events: true } });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.contractId).toBe(flotte.id);
    expect(claims[0]!.description).toMatch(/^Parkschaden Sattelzug M-LG 101/);
    expect(claims[0]!.events.length).toBeGreaterThanOrEqual(1);
  });

  it("files lines of business under the groups company roles filter by", async () => {
    await seedDemo();
    const lines = await db.lineOfBusiness.findMany({ where: { tenantId: null } });
    const groupOf = (code: string) => lines.find((l) => l.code === code)?.group;
    expect(groupOf("010")).toBe("PERSONAL");
    expect(groupOf("020")).toBe("PERSONAL");
    expect(groupOf("030")).toBe("PERSONAL");
    for (const code of ["050", "051", "052", "053", "054", "055", "056"]) expect(groupOf(code)).toBe("MOTOR");
    expect(groupOf("130")).toBe("PROPERTY");
    expect(new Set(lines.map((l) => l.code)).size).toBe(lines.length);
  });
});

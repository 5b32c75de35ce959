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
      lines: await db.lineOfBusiness.count({ where: { tenantId: null } }),
      insurers: await db.insurer.count({ where: { tenantId: null } }),
    });
    const before = await counts();
    const second = await seedDemo();
    expect(second.seeded).toBe(false);
    expect(await counts()).toEqual(before);
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

// Small builders for integration tests: each test creates its own tenant and data, so tests
// never depend on the demo seed or on each other. Unique values come from a random suffix.
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db, Prisma } from "@/lib/db/client";
import { documentObjectKey } from "@/lib/storage/object-key";
import { putObject } from "@/lib/storage/put-object";
import { DEFAULT_STAFF_ROLES } from "@/prisma/seed/staff-roles";

export const TEST_PASSWORD = "Korrekt-Pferd-Batterie-42";

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createTenant(overrides: Partial<Prisma.TenantUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? `t-${uniqueSuffix()}`;
  return db.tenant.create({ data: { name: `Makler ${slug}`, ...overrides, slug } });
}

export type StaffRoleKey = "owner" | "admin" | "advisor" | "backoffice" | "partner";

/**
 * Staff user with the given role; the tenant's StaffRole row is created from the defaults if missing.
 * Marked as enrolled in TOTP (staff without a second factor get no request context); pass
 * `totpEnabledAt: null` for a staff member who still has to enrol.
 */
export async function createStaff(
  tenantId: string,
  options: { role: StaffRoleKey; password?: string } & Partial<Prisma.UserUncheckedCreateInput> = { role: "owner" },
) {
  const { role, password, ...overrides } = options;
  const template = DEFAULT_STAFF_ROLES.find((r) => r.key === role);
  if (!template) throw new Error(`unknown staff role ${role}`);
  const staffRole = await db.staffRole.upsert({
    where: { tenantId_key: { tenantId, key: role } },
    update: {},
    create: {
      tenantId,
      key: template.key,
      name: template.name,
      rights: template.rights,
      onlyOwnCustomers: template.onlyOwnCustomers,
      hideFinancials: template.hideFinancials,
    },
  });
  return db.user.create({
    data: {
      tenantId,
      email: `${role}-${uniqueSuffix()}@test.example`,
      kind: "STAFF",
      status: "ACTIVE",
      firstName: "Test",
      lastName: role,
      passwordHash: await hashPassword(password ?? TEST_PASSWORD),
      emailVerifiedAt: new Date(),
      totpEnabledAt: new Date(),
      ...overrides,
      staffRoleId: staffRole.id,
    },
    include: { staffRole: true },
  });
}

export async function createCustomer(tenantId: string, overrides: Partial<Prisma.CustomerUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.customer.create({
    data: {
      tenantId,
      kind: "PERSON",
      customerNumber: `K-${suffix}`,
      firstName: "Erika",
      lastName: `Muster-${suffix}`,
      email: `kunde-${suffix}@test.example`,
      ...overrides,
    },
  });
}

export async function createContract(
  tenantId: string,
  customerId: string,
  overrides: Partial<Prisma.ContractUncheckedCreateInput> = {},
) {
  return db.contract.create({
    data: {
      tenantId,
      customerId,
      module: "INSURANCE",
      status: "ACTIVE",
      insurerName: "Test Versicherung AG",
      policyNumber: `P-${uniqueSuffix()}`,
      product: "Privathaftpflicht",
      startDate: new Date("2024-01-01"),
      grossPremium: "59.90",
      paymentFrequency: "YEARLY",
      ...overrides,
    },
  });
}

/** A minimal valid one-page PDF (magic bytes %PDF-), enough for type checks and downloads. */
export function tinyPdf(text = "Testdokument"): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Document row plus its object in S3 (a tiny PDF under the server-generated key). */
export async function createDocument(
  tenantId: string,
  customerId: string,
  overrides: Partial<Prisma.DocumentUncheckedCreateInput> & { body?: Buffer } = {},
) {
  const { body: givenBody, ...rest } = overrides;
  const body = givenBody ?? tinyPdf();
  const storageKey = rest.storageKey ?? documentObjectKey(tenantId, customerId);
  const contentType = rest.contentType ?? "application/pdf";
  await putObject(storageKey, body, contentType);
  return db.document.create({
    data: {
      tenantId,
      customerId,
      category: "POLICY",
      title: "Versicherungsschein",
      fileName: "versicherungsschein.pdf",
      sizeBytes: body.length,
      sha256: createHash("sha256").update(body).digest("hex"),
      isVisibleToCustomer: true,
      ...rest,
      contentType,
      storageKey,
    },
  });
}

/** Active customer login for an existing customer record. */
export async function createCustomerUser(
  tenantId: string,
  customerId: string,
  options: { password?: string } & Partial<Prisma.UserUncheckedCreateInput> = {},
) {
  const { password, ...overrides } = options;
  return db.user.create({
    data: {
      tenantId,
      customerId,
      email: `login-${uniqueSuffix()}@test.example`,
      kind: "CUSTOMER",
      status: "ACTIVE",
      passwordHash: await hashPassword(password ?? TEST_PASSWORD),
      emailVerifiedAt: new Date(),
      ...overrides,
    },
  });
}

// A company world for the access-rule acceptance tests: one office with holding H → subsidiary S →
// S's own subsidiary SS, an unrelated company X, and a company in another office. Every contract carries
// one visible document, one premium invoice, one insured object and one claim; H also has a general
// (contract-less) document and a contract-less invoice, object and claim. Items are named by keys
// ("hMotor", contract-less ones "h:none") so tests compare plain sets of names. Items no customer may ever
// see (not released by the office, quarantined, deleted, on a deleted contract) carry no key: if one leaks, it
// shows up as "foreign:<id>".
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { CompanyRole, Customer, InsuredObjectKind, PortalModule, ReleaseLevel, UserStatus } from "@/lib/db/generated/client";
import type { RequestContext } from "@/lib/data/context/types";
import { LINES_OF_BUSINESS } from "@/prisma/seed/catalog-data";
import { createContract, createDocument, createTenant, TEST_PASSWORD, uniqueSuffix } from "./factories";
import { contextFor } from "./request-context";

export type CompanyKey = "h" | "s" | "ss" | "x" | "o";

export const CONTRACT_KEYS = [
  "hBav",
  "hHealth",
  "hMotor",
  "hLiab",
  "hFire",
  "hMachine",
  "hNoLine",
  "hDo",
  "sMotor",
  "sLiab",
  "ssFire",
  "xMotor",
  "oMotor",
] as const;
export type ContractKey = (typeof CONTRACT_KEYS)[number];
/** A contract key, or "<company>:none" for an item without a contract. */
export type ItemKey = ContractKey | `${CompanyKey}:none`;

export type ItemKind = "contract" | "document" | "invoice" | "object" | "claim";

/** The modules every company of the world has released as READ. */
export const COMPANY_RELEASES: Partial<Record<PortalModule, ReleaseLevel>> = {
  INSURANCE: "READ",
  INVOICES: "READ",
  CLAIMS: "READ",
  PROFILE: "READ",
  COMMUNICATION: "READ",
};

type ContractSpec = {
  company: CompanyKey;
  line: string | null;
  object: InsuredObjectKind;
  occupationalPension?: boolean;
  confidential?: boolean;
};

// 171 "Maschinen" is in the platform catalog with group PROPERTY (prisma/seed/catalog-data.ts).
const CONTRACTS: Record<ContractKey, ContractSpec> = {
  hBav: { company: "h", line: "010", object: "OTHER", occupationalPension: true },
  hHealth: { company: "h", line: "020", object: "OTHER" },
  hMotor: { company: "h", line: "051", object: "VEHICLE" },
  hLiab: { company: "h", line: "040", object: "OTHER" },
  hFire: { company: "h", line: "080", object: "BUILDING" },
  hMachine: { company: "h", line: "171", object: "MACHINE" },
  hNoLine: { company: "h", line: null, object: "OTHER" },
  hDo: { company: "h", line: "040", object: "OTHER", confidential: true },
  sMotor: { company: "s", line: "051", object: "VEHICLE" },
  sLiab: { company: "s", line: "040", object: "OTHER" },
  ssFire: { company: "ss", line: "080", object: "BUILDING" },
  xMotor: { company: "x", line: "051", object: "VEHICLE" },
  oMotor: { company: "o", line: "051", object: "VEHICLE" },
};

const LINE_CODES = ["010", "020", "040", "051", "080", "171"];

export type CompanyWorld = {
  tenant: { id: string; slug: string };
  otherTenant: { id: string; slug: string };
  companies: Record<CompanyKey, Customer>;
  contractIds: Record<ContractKey, string>;
  /** id → key of every item of the world, per kind */
  keys: Record<ItemKind, Map<string, ItemKey>>;
  /** every keyed item of one kind with its key (for get-by-id checks) */
  idsOf: (kind: ItemKind) => { id: string; key: ItemKey }[];
};

/** The key of each id (an id outside the world shows as "foreign:<id>", so it fails any set comparison). */
export function keysOf(world: CompanyWorld, kind: ItemKind, ids: readonly string[]): string[] {
  return ids.map((id) => world.keys[kind].get(id) ?? `foreign:${id}`).sort();
}

/** The office's own copies of the catalog lines the world uses, with the catalog's group. */
async function createLines(tenantId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const code of LINE_CODES) {
    const seed = LINES_OF_BUSINESS.find((l) => l.code === code);
    if (!seed) throw new Error(`line ${code} missing from the catalog`);
    const line = await db.lineOfBusiness.create({
      data: { tenantId, code, name: seed.name, nameEn: seed.nameEn, group: seed.group, parentCode: seed.parentCode },
    });
    ids.set(code, line.id);
  }
  return ids;
}

async function createCompany(tenantId: string, name: string, parentCompanyId: string | null = null) {
  const suffix = uniqueSuffix();
  const company = await db.customer.create({
    data: {
      tenantId,
      kind: "COMPANY",
      customerNumber: `F-${suffix}`,
      companyName: `${name} ${suffix}`,
      legalForm: "GmbH",
      email: `firma-${suffix}@test.example`,
      parentCompanyId,
    },
  });
  await db.moduleRelease.createMany({
    data: Object.entries(COMPANY_RELEASES).map(([module, level]) => ({
      tenantId,
      customerId: company.id,
      module: module as PortalModule,
      level: level as ReleaseLevel,
    })),
  });
  return company;
}

type ItemOwner = { tenantId: string; customerId: string; contractId: string | null; key: ItemKey };

async function createItems(owner: ItemOwner, object: InsuredObjectKind, keys: CompanyWorld["keys"]) {
  const { tenantId, customerId, contractId, key } = owner;
  const suffix = uniqueSuffix();
  const document = await createDocument(tenantId, customerId, {
    contractId,
    category: contractId ? "POLICY" : "OTHER",
    title: `Dokument ${key}`,
    fileName: `dokument-${key}.pdf`,
  });
  const invoice = await db.premiumInvoice.create({
    data: {
      tenantId,
      customerId,
      contractId,
      number: `R-${suffix}`,
      amount: "120.00",
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-12-31"),
      dueDate: new Date("2026-01-15"),
    },
  });
  const insuredObject = await db.insuredObject.create({
    data: {
      tenantId,
      customerId,
      contractId,
      kind: object,
      name: `Objekt ${key}`,
      ...(object === "VEHICLE" ? { licensePlate: `M-AB ${suffix.slice(0, 4)}`, vin: `WDB${suffix}00000000`.slice(0, 17) } : {}),
      ...(object === "BUILDING" ? { street: "Lagerstraße 1", postalCode: "80331", city: "München" } : {}),
      ...(object === "MACHINE" ? { manufacturer: "Trumpf", serialNumber: `SN-${suffix}` } : {}),
    },
  });
  const claim = await db.claim.create({
    data: { tenantId, customerId, contractId, occurredOn: new Date("2026-02-01"), description: `Schaden ${key}` },
  });
  keys.document.set(document.id, key);
  keys.invoice.set(invoice.id, key);
  keys.object.set(insuredObject.id, key);
  keys.claim.set(claim.id, key);
}

/** Builds the whole world in a new office (and a second office for "o"). */
export async function buildCompanyWorld(): Promise<CompanyWorld> {
  const tenant = await createTenant();
  const otherTenant = await createTenant();
  const lines = new Map([
    [tenant.id, await createLines(tenant.id)],
    [otherTenant.id, await createLines(otherTenant.id)],
  ]);

  const h = await createCompany(tenant.id, "Muster Holding");
  const s = await createCompany(tenant.id, "Muster Logistik", h.id);
  const ss = await createCompany(tenant.id, "Muster Lager", s.id);
  const x = await createCompany(tenant.id, "Fremdfirma");
  // a (corrupt) link across offices: O names H as its holding, which must not widen anyone's scope
  const o = await createCompany(otherTenant.id, "Anderes Büro Firma", h.id);
  const companies: Record<CompanyKey, Customer> = { h, s, ss, x, o };

  const keys: CompanyWorld["keys"] = {
    contract: new Map(),
    document: new Map(),
    invoice: new Map(),
    object: new Map(),
    claim: new Map(),
  };
  const contractIds = {} as Record<ContractKey, string>;
  for (const key of CONTRACT_KEYS) {
    const spec = CONTRACTS[key];
    const company = companies[spec.company];
    const contract = await createContract(company.tenantId, company.id, {
      lineId: spec.line ? lines.get(company.tenantId)?.get(spec.line) : null,
      product: `Vertrag ${key}`,
      isOccupationalPension: spec.occupationalPension ?? false,
      isConfidential: spec.confidential ?? false,
    });
    contractIds[key] = contract.id;
    keys.contract.set(contract.id, key);
    await createItems({ tenantId: company.tenantId, customerId: company.id, contractId: contract.id, key }, spec.object, keys);
  }
  await createItems({ tenantId: tenant.id, customerId: h.id, contractId: null, key: "h:none" }, "BUILDING", keys);

  // never visible to any customer: not released by the office, quarantined, deleted. They have no key, so a
  // leak shows up as "foreign:<id>" in any set comparison.
  const hidden = { tenantId: tenant.id, customerId: h.id };
  for (const contractId of [contractIds.hMotor, null]) {
    await createDocument(tenant.id, h.id, { contractId, title: "Interner Vermerk", isVisibleToCustomer: false });
    await createDocument(tenant.id, h.id, { contractId, title: "Virusverdacht", scanState: "INFECTED" });
    await createDocument(tenant.id, h.id, { contractId, title: "Gelöscht", deletedAt: new Date() });
    await db.insuredObject.create({ data: { ...hidden, contractId, kind: "VEHICLE", name: "Verkauft", deletedAt: new Date() } });
  }
  const deletedContract = await createContract(tenant.id, h.id, {
    lineId: lines.get(tenant.id)?.get("051"),
    product: "Gelöschter Vertrag",
    deletedAt: new Date(),
  });
  // items of a deleted contract follow it (claims are left out: whether they outlive their contract is open)
  await createDocument(tenant.id, h.id, { contractId: deletedContract.id, title: "Alte Police" });
  await db.insuredObject.create({ data: { ...hidden, contractId: deletedContract.id, kind: "VEHICLE", name: "Altwagen" } });
  await db.premiumInvoice.create({
    data: {
      ...hidden,
      contractId: deletedContract.id,
      number: `R-${uniqueSuffix()}`,
      amount: "99.00",
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2025-12-31"),
      dueDate: new Date("2025-01-15"),
    },
  });

  return {
    tenant,
    otherTenant,
    companies,
    contractIds,
    keys,
    idsOf: (kind) => [...keys[kind].entries()].map(([id, key]) => ({ id, key })),
  };
}

let cachedHash: Promise<string> | null = null;
/** One argon2 hash for all company accounts (hashing per account would dominate the run time). */
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export type CompanyAccount = { user: { id: string; email: string }; contactPersonId: string };
export type CompanyUser = CompanyAccount & { ctx: RequestContext };

/**
 * A contact person of `company` with a customer account (status ACTIVE unless given) holding `roles`
 * (granted by the broker). No context is loaded: see companyUser.
 */
export async function companyAccount(
  company: Pick<Customer, "id" | "tenantId">,
  roles: CompanyRole[],
  { status = "ACTIVE" }: { status?: UserStatus } = {},
): Promise<CompanyAccount> {
  const suffix = uniqueSuffix();
  const email = `mitarbeiter-${suffix}@test.example`;
  const contact = await db.contactPerson.create({
    data: {
      tenantId: company.tenantId,
      customerId: company.id,
      firstName: "Max",
      lastName: `Mitarbeiter-${suffix}`,
      email,
      position: "Sachbearbeitung",
      mobile: "+4915112345678",
    },
  });
  const user = await db.user.create({
    data: {
      tenantId: company.tenantId,
      customerId: company.id,
      contactPersonId: contact.id,
      email,
      phone: "+4915112345678",
      kind: "CUSTOMER",
      status,
      firstName: contact.firstName,
      lastName: contact.lastName,
      passwordHash: await passwordHash(),
      emailVerifiedAt: new Date(),
      phoneVerifiedAt: new Date(),
    },
    select: { id: true, email: true },
  });
  await setCompanyRoles(user.id, company.tenantId, roles);
  return { user, contactPersonId: contact.id };
}

/** An ACTIVE company account with `roles` and the request context it gets on its office's host. */
export async function companyUser(company: Pick<Customer, "id" | "tenantId">, roles: CompanyRole[]): Promise<CompanyUser> {
  const account = await companyAccount(company, roles);
  return { ...account, ctx: await contextFor(account.user.id) };
}

/** Replaces an account's company roles (as the broker would). */
export async function setCompanyRoles(userId: string, tenantId: string, roles: CompanyRole[]) {
  await db.companyUserRole.deleteMany({ where: { userId } });
  if (roles.length === 0) return;
  await db.companyUserRole.createMany({
    data: roles.map((role) => ({ tenantId, userId, role, grantedBy: "BROKER" as const })),
  });
}

/** Sets one module release of a company (upsert), e.g. to hide INSURANCE of a subsidiary. */
export async function setRelease(company: Pick<Customer, "id" | "tenantId">, module: PortalModule, level: ReleaseLevel) {
  await db.moduleRelease.upsert({
    where: { customerId_module: { customerId: company.id, module } },
    create: { tenantId: company.tenantId, customerId: company.id, module, level },
    update: { level },
  });
}

import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { createCustomer } from "@/lib/data/customers/create-customer";
import { updateCustomer } from "@/lib/data/customers/update-customer";
import { db } from "@/lib/db/client";
import type { CustomerInput } from "@/lib/validation/customer";
import { createCustomer as seedCustomer, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

function person(overrides: Partial<Extract<CustomerInput, { kind: "PERSON" }>> = {}): CustomerInput {
  const suffix = uniqueSuffix();
  return {
    kind: "PERSON",
    salutation: "Frau",
    title: "",
    firstName: "Erika",
    lastName: `Neukundin-${suffix}`,
    birthDate: "1984-03-12",
    email: `erika-${suffix}@test.example`,
    mobile: "+49 170 1234567",
    phone: "",
    street: "Hauptstraße 1",
    postalCode: "20095",
    city: "Hamburg",
    country: "DE",
    advisorId: "",
    customerNumber: "",
    notes: "",
    bankAccounts: [],
    ...overrides,
  };
}

function company(overrides: Partial<Extract<CustomerInput, { kind: "COMPANY" }>> = {}): CustomerInput {
  return {
    kind: "COMPANY",
    companyName: `Muster Holding ${uniqueSuffix()}`,
    legalForm: "AG",
    parentCompanyId: "",
    email: "",
    mobile: "",
    phone: "",
    street: "",
    postalCode: "",
    city: "",
    country: "DE",
    advisorId: "",
    customerNumber: "",
    notes: "",
    bankAccounts: [],
    ...overrides,
  };
}

let tenantId: string;
let ownerId: string;

beforeAll(async () => {
  const tenant = await createTenant();
  tenantId = tenant.id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
});

describe("creating customers", () => {
  it("creates a person with the next customer number, E.164 mobile, normalised IBAN and an audit entry", async () => {
    const ctx = await contextFor(ownerId);
    await seedCustomer(tenantId, { customerNumber: "K-10041" });
    const result = await createCustomer(
      ctx,
      person({ bankAccounts: [{ holder: "Erika Neukundin", iban: "de89 3704 0044 0532 0130 00", bic: "cobadeffxxx" }] }),
    );
    expect(result).toMatchObject({ ok: true, customerNumber: "K-10042" });
    if (!result.ok) return;
    const stored = await db.customer.findUniqueOrThrow({ where: { id: result.id }, include: { bankAccounts: true } });
    expect(stored.mobile).toBe("+491701234567");
    expect(stored.birthDate?.toISOString().slice(0, 10)).toBe("1984-03-12");
    expect(stored.bankAccounts).toMatchObject([{ iban: "DE89370400440532013000", bic: "COBADEFFXXX", isDefault: true }]);
    const audit = await db.auditLog.findFirst({ where: { tenantId, action: "customer.created", entityId: result.id } });
    expect(audit?.actorUserId).toBe(ownerId);
  });

  it("refuses an IBAN with a wrong check digit and stores nothing", async () => {
    const ctx = await contextFor(ownerId);
    const input = person({ bankAccounts: [{ holder: "X", iban: "DE88370400440532013000", bic: "" }] });
    const result = await createCustomer(ctx, input);
    expect(result).toMatchObject({ ok: false, fieldErrors: { bankAccounts: "customers.validation.ibanInvalid" } });
    const lastName = (input as { lastName: string }).lastName;
    expect(await db.customer.count({ where: { tenantId, lastName } })).toBe(0);
  });

  it("refuses bad input with a message per field: German postcode, future birthday, letters as mobile", async () => {
    const ctx = await contextFor(ownerId);
    const result = await createCustomer(ctx, person({ postalCode: "2009", birthDate: "2999-01-01", mobile: "ruf mich an" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        birthDate: "customers.validation.birthDateOutOfRange",
        mobile: "customers.validation.mobileInvalid",
        postalCode: "customers.validation.postalCodeInvalid",
      },
    });
    const swiss = await createCustomer(ctx, person({ country: "CH", postalCode: "20095" }));
    expect(swiss).toMatchObject({ ok: false, fieldErrors: { postalCode: "customers.validation.postalCodeInvalid" } });
  });

  it("refuses a second customer with the same e-mail and names the existing one", async () => {
    const ctx = await contextFor(ownerId);
    const existing = await seedCustomer(tenantId);
    const result = await createCustomer(ctx, person({ email: existing.email!.toUpperCase() }));
    expect(result).toEqual({
      ok: false,
      field: "email",
      error: { key: "customers.errors.emailTaken", values: { number: existing.customerNumber } },
    });
  });

  it("warns about the same name and birth date and creates the record once the broker confirms", async () => {
    const ctx = await contextFor(ownerId);
    const first = person();
    expect((await createCustomer(ctx, first)).ok).toBe(true);
    const again = { ...first, email: "", mobile: "" };
    expect(await createCustomer(ctx, again)).toMatchObject({ ok: false, field: "confirmSimilar" });
    expect(await createCustomer(ctx, { ...again, confirmSimilar: true })).toMatchObject({ ok: true });
  });

  it("refuses a customer number the broker typed that is already taken", async () => {
    const ctx = await contextFor(ownerId);
    const existing = await seedCustomer(tenantId);
    expect(await createCustomer(ctx, person({ customerNumber: existing.customerNumber }))).toEqual({
      ok: false,
      field: "customerNumber",
      error: "customers.errors.customerNumberTaken",
    });
  });

  it("assigns an advisor limited to own customers as advisor, whatever the form says", async () => {
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const result = await createCustomer(await contextFor(advisor.id), person({ advisorId: ownerId }));
    if (!result.ok) throw new Error("expected success");
    expect((await db.customer.findUniqueOrThrow({ where: { id: result.id } })).advisorId).toBe(advisor.id);
  });

  it("starts a new customer with the office's default release template", async () => {
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    const template = await db.releaseTemplate.create({
      data: { tenantId: tenant.id, name: "Standard", levels: { INSURANCE: "READ", COMMUNICATION: "WRITE" } },
    });
    await db.tenant.update({ where: { id: tenant.id }, data: { defaultReleaseTemplateId: template.id } });
    const result = await createCustomer(await contextFor(owner.id), person());
    if (!result.ok) throw new Error("expected success");
    const releases = await db.moduleRelease.findMany({
      where: { customerId: result.id, level: { not: "HIDDEN" } },
      orderBy: { module: "asc" },
    });
    expect(releases.map((r) => [r.module, r.level])).toEqual([
      ["COMMUNICATION", "WRITE"],
      ["INSURANCE", "READ"],
    ]);
  });

  it("keeps numbering after a typed 12-digit K-number and refuses longer ones", async () => {
    const tenant = await createTenant();
    const ctx = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
    expect(await createCustomer(ctx, person({ customerNumber: "K-9999999999999" }))).toMatchObject({
      ok: false,
      fieldErrors: { customerNumber: "customers.validation.customerNumberInvalid" },
    });
    expect(await createCustomer(ctx, person({ customerNumber: "K-999999999999" }))).toMatchObject({ ok: true });
    expect(await createCustomer(ctx, person())).toMatchObject({ ok: true, customerNumber: "K-1000000000000" });
    expect(await createCustomer(ctx, person())).toMatchObject({ ok: true, customerNumber: "K-1000000000001" });
  });

  it("does not name another advisor's customer when an advisor enters an e-mail already in use", async () => {
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const theirs = await seedCustomer(tenantId, { advisorId: ownerId });
    expect(await createCustomer(await contextFor(advisor.id), person({ email: theirs.email! }))).toEqual({
      ok: false,
      field: "email",
      error: "customers.errors.emailTakenElsewhere",
    });
  });

  it("refuses contact data on a new customer from staff without the contact-data right, and creates it without", async () => {
    const role = await db.staffRole.create({
      data: {
        tenantId,
        key: `no-contact-${uniqueSuffix()}`,
        name: "Ohne Kontaktdaten",
        rights: { viewCustomers: true, editCustomers: true },
      },
    });
    const clerk = await createStaff(tenantId, { role: "backoffice" });
    await db.user.update({ where: { id: clerk.id }, data: { staffRoleId: role.id } });
    const ctx = await contextFor(clerk.id);
    expect(await createCustomer(ctx, person())).toEqual({
      ok: false,
      field: "email",
      error: "customers.errors.noContactDataRight",
    });
    expect(await createCustomer(ctx, person({ email: "", mobile: "" }))).toMatchObject({ ok: true });
  });

  it("refuses staff without the right to edit customers", async () => {
    const partner = await createStaff(tenantId, { role: "partner" });
    await expect(createCustomer(await contextFor(partner.id), person())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses an advisor from another tenant as advisor", async () => {
    const other = await createTenant();
    const foreign = await createStaff(other.id, { role: "advisor" });
    const result = await createCustomer(await contextFor(ownerId), person({ advisorId: foreign.id }));
    expect(result).toEqual({ ok: false, field: "advisorId", error: "customers.validation.advisorInvalid" });
  });
});

describe("editing customers", () => {
  it("refuses changes to a customer whose processing is restricted", async () => {
    const ctx = await contextFor(ownerId);
    const restricted = await seedCustomer(tenantId, { restrictedAt: new Date() });
    await expect(
      updateCustomer(ctx, restricted.id, person({ customerNumber: restricted.customerNumber })),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("saves changes and audits the changed field names without their values", async () => {
    const ctx = await contextFor(ownerId);
    const created = await createCustomer(ctx, person());
    if (!created.ok) throw new Error("setup");
    const input = person({ city: "Lübeck", postalCode: "23552", customerNumber: created.customerNumber });
    const stored = await db.customer.findUniqueOrThrow({ where: { id: created.id } });
    Object.assign(input, { firstName: stored.firstName, lastName: stored.lastName, email: stored.email, mobile: stored.mobile });
    expect(await updateCustomer(ctx, created.id, input)).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirst({ where: { action: "customer.updated", entityId: created.id } });
    expect(audit?.data).toEqual({ fields: expect.arrayContaining(["city", "postalCode"]) });
    expect(JSON.stringify(audit?.data)).not.toContain("Lübeck");
  });

  it("refuses to make a company the parent of its own parent", async () => {
    const ctx = await contextFor(ownerId);
    const holding = await createCustomer(ctx, company());
    if (!holding.ok) throw new Error("setup");
    const subsidiary = await createCustomer(ctx, company({ parentCompanyId: holding.id }));
    if (!subsidiary.ok) throw new Error("setup");
    const holdingRow = await db.customer.findUniqueOrThrow({ where: { id: holding.id } });
    const loop = await updateCustomer(
      ctx,
      holding.id,
      company({
        companyName: holdingRow.companyName!,
        parentCompanyId: subsidiary.id,
        customerNumber: holdingRow.customerNumber,
      }),
    );
    expect(loop).toEqual({ ok: false, field: "parentCompanyId", error: "customers.errors.parentLoop" });
  });

  it("refuses a customer of another tenant and an advisor's edit of someone else's customer", async () => {
    const other = await createTenant();
    const foreignCustomer = await seedCustomer(other.id);
    await expect(updateCustomer(await contextFor(ownerId), foreignCustomer.id, person())).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const notTheirs = await seedCustomer(tenantId, { advisorId: ownerId });
    await expect(updateCustomer(await contextFor(advisor.id), notTheirs.id, person())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses changing bank accounts without that right and keeps the stored ones", async () => {
    const ctx = await contextFor(ownerId);
    const created = await createCustomer(
      ctx,
      person({ bankAccounts: [{ holder: "A", iban: "DE89370400440532013000", bic: "" }] }),
    );
    if (!created.ok) throw new Error("setup");
    const role = await db.staffRole.create({
      data: {
        tenantId,
        key: `no-bank-${uniqueSuffix()}`,
        name: "Ohne Bankdaten",
        rights: { viewCustomers: true, editCustomers: true, editContactData: true },
      },
    });
    const clerk = await createStaff(tenantId, { role: "backoffice" });
    await db.user.update({ where: { id: clerk.id }, data: { staffRoleId: role.id } });
    const row = await db.customer.findUniqueOrThrow({ where: { id: created.id } });
    const result = await updateCustomer(
      await contextFor(clerk.id),
      created.id,
      person({
        firstName: row.firstName!,
        lastName: row.lastName!,
        email: row.email!,
        customerNumber: row.customerNumber,
        bankAccounts: [{ holder: "B", iban: "CH9300762011623852957", bic: "" }],
      }),
    );
    expect(result).toEqual({ ok: false, field: "bankAccounts", error: "customers.errors.noBankAccountRight" });
    // The same clerk's form leaves the accounts out: the other changes save, the accounts stay.
    const withoutAccounts = person({
      firstName: row.firstName!,
      lastName: row.lastName!,
      email: row.email!,
      customerNumber: row.customerNumber,
      city: "Kiel",
      postalCode: "24103",
      bankAccounts: undefined,
    });
    expect(await updateCustomer(await contextFor(clerk.id), created.id, withoutAccounts)).toMatchObject({ ok: true });
    expect(await db.bankAccount.findMany({ where: { customerId: created.id }, select: { iban: true } })).toEqual([
      { iban: "DE89370400440532013000" },
    ]);
  });
});

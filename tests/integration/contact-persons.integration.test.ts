import { beforeAll, describe, expect, it } from "vitest";
import type { StaffRights } from "@/lib/auth/staff-rights";
import { createContactPerson } from "@/lib/data/contacts/create-contact-person";
import { deleteContactPerson } from "@/lib/data/contacts/delete-contact-person";
import { listContactPersons } from "@/lib/data/contacts/list-contact-persons";
import { updateContactPerson } from "@/lib/data/contacts/update-contact-person";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getCompanyStructure } from "@/lib/data/customers/get-company-structure";
import { db } from "@/lib/db/client";
import type { ContactPersonInput } from "@/lib/validation/contact-person";
import { createCustomer, createCustomerUser, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

function contact(overrides: Partial<ContactPersonInput> = {}): ContactPersonInput {
  return {
    firstName: "Jana",
    lastName: `Kontakt-${uniqueSuffix()}`,
    position: "Geschäftsführerin",
    email: "  Jana.Kontakt@Firma.Example ",
    businessPhone: "0049 40 123-456",
    mobile: "+49 (170) 555 0123",
    ...overrides,
  };
}

function company(tenantId: string, overrides: Parameters<typeof createCustomer>[1] = {}) {
  return createCustomer(tenantId, {
    kind: "COMPANY",
    firstName: null,
    lastName: null,
    companyName: `Firma ${uniqueSuffix()}`,
    ...overrides,
  });
}

/** Stores a role's rights with the given changes, as the role editor would. */
async function setRights(tenantId: string, key: string, change: Partial<StaffRights>) {
  const role = await db.staffRole.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key } } });
  await db.staffRole.update({ where: { id: role.id }, data: { rights: { ...(role.rights as StaffRights), ...change } } });
}

let tenantId: string;
let ownerId: string;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
});

describe("contact persons of a company", () => {
  it("creates, updates and deletes a contact person with E.164 phones, a lower-case e-mail and field-only audit entries", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);

    const created = await createContactPerson(ctx, firm.id, contact());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await db.contactPerson.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      tenantId,
      customerId: firm.id,
      email: "jana.kontakt@firma.example",
      businessPhone: "+4940123456",
      mobile: "+491705550123",
    });

    const updated = await updateContactPerson(
      ctx,
      created.id,
      contact({ lastName: stored.lastName, mobile: "", position: "Prokuristin" }),
    );
    expect(updated).toEqual({ ok: true, id: created.id });
    const afterUpdate = await db.contactPerson.findUniqueOrThrow({ where: { id: created.id } });
    expect(afterUpdate).toMatchObject({ mobile: null, position: "Prokuristin", businessPhone: "+4940123456" });

    const listed = await listContactPersons(ctx, firm.id);
    expect(listed?.items.map((c) => c.id)).toEqual([created.id]);
    expect(listed?.canManage).toBe(true);

    expect(await deleteContactPerson(ctx, created.id)).toEqual({ ok: true, id: created.id });
    expect(await db.contactPerson.count({ where: { id: created.id } })).toBe(0);

    const audit = await db.auditLog.findMany({
      where: { tenantId, entityId: created.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, customerId: true, data: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["contact_person.created", "contact_person.updated", "contact_person.deleted"]);
    expect(audit[1]?.data).toEqual({ fields: ["position", "mobile"] });
    expect(audit.every((a) => a.customerId === firm.id)).toBe(true);
    // The log names fields, never the personal values.
    expect(JSON.stringify(audit)).not.toMatch(/jana|\+49|Prokuristin/i);
  });

  it("refuses an invalid phone number and e-mail with their field keys and stores nothing", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const result = await createContactPerson(ctx, firm.id, contact({ businessPhone: "040 123456", email: "kein-at" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { businessPhone: "contacts.validation.businessPhoneInvalid", email: "contacts.validation.emailInvalid" },
    });
    expect(await db.contactPerson.count({ where: { customerId: firm.id } })).toBe(0);
  });

  it("refuses a contact person on a private (PERSON) customer", async () => {
    const ctx = await contextFor(ownerId);
    const person = await createCustomer(tenantId);
    expect(await createContactPerson(ctx, person.id, contact())).toEqual({ ok: false, error: "contacts.errors.notACompany" });
    expect(await listContactPersons(ctx, person.id)).toBeNull();
    expect(await db.contactPerson.count({ where: { customerId: person.id } })).toBe(0);
  });

  it("refuses another tenant's company for every read and write", async () => {
    const otherTenant = (await createTenant()).id;
    const foreignFirm = await company(otherTenant);
    const foreignContact = await db.contactPerson.create({
      data: { tenantId: otherTenant, customerId: foreignFirm.id, firstName: "Fremd", lastName: "Kontakt" },
    });
    const ctx = await contextFor(ownerId);

    await expect(createContactPerson(ctx, foreignFirm.id, contact())).rejects.toThrow(AccessDeniedError);
    await expect(updateContactPerson(ctx, foreignContact.id, contact())).rejects.toThrow(AccessDeniedError);
    await expect(deleteContactPerson(ctx, foreignContact.id)).rejects.toThrow(AccessDeniedError);
    expect(await listContactPersons(ctx, foreignFirm.id)).toBeNull();
    expect(await getCompanyStructure(ctx, foreignFirm.id)).toBeNull();
    const unchanged = await db.contactPerson.findUniqueOrThrow({ where: { id: foreignContact.id } });
    expect(unchanged.lastName).toBe("Kontakt");
    expect(await db.contactPerson.count({ where: { customerId: foreignFirm.id } })).toBe(1);
  });

  it("refuses staff whose role lacks 'manage contact persons' but still lets them read", async () => {
    const office = (await createTenant()).id;
    const clerk = await createStaff(office, { role: "backoffice" });
    const firm = await company(office);
    const existing = await db.contactPerson.create({
      data: { tenantId: office, customerId: firm.id, firstName: "Bleibt", lastName: "Bestehen" },
    });
    await setRights(office, "backoffice", { manageContactPersons: false });
    const ctx = await contextFor(clerk.id);

    await expect(createContactPerson(ctx, firm.id, contact())).rejects.toThrow(AccessDeniedError);
    await expect(updateContactPerson(ctx, existing.id, contact())).rejects.toThrow(AccessDeniedError);
    await expect(deleteContactPerson(ctx, existing.id)).rejects.toThrow(AccessDeniedError);
    expect(await db.contactPerson.count({ where: { customerId: firm.id } })).toBe(1);
    const listed = await listContactPersons(ctx, firm.id);
    expect(listed).toMatchObject({ canManage: false, items: [{ id: existing.id }] });
  });

  it("refuses staff without 'view customer data' even to read the contact persons", async () => {
    const office = (await createTenant()).id;
    const clerk = await createStaff(office, { role: "backoffice" });
    const firm = await company(office);
    await setRights(office, "backoffice", { viewCustomers: false });
    const ctx = await contextFor(clerk.id);
    expect(await listContactPersons(ctx, firm.id)).toBeNull();
    expect(await getCompanyStructure(ctx, firm.id)).toBeNull();
    await expect(createContactPerson(ctx, firm.id, contact())).rejects.toThrow(AccessDeniedError);
  });

  it("refuses an advisor limited to own customers for another advisor's company", async () => {
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const colleague = await createStaff(tenantId, { role: "advisor" });
    const ownFirm = await company(tenantId, { advisorId: advisor.id });
    const colleaguesFirm = await company(tenantId, { advisorId: colleague.id });
    const colleaguesContact = await db.contactPerson.create({
      data: { tenantId, customerId: colleaguesFirm.id, firstName: "Nicht", lastName: "Meins" },
    });
    const ctx = await contextFor(advisor.id);

    await expect(createContactPerson(ctx, colleaguesFirm.id, contact())).rejects.toThrow(AccessDeniedError);
    await expect(updateContactPerson(ctx, colleaguesContact.id, contact())).rejects.toThrow(AccessDeniedError);
    await expect(deleteContactPerson(ctx, colleaguesContact.id)).rejects.toThrow(AccessDeniedError);
    expect(await listContactPersons(ctx, colleaguesFirm.id)).toBeNull();
    expect(await db.contactPerson.count({ where: { customerId: colleaguesFirm.id } })).toBe(1);
    // …while their own company works.
    expect((await createContactPerson(ctx, ownFirm.id, contact())).ok).toBe(true);
  });

  it("refuses deleting a contact person with an active portal account and allows it once the account is deactivated", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const person = await db.contactPerson.create({
      data: { tenantId, customerId: firm.id, firstName: "Portal", lastName: "Nutzerin" },
    });
    const login = await createCustomerUser(tenantId, firm.id, { contactPersonId: person.id });

    expect((await listContactPersons(ctx, firm.id))?.items[0]?.hasPortalAccount).toBe(true);
    expect(await deleteContactPerson(ctx, person.id)).toEqual({ ok: false, error: "contacts.errors.hasPortalAccount" });
    expect(await db.contactPerson.count({ where: { id: person.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "contact_person.deleted", entityId: person.id } })).toBe(0);

    await db.user.update({ where: { id: login.id }, data: { status: "DISABLED" } });
    expect(await deleteContactPerson(ctx, person.id)).toEqual({ ok: true, id: person.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: login.id } })).contactPersonId).toBeNull();
  });
});

describe("company structure", () => {
  it("shows the parent chain from the top holding down and the direct subsidiaries, without another tenant's companies", async () => {
    const ctx = await contextFor(ownerId);
    const holding = await company(tenantId, { companyName: "Holding AG" });
    const middle = await company(tenantId, { companyName: "Zwischen GmbH", parentCompanyId: holding.id });
    const firm = await company(tenantId, { companyName: "Betrieb GmbH", parentCompanyId: middle.id });
    const subB = await company(tenantId, { companyName: "B Tochter GmbH", parentCompanyId: firm.id });
    const subA = await company(tenantId, { companyName: "A Tochter GmbH", parentCompanyId: firm.id });
    await company(tenantId, { companyName: "Enkel GmbH", parentCompanyId: subA.id });
    // A row pointing across tenants must never surface (only reachable by a broken import or tampering).
    const otherTenant = (await createTenant()).id;
    await company(otherTenant, { companyName: "Fremde Tochter", parentCompanyId: firm.id });

    const structure = await getCompanyStructure(ctx, firm.id);
    expect(structure?.parents.map((p) => p.name)).toEqual(["Holding AG", "Zwischen GmbH"]);
    expect(structure?.parents[0]).toEqual({ id: holding.id, name: "Holding AG", customerNumber: holding.customerNumber });
    expect(structure?.subsidiaries.map((s) => s.id)).toEqual([subA.id, subB.id]);
    expect(structure?.moreSubsidiaries).toBe(false);
  });

  it("stops the chain at a parent of another tenant and at a stored loop", async () => {
    const ctx = await contextFor(ownerId);
    const otherTenant = (await createTenant()).id;
    const foreignHolding = await company(otherTenant, { companyName: "Fremde Holding" });
    const firm = await company(tenantId, { parentCompanyId: foreignHolding.id });
    expect((await getCompanyStructure(ctx, firm.id))?.parents).toEqual([]);

    const a = await company(tenantId, { companyName: "Kreis A" });
    const b = await company(tenantId, { companyName: "Kreis B", parentCompanyId: a.id });
    await db.customer.update({ where: { id: a.id }, data: { parentCompanyId: b.id } });
    const looped = await getCompanyStructure(ctx, a.id);
    expect(looped?.parents.map((p) => p.name)).toEqual(["Kreis B"]);
    expect(looped?.subsidiaries.map((s) => s.name)).toEqual(["Kreis B"]);
  });

  it("shows an advisor only the group companies of their own book", async () => {
    const advisor = await createStaff(tenantId, { role: "advisor" });
    const holding = await company(tenantId, { companyName: "Fremdbetreute Holding" });
    const firm = await company(tenantId, { advisorId: advisor.id, parentCompanyId: holding.id });
    const ownSub = await company(tenantId, { advisorId: advisor.id, parentCompanyId: firm.id });
    await company(tenantId, { parentCompanyId: firm.id });
    const structure = await getCompanyStructure(await contextFor(advisor.id), firm.id);
    expect(structure).toEqual({
      parents: [],
      subsidiaries: [{ id: ownSub.id, name: ownSub.companyName, customerNumber: ownSub.customerNumber }],
      moreSubsidiaries: false,
    });
  });
});

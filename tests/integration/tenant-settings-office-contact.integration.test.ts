import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { getContactCard } from "@/lib/data/portal/get-contact-card";
import { getOfficeContact } from "@/lib/data/tenant-settings/get-office-contact";
import { updateOfficeContact } from "@/lib/data/tenant-settings/update-office-contact";
import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator-for";
import type { OfficeContactInput } from "@/lib/validation/tenant-settings";
import { lastMailTo } from "../setup/branded-mail";
import { createCustomer, createStaff, createTenant, uniqueSuffix, type StaffRoleKey } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

// "Kontaktdaten Ihres Büros" on Einstellungen → Allgemein: a tenant the operator created has none of
// them until the owner enters them here; customers then see them on their contact card.

const COLUMNS = ["legalName", "contactEmail", "contactPhone", "street", "postalCode", "city", "country", "officeHours"] as const;

const stored = (tenantId: string) =>
  db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: Object.fromEntries(COLUMNS.map((c) => [c, true])) });

const settingsAudits = (tenantId: string) =>
  db.auditLog.findMany({ where: { tenantId, action: "tenant.settingsChanged" }, orderBy: { id: "asc" } });

/** A freshly created tenant (no contact details, as after the operator created it) with its owner. */
async function newOffice() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenant, ownerCtx: await contextFor(owner.id) };
}

/** Every field filled in, as the form sends it. */
const fullContact = (overrides: Partial<OfficeContactInput> = {}): OfficeContactInput => ({
  legalName: "  Berger Versicherungsmakler GmbH ",
  contactEmail: "Info@Berger-Makler.example",
  contactPhone: "+49 89 1234567-0",
  street: "Leopoldstraße 12",
  postalCode: "80802",
  city: "München",
  country: "DE",
  officeHours: "Mo–Do 9–17 Uhr\nFr 9–14 Uhr",
  ...overrides,
});

describe("entering the office's contact details", () => {
  it.each<StaffRoleKey>(["owner", "admin"])(
    "lets the %s save every field, stores it trimmed and audits only the field names",
    async (role) => {
      const { tenant } = await newOffice();
      const ctx = await contextFor((await createStaff(tenant.id, { role })).id);

      const result = await updateOfficeContact(ctx, fullContact());

      expect(result).toEqual({ ok: true, id: tenant.id, changed: COLUMNS.filter((c) => c !== "country") });
      const expected = {
        legalName: "Berger Versicherungsmakler GmbH",
        contactEmail: "info@berger-makler.example",
        contactPhone: "+49 89 1234567-0",
        street: "Leopoldstraße 12",
        postalCode: "80802",
        city: "München",
        country: "DE",
        officeHours: "Mo–Do 9–17 Uhr\nFr 9–14 Uhr",
      };
      expect(await stored(tenant.id)).toEqual(expected);
      expect(await getOfficeContact(ctx)).toEqual(expected);
      const [audit, ...more] = await settingsAudits(tenant.id);
      expect(more).toEqual([]);
      expect(audit).toMatchObject({ actorUserId: ctx!.actor.id, entityType: "Tenant", entityId: tenant.id });
      expect(audit!.data).toEqual({ fields: COLUMNS.filter((c) => c !== "country") });
      // the history can name every field it lists
      const german = translatorFor("de-DE");
      for (const field of COLUMNS) expect(german.has(`audit.fields.${field}`)).toBe(true);
    },
  );

  it("shows the saved details on the customers' contact card and answers invitations to the office address", async () => {
    const { tenant, ownerCtx } = await newOffice();
    const { ctx: customerCtx } = await portalCustomer(tenant.id, {});
    expect((await getContactCard(customerCtx)).office).toMatchObject({
      phone: null,
      email: null,
      street: null,
      officeHours: null,
    });

    expect(await updateOfficeContact(ownerCtx, fullContact())).toMatchObject({ ok: true });

    expect((await getContactCard(customerCtx)).office).toEqual({
      name: tenant.name,
      phone: "+49 89 1234567-0",
      email: "info@berger-makler.example",
      street: "Leopoldstraße 12",
      postalCode: "80802",
      city: "München",
      officeHours: "Mo–Do 9–17 Uhr\nFr 9–14 Uhr",
    });
    const email = `kunde-${uniqueSuffix()}@test.example`;
    const invited = await createCustomer(tenant.id, { email, mobile: "+491725551234" });
    expect(await sendInvitation(ownerCtx, { customerId: invited.id })).toMatchObject({ ok: true });
    expect((await lastMailTo(tenant.id, email)).replyTo).toBe("info@berger-makler.example");
  });

  it("accepts a Swiss address with a four-digit postcode", async () => {
    const { tenant, ownerCtx } = await newOffice();
    const swiss = fullContact({ street: "Bahnhofstrasse 1", postalCode: "8001", city: "Zürich", country: "CH" });
    expect(await updateOfficeContact(ownerCtx, swiss)).toMatchObject({ ok: true });
    expect(await stored(tenant.id)).toMatchObject({ postalCode: "8001", city: "Zürich", country: "CH" });
  });

  it("empties fields the owner clears, so the contact card no longer shows them", async () => {
    const { tenant, ownerCtx } = await newOffice();
    await updateOfficeContact(ownerCtx, fullContact());
    const cleared = { legalName: "", contactPhone: "", street: "", postalCode: "", city: "", officeHours: "  " };

    expect(await updateOfficeContact(ownerCtx, fullContact(cleared))).toMatchObject({
      ok: true,
      changed: ["legalName", "contactPhone", "street", "postalCode", "city", "officeHours"],
    });
    expect(await stored(tenant.id)).toEqual({
      legalName: null,
      contactEmail: "info@berger-makler.example",
      contactPhone: null,
      street: null,
      postalCode: null,
      city: null,
      country: "DE",
      officeHours: null,
    });
  });

  it("writes no audit entry when nothing changed", async () => {
    const { tenant, ownerCtx } = await newOffice();
    await updateOfficeContact(ownerCtx, fullContact());
    expect(await updateOfficeContact(ownerCtx, fullContact())).toMatchObject({ ok: true, changed: [] });
    expect(await settingsAudits(tenant.id)).toHaveLength(1);
  });
});

describe("refusing wrong contact details", () => {
  const V = "tenantSettings.contact.validation";
  it.each<[string, Partial<OfficeContactInput>, Record<string, string>]>([
    ["an e-mail address without a domain", { contactEmail: "info@" }, { contactEmail: `${V}.emailInvalid` }],
    ["a phone number with letters", { contactPhone: "089 CALL-NOW" }, { contactPhone: `${V}.phoneInvalid` }],
    ["a German postcode with four digits", { postalCode: "8080" }, { postalCode: `${V}.postalCodeDe` }],
    ["a Swiss postcode with five digits", { postalCode: "80802", country: "CH" }, { postalCode: `${V}.postalCodeCh` }],
    ["a country other than Germany or Switzerland", { country: "AT" as "DE" }, { country: `${V}.countryInvalid` }],
    [
      "a street without postcode and town",
      { postalCode: "", city: "" },
      { postalCode: `${V}.addressIncomplete`, city: `${V}.addressIncomplete` },
    ],
    ["office hours over 300 characters", { officeHours: "x".repeat(301) }, { officeHours: `${V}.officeHoursTooLong` }],
    ["a company name over 200 characters", { legalName: "x".repeat(201) }, { legalName: `${V}.legalNameTooLong` }],
  ])("refuses %s and changes nothing", async (_, wrong, fieldErrors) => {
    const { tenant, ownerCtx } = await newOffice();
    await updateOfficeContact(ownerCtx, fullContact());
    const before = await stored(tenant.id);

    expect(await updateOfficeContact(ownerCtx, fullContact(wrong))).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors,
    });
    expect(await stored(tenant.id)).toEqual(before);
    expect(await settingsAudits(tenant.id)).toHaveLength(1);
  });

  it("shows every wrong field at once, the address as well as the e-mail", async () => {
    const { ownerCtx } = await newOffice();
    const result = await updateOfficeContact(ownerCtx, fullContact({ contactEmail: "kein-at", postalCode: "123" }));
    expect(result).toMatchObject({ fieldErrors: { contactEmail: `${V}.emailInvalid`, postalCode: `${V}.postalCodeDe` } });
  });
});

describe("who may change the office's contact details", () => {
  it.each<StaffRoleKey>(["advisor", "backoffice", "partner"])("refuses the %s and changes nothing", async (role) => {
    const { tenant } = await newOffice();
    const ctx = await contextFor((await createStaff(tenant.id, { role })).id);
    const before = await stored(tenant.id);

    await expect(updateOfficeContact(ctx, fullContact())).rejects.toThrow(AccessDeniedError);
    await expect(getOfficeContact(ctx)).rejects.toThrow(AccessDeniedError);
    expect(await stored(tenant.id)).toEqual(before);
    expect(await settingsAudits(tenant.id)).toEqual([]);
  });

  it("refuses a customer", async () => {
    const { tenant } = await newOffice();
    const { ctx } = await portalCustomer(tenant.id, {});
    await expect(updateOfficeContact(ctx, fullContact())).rejects.toThrow(AccessDeniedError);
  });

  it("leaves another tenant's contact details and history untouched", async () => {
    const a = await newOffice();
    const b = await newOffice();
    await updateOfficeContact(b.ownerCtx, fullContact({ legalName: "Nord Makler AG", contactEmail: "nord@nord.example" }));
    const bBefore = await stored(b.tenant.id);

    expect(await updateOfficeContact(a.ownerCtx, fullContact())).toMatchObject({ ok: true, id: a.tenant.id });

    expect(await stored(b.tenant.id)).toEqual(bBefore);
    expect(await settingsAudits(b.tenant.id)).toHaveLength(1);
    expect(await getOfficeContact(b.ownerCtx)).toMatchObject({ legalName: "Nord Makler AG", contactEmail: "nord@nord.example" });
  });
});

import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { saveReleaseTemplate } from "@/lib/data/releases/save-release-template";
import { getTenantSettings } from "@/lib/data/tenant-settings/get-tenant-settings";
import { updateTenantSettings } from "@/lib/data/tenant-settings/update-tenant-settings";
import { db } from "@/lib/db/client";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { hiddenLevels } from "@/lib/validation/releases";
import type { TenantSettingsInput } from "@/lib/validation/tenant-settings";
import { createCustomer, createCustomerUser, createStaff, createTenant, type StaffRoleKey } from "../setup/factories";
import { contextFor } from "../setup/request-context";

// Einstellungen → Allgemein: who may save it, what is stored, and that a wrong value changes nothing.

const MB = 1024 * 1024;
const german = translatorFor("de-DE");
const text = (message: Msg | undefined) => translateMessage(german, message ?? "common.errors.checkInput");

const stored = (tenantId: string) =>
  db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: {
      locale: true,
      currency: true,
      customer2faPolicy: true,
      sessionIdleMinutes: true,
      sessionAbsoluteHours: true,
      documentMaxBytes: true,
      defaultReleaseTemplateId: true,
    },
  });

const settingsAudits = (tenantId: string) =>
  db.auditLog.findMany({ where: { tenantId, action: "tenant.settingsChanged" }, orderBy: { id: "asc" } });

/** A tenant with its defaults, an owner and one release template. */
async function office() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  const ownerCtx = await contextFor(owner.id);
  const template = await saveReleaseTemplate(ownerCtx, null, {
    name: "Privatkunde Standard",
    levels: { ...hiddenLevels(), INSURANCE: "READ" },
  });
  if (!template.ok) throw new Error(`template not created: ${JSON.stringify(template)}`);
  return { tenant, ownerCtx, templateId: template.id };
}

/** Every field different from the defaults (de_DE, EUR, OPTIONAL, 60 min, 24 h, 25 MB, no template), as the form sends it. */
const everyFieldChanged = (templateId: string): TenantSettingsInput => ({
  locale: "de_CH",
  currency: "CHF",
  customer2faPolicy: "REQUIRED",
  sessionIdleMinutes: "15",
  sessionAbsoluteHours: "8",
  documentMaxMb: "10",
  defaultReleaseTemplateId: templateId,
});

describe("saving the general settings", () => {
  it.each<StaffRoleKey>(["owner", "admin"])(
    "lets the %s save every field, stores it and audits the field names",
    async (role) => {
      const { tenant, templateId } = await office();
      const ctx = await contextFor((await createStaff(tenant.id, { role })).id);

      const result = await updateTenantSettings(ctx, everyFieldChanged(templateId));

      expect(result).toEqual({
        ok: true,
        id: tenant.id,
        changed: [
          "locale",
          "currency",
          "customer2faPolicy",
          "sessionIdleMinutes",
          "sessionAbsoluteHours",
          "documentMaxBytes",
          "defaultReleaseTemplateId",
        ],
      });
      expect(await stored(tenant.id)).toEqual({
        locale: "de_CH",
        currency: "CHF",
        customer2faPolicy: "REQUIRED",
        sessionIdleMinutes: 15,
        sessionAbsoluteHours: 8,
        documentMaxBytes: 10 * MB,
        defaultReleaseTemplateId: templateId,
      });
      const [audit, ...more] = await settingsAudits(tenant.id);
      expect(more).toEqual([]);
      expect(audit).toMatchObject({ actorUserId: ctx.actor.id, actorKind: "staff", entityType: "Tenant", entityId: tenant.id });
      expect(audit?.data).toEqual({ fields: result.ok ? result.changed : [] });
      // the page shows what was stored, the limit back in MB
      expect((await getTenantSettings(ctx)).values).toEqual({
        locale: "de_CH",
        currency: "CHF",
        customer2faPolicy: "REQUIRED",
        sessionIdleMinutes: 15,
        sessionAbsoluteHours: 8,
        documentMaxMb: 10,
        defaultReleaseTemplateId: templateId,
      });
    },
  );

  it("stores „Keine Vorlage“ as no default template and audits only that field", async () => {
    const { tenant, ownerCtx, templateId } = await office();
    await updateTenantSettings(ownerCtx, everyFieldChanged(templateId));

    const result = await updateTenantSettings(ownerCtx, { ...everyFieldChanged(templateId), defaultReleaseTemplateId: "" });

    expect(result).toMatchObject({ ok: true, changed: ["defaultReleaseTemplateId"] });
    expect((await stored(tenant.id)).defaultReleaseTemplateId).toBeNull();
    expect((await settingsAudits(tenant.id)).at(-1)?.data).toEqual({ fields: ["defaultReleaseTemplateId"] });
  });

  it("writes no audit entry when nothing changed", async () => {
    const { tenant, ownerCtx } = await office();
    const current = (await getTenantSettings(ownerCtx)).values;

    expect(await updateTenantSettings(ownerCtx, current)).toEqual({ ok: true, id: tenant.id, changed: [] });
    expect(await settingsAudits(tenant.id)).toEqual([]);
  });
});

describe("who may not change them", () => {
  it.each<StaffRoleKey>(["advisor", "backoffice"])("refuses the %s and changes nothing", async (role) => {
    const { tenant, templateId } = await office();
    const ctx = await contextFor((await createStaff(tenant.id, { role })).id);
    const before = await stored(tenant.id);

    await expect(updateTenantSettings(ctx, everyFieldChanged(templateId))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getTenantSettings(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await stored(tenant.id)).toEqual(before);
    expect(await settingsAudits(tenant.id)).toEqual([]);
  });

  it("refuses a signed-in customer and an anonymous caller", async () => {
    const { tenant, templateId } = await office();
    const customer = await createCustomer(tenant.id);
    const customerCtx = await contextFor((await createCustomerUser(tenant.id, customer.id)).id);
    const before = await stored(tenant.id);

    await expect(updateTenantSettings(customerCtx, everyFieldChanged(templateId))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateTenantSettings(null, everyFieldChanged(templateId))).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await stored(tenant.id)).toEqual(before);
  });
});

describe("values it refuses", () => {
  // each row breaks one field of an otherwise valid form: nothing of the rest may be stored either
  it.each<[keyof TenantSettingsInput, string, string]>([
    ["sessionIdleMinutes", "0", "5 bis 60 Minuten"],
    ["sessionIdleMinutes", "61", "5 bis 60 Minuten"],
    ["sessionIdleMinutes", "7.5", "ganze Zahl"],
    ["sessionAbsoluteHours", "0", "1 bis 24 Stunden"],
    ["sessionAbsoluteHours", "25", "1 bis 24 Stunden"],
    ["documentMaxMb", "0", "1 bis 25 MB"],
    ["documentMaxMb", "26", "1 bis 25 MB"],
    ["documentMaxMb", "zehn", "1 bis 25 MB"],
    ["locale", "fr_FR", "Sprache aus der Liste"],
    ["currency", "USD", "Euro oder Schweizer Franken"],
    ["customer2faPolicy", "ALWAYS", "zweite Anmeldestufe"],
    ["defaultReleaseTemplateId", "vorlage-1", "Vorlage aus der Liste"],
  ])("refuses %s = %j with a German field error and changes nothing", async (field, value, says) => {
    const { tenant, ownerCtx, templateId } = await office();
    const before = await stored(tenant.id);

    const result = await updateTenantSettings(ownerCtx, { ...everyFieldChanged(templateId), [field]: value });

    expect(result).toMatchObject({ ok: false, error: "common.errors.checkInput" });
    const fieldErrors = result.ok ? {} : (result.fieldErrors ?? {});
    expect(Object.keys(fieldErrors)).toEqual([field]);
    expect(text(fieldErrors[field])).toContain(says);
    expect(await stored(tenant.id)).toEqual(before);
    expect(await settingsAudits(tenant.id)).toEqual([]);
  });

  it("refuses another tenant's release template as the default and changes nothing", async () => {
    const { tenant, ownerCtx } = await office();
    const other = await office();
    const before = await stored(tenant.id);

    const result = await updateTenantSettings(ownerCtx, everyFieldChanged(other.templateId));

    expect(result).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: { defaultReleaseTemplateId: "releases.errors.templateNotFound" },
    });
    expect(await stored(tenant.id)).toEqual(before);
    expect(await settingsAudits(tenant.id)).toEqual([]);
  });

  it("accepts the shortest pair the ranges allow: 60 minutes idle within a 1 hour session", async () => {
    // the ranges keep the absolute lifetime (≥ 1 h) from being shorter than the idle timeout (≤ 60 min)
    const { tenant, ownerCtx, templateId } = await office();
    const input = { ...everyFieldChanged(templateId), sessionIdleMinutes: "60", sessionAbsoluteHours: "1" };

    expect(await updateTenantSettings(ownerCtx, input)).toMatchObject({ ok: true });
    expect(await stored(tenant.id)).toMatchObject({ sessionIdleMinutes: 60, sessionAbsoluteHours: 1 });
  });
});

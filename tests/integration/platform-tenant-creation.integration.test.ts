import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTenant } from "@/lib/data/platform/create-tenant";
import { getTenant } from "@/lib/data/platform/get-tenant";
import { resendOwnerInvitation } from "@/lib/data/platform/resend-owner-invitation";
import type { PlatformContext } from "@/lib/platform/platform-context";
import { resolveHost } from "@/lib/tenant/resolve-tenant";
import { DEFAULT_STAFF_ROLES } from "@/lib/tenant/default-staff-roles";
import { createTenant as createTenantRow, uniqueSuffix } from "../setup/factories";
import { newTenantForm, signedInOperator } from "../setup/platform-fixtures";

let ctx: PlatformContext;

beforeAll(async () => {
  ctx = await signedInOperator();
});

const form = newTenantForm;

/** Everything a refused creation could have left behind. */
async function counts() {
  const [tenants, users, roles, outbox, audits] = await Promise.all([
    db.tenant.count(),
    db.user.count(),
    db.staffRole.count(),
    db.outboxMessage.count(),
    db.auditLog.count({ where: { action: "platform.tenantCreated" } }),
  ]);
  return { tenants, users, roles, outbox, audits };
}

describe("creating a tenant", () => {
  it("creates the tenant with the default roles, an invited owner, the invitation e-mail on the tenant's address and an audit row", async () => {
    const input = form({ slug: `  Berger-${uniqueSuffix()} `, locale: "de_CH" });
    const slug = input.slug.trim().toLowerCase();
    // someone opened the address before it existed: cached as unknown
    expect(await resolveHost(`${slug}.localhost`)).toEqual({ kind: "unknown" });
    const result = await createTenant(ctx, input);
    expect(result).toMatchObject({ ok: true, data: { slug } });
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug } });
    expect(tenant).toMatchObject({ name: input.firmName, status: "ACTIVE", locale: "de_CH", currency: "CHF" });

    const roles = await db.staffRole.findMany({ where: { tenantId: tenant.id }, orderBy: { key: "asc" } });
    expect(roles.map((r) => r.key)).toEqual(DEFAULT_STAFF_ROLES.map((r) => r.key).sort());

    const owner = await db.user.findUniqueOrThrow({
      where: { tenantId_email: { tenantId: tenant.id, email: input.ownerEmail } },
      include: { staffRole: true },
    });
    expect(owner).toMatchObject({
      kind: "STAFF",
      status: "INVITED",
      firstName: "Hanna",
      phone: "+491715550123",
      passwordHash: null,
    });
    expect(owner.staffRole?.key).toBe("owner");

    const mail = await db.outboxMessage.findFirstOrThrow({ where: { tenantId: tenant.id, recipient: input.ownerEmail } });
    const text = (mail.payload as { text: string }).text;
    expect(text).toMatch(new RegExp(`http://${slug}\\.localhost:\\d+/register/[A-Za-z0-9_-]{43}`));
    expect(await db.invitation.count({ where: { tenantId: tenant.id, userId: owner.id, revokedAt: null } })).toBe(1);

    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId: tenant.id, action: "platform.tenantCreated" } });
    expect(audit).toMatchObject({ actorKind: "platform", actorUserId: null, entityId: tenant.id });
    expect(audit.data).toMatchObject({ operatorId: ctx.operator.id });

    // the new address works at once, although it was cached as unknown
    const resolved = await resolveHost(`${slug}.localhost`);
    expect(resolved.kind === "tenant" && resolved.tenant.id).toBe(tenant.id);
  });

  it("refuses reserved sub-domains and creates nothing", async () => {
    const before = await counts();
    for (const slug of ["www", "admin", "api", "Platform", "domains", "support", "autodiscover", "mta-sts"]) {
      const result = await createTenant(ctx, form({ slug }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { slug: "platformAdmin.create.validation.slugReserved" } });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a slug another tenant has and leaves that tenant alone", async () => {
    const existing = await createTenantRow();
    const before = await counts();
    const result = await createTenant(ctx, form({ slug: existing.slug, firmName: "Übernahmeversuch GmbH" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: "platformAdmin.create.validation.slugTaken" } });
    expect(await counts()).toEqual(before);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(existing.name);
  });

  it("refuses slugs that are no single sub-domain label", async () => {
    const before = await counts();
    const cases: [string, string][] = [
      ["ab", "slugLength"],
      ["a".repeat(41), "slugLength"],
      ["-berger", "slugFormat"],
      ["berger-", "slugFormat"],
      ["ber--ger", "slugFormat"],
      ["berger.makler", "slugFormat"],
      ["müller", "slugFormat"],
      ["berger_makler", "slugFormat"],
    ];
    for (const [slug, reason] of cases) {
      const result = await createTenant(ctx, form({ slug }));
      expect(result, slug).toMatchObject({ ok: false, fieldErrors: { slug: `platformAdmin.create.validation.${reason}` } });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses an owner without a usable e-mail address or mobile number and creates nothing", async () => {
    const before = await counts();
    expect(await createTenant(ctx, form({ ownerEmail: "keine-adresse" }))).toMatchObject({
      ok: false,
      fieldErrors: { ownerEmail: "platformAdmin.create.validation.ownerEmailInvalid" },
    });
    expect(await createTenant(ctx, form({ ownerMobile: "0171" }))).toMatchObject({
      ok: false,
      fieldErrors: { ownerMobile: "platformAdmin.create.validation.ownerMobileInvalid" },
    });
    expect(await createTenant(ctx, form({ locale: "fr" }))).toMatchObject({
      ok: false,
      fieldErrors: { locale: expect.any(String) },
    });
    expect(await counts()).toEqual(before);
  });
});

describe("the owner's invitation", () => {
  it("shows the invitation as sent and sends a fresh link that ends the old one", async () => {
    const input = form();
    const created = await createTenant(ctx, input);
    if (!created.ok) throw new Error("tenant not created");
    const { tenantId } = created.data;
    expect((await getTenant(ctx, tenantId))?.owner).toMatchObject({ email: input.ownerEmail, invitation: "sent" });

    const resent = await resendOwnerInvitation(ctx, { tenantId });
    expect(resent.ok).toBe(true);
    const invitations = await db.invitation.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } });
    expect(invitations).toHaveLength(2);
    expect(invitations[0]!.revokedAt).not.toBeNull();
    expect(invitations[1]!.revokedAt).toBeNull();
    expect(await db.outboxMessage.count({ where: { tenantId, recipient: input.ownerEmail } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "invitation.sent" } });
    expect(audit).toMatchObject({ actorKind: "platform", actorUserId: null, entityId: invitations[1]!.id });
  });

  it("sends no invitation to an owner who has registered", async () => {
    const created = await createTenant(ctx, form());
    if (!created.ok) throw new Error("tenant not created");
    const { tenantId } = created.data;
    await db.user.updateMany({ where: { tenantId }, data: { status: "ACTIVE" } });
    expect(await resendOwnerInvitation(ctx, { tenantId })).toEqual({ ok: false, error: "platformAdmin.errors.ownerRegistered" });
    expect(await db.invitation.count({ where: { tenantId } })).toBe(1);
    expect((await getTenant(ctx, tenantId))?.owner?.invitation).toBe("registered");
  });
});

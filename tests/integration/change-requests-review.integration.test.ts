import { describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { applyChangeRequest } from "@/lib/data/change-requests/apply-change-request";
import { getChangeRequest } from "@/lib/data/change-requests/get-change-request";
import { getProfile } from "@/lib/data/change-requests/get-profile";
import { listChangeRequests } from "@/lib/data/change-requests/list-change-requests";
import { rejectChangeRequest } from "@/lib/data/change-requests/reject-change-request";
import { submitChangeRequest } from "@/lib/data/change-requests/submit-change-request";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { db } from "@/lib/db/client";
import {
  advisor,
  customerWith,
  IBAN,
  NEW_ADDRESS,
  owner,
  tenant,
  setupChangeRequestOffice,
} from "../setup/change-request-fixtures";
import { createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

setupChangeRequestOffice();

/** A pending address request of a fresh PROFILE WRITE customer. */
async function pendingAddress() {
  const c = await customerWith({ PROFILE: "WRITE" });
  const created = await submitChangeRequest(c.ctx, "ADDRESS", NEW_ADDRESS);
  if (!created.ok) throw new Error("request not created");
  return { ...c, requestId: created.id };
}

describe("broker review", () => {
  it("applies an address change: record changed, previous kept, audited, customer told without the address", async () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000);
    freezeClock(at);
    const { customer, user, requestId } = await pendingAddress();
    const advisorCtx = await contextFor(advisor.id);
    expect((await listChangeRequests(advisorCtx)).items.map((i) => i.id)).toContain(requestId);
    const detail = await getChangeRequest(advisorCtx, requestId);
    expect(detail).toMatchObject({
      canReview: true,
      current: { kind: "ADDRESS", value: { street: "Alte Gasse 3", postalCode: "10115" } },
      requested: { kind: "ADDRESS", value: NEW_ADDRESS },
      notices: null,
    });

    expect(await applyChangeRequest(advisorCtx, requestId)).toEqual({ ok: true, id: requestId });
    const record = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(record).toMatchObject(NEW_ADDRESS);
    const stored = await db.changeRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(stored).toMatchObject({ status: "APPLIED", reviewedById: advisor.id, reviewedAt: at });
    expect(stored.previous).toEqual({ street: "Alte Gasse 3", postalCode: "10115", city: "Berlin", country: "DE" });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "changeRequest.applied", entityId: requestId } });
    expect(audit).toMatchObject({ actorUserId: advisor.id, customerId: customer.id });
    expect(audit.data).toEqual({ kind: "ADDRESS", fields: ["street", "postalCode", "city", "country"] });

    const notification = await db.notification.findFirstOrThrow({ where: { userId: user.id, type: "changeRequest.reviewed" } });
    expect(notification.link).toBe("/portal/profile");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipient: user.email, channel: "EMAIL" } });
    const body = JSON.stringify(mail.payload);
    expect(body).toContain("/portal/profile");
    for (const secret of ["Lindenallee", "50667", "Köln", "Alte Gasse"]) expect(body).not.toContain(secret);

    const profile = await getProfile(await contextFor(user.id));
    expect(profile).toMatchObject({ pendingKinds: [], requests: [{ id: requestId, status: "APPLIED" }] });
  });

  it("refuses to apply a request twice, also when two reviewers click at the same time", async () => {
    const { customer, requestId } = await pendingAddress();
    const results = await Promise.all([applyChangeRequest(owner, requestId), applyChangeRequest(owner, requestId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "changeRequests.errors.alreadyReviewed" });
    expect(await applyChangeRequest(owner, requestId)).toEqual({ ok: false, error: "changeRequests.errors.alreadyReviewed" });
    expect(await rejectChangeRequest(owner, requestId, { reason: "zu spät" })).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { action: "changeRequest.applied", entityId: requestId } })).toBe(1);
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).previous).toMatchObject({
      street: "Alte Gasse 3",
    });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).street).toBe("Lindenallee 7");
  });

  it("rejects only with a reason, keeps the record and shows the reason to the customer", async () => {
    const { customer, user, requestId } = await pendingAddress();
    expect(await rejectChangeRequest(owner, requestId, { reason: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: "changeRequests.validation.reasonRequired" },
    });
    expect(await rejectChangeRequest(owner, requestId, { reason: "Bitte Hausnummer ergänzen." })).toMatchObject({ ok: true });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).street).toBe("Alte Gasse 3");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "changeRequest.rejected", entityId: requestId } });
    expect(JSON.stringify(audit.data)).not.toContain("Hausnummer");
    expect(await db.notification.count({ where: { userId: user.id, type: "changeRequest.reviewed" } })).toBe(1);
    expect(await getProfile(await contextFor(user.id))).toMatchObject({
      requests: [{ id: requestId, status: "REJECTED", reviewNote: "Bitte Hausnummer ergänzen." }],
    });
    expect(await applyChangeRequest(owner, requestId)).toMatchObject({
      ok: false,
      error: "changeRequests.errors.alreadyReviewed",
    });
  });

  it("refuses staff of another tenant, advisors of other customers and staff without the right", async () => {
    const { customer, requestId } = await pendingAddress();
    const otherTenant = await createTenant();
    const foreignOwner = await contextFor((await createStaff(otherTenant.id, { role: "owner" })).id);
    const otherAdvisor = await contextFor((await createStaff(tenant.id, { role: "advisor" })).id);
    const partner = await createStaff(tenant.id, { role: "partner" });
    await db.customer.update({ where: { id: customer.id }, data: { advisorId: partner.id } });
    const partnerCtx = await contextFor(partner.id);

    for (const ctx of [foreignOwner, otherAdvisor]) {
      expect(await getChangeRequest(ctx, requestId)).toBeNull();
      expect((await listChangeRequests(ctx)).items.map((i) => i.id)).not.toContain(requestId);
      await expect(applyChangeRequest(ctx, requestId)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(rejectChangeRequest(ctx, requestId, { reason: "nein" })).rejects.toBeInstanceOf(AccessDeniedError);
    }
    // the partner sees the customer but may not change master data
    expect(await getChangeRequest(partnerCtx, requestId)).toMatchObject({ canReview: false });
    await expect(applyChangeRequest(partnerCtx, requestId)).rejects.toBeInstanceOf(AccessDeniedError);
    // a customer cannot review at all
    const { ctx: customerCtx } = await customerWith({ PROFILE: "WRITE" });
    await expect(applyChangeRequest(customerCtx, requestId)).rejects.toBeInstanceOf(AccessDeniedError);

    expect((await db.changeRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("PENDING");
  });

  it("adds an applied bank account as the new default and masks IBANs for the customer", async () => {
    const { customer, ctx } = await customerWith({ PROFILE: "WRITE" });
    await db.bankAccount.create({
      data: {
        tenantId: tenant.id,
        customerId: customer.id,
        holder: "Max Muster",
        iban: "DE02120300000000202051",
        isDefault: true,
      },
    });
    const created = await submitChangeRequest(ctx, "BANK_ACCOUNT", {
      holder: "Max Muster",
      iban: "de89 3704 0044 0532 0130 00",
      bic: "cobadeffxxx",
    });
    if (!created.ok) throw new Error("not created");
    expect(await applyChangeRequest(owner, created.id)).toMatchObject({ ok: true });
    const accounts = await db.bankAccount.findMany({ where: { customerId: customer.id }, orderBy: { createdAt: "asc" } });
    expect(accounts.map((a) => [a.iban, a.isDefault])).toEqual([
      ["DE02120300000000202051", false],
      [IBAN, true],
    ]);
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id: created.id } })).previous).toEqual({
      holder: "Max Muster",
      iban: "DE02120300000000202051",
      bic: null,
    });
    const profile = await getProfile(ctx);
    if (!profile.released) throw new Error("hidden");
    expect(profile.bankAccounts[0]).toMatchObject({ isDefault: true, ibanMasked: expect.stringMatching(/^DE[•\s]+30 00$/) });
    expect(JSON.stringify(profile)).not.toContain("0532013000");
    expect(JSON.stringify(profile)).not.toContain("0532 0130 00");
  });
});

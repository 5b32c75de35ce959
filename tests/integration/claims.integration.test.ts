import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { changeClaimStatus } from "@/lib/data/claims/change-claim-status";
import { getClaimRecord } from "@/lib/data/claims/get-claim-record";
import { getFolderClaim } from "@/lib/data/claims/get-folder-claim";
import { listBrokerClaims } from "@/lib/data/claims/list-broker-claims";
import { listClaimContractOptions } from "@/lib/data/claims/list-claim-contract-options";
import { listClaimDocuments } from "@/lib/data/claims/list-claim-documents";
import { listFolderClaims } from "@/lib/data/claims/list-folder-claims";
import { reportClaim } from "@/lib/data/claims/report-claim";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { db } from "@/lib/db/client";
import { officeToday } from "@/lib/validation/claim";
import { createContract, createCustomer, createDocument, createStaff, createTenant } from "../setup/factories";
import { portalCustomer, shareFolder, type Releases } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

const DESCRIPTION = "Leitungswasserschaden im Bad: Rohr unter dem Waschbecken geplatzt, Parkett im Flur aufgequollen.";

let tenant: { id: string; slug: string };
let advisorId: string;

beforeAll(async () => {
  tenant = await createTenant();
  advisorId = (await createStaff(tenant.id, { role: "advisor" })).id;
});

afterEach(() => setClockOffset(0));

/** "YYYY-MM-DD" some days before today in the office's calendar. */
function daysAgo(days: number): string {
  const today = new Date(`${officeToday()}T12:00:00Z`);
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}
const german = (iso: string) => iso.split("-").reverse().join(".");

/** A customer with a portal login and the given releases; the customer is looked after by `advisorId`. */
const customerWith = (releases: Releases, tenantId = tenant.id, advisor = advisorId) =>
  portalCustomer(tenantId, releases, { advisorId: advisor });

const report = (ctx: RequestContext, overrides: Partial<{ contractId: string; occurredOn: string; description: string }> = {}) =>
  reportClaim(ctx, { contractId: "", occurredOn: german(daysAgo(3)), description: DESCRIPTION, ...overrides });

/** A claim written straight into the database, as if reported earlier. */
async function storedClaim(customerId: string, tenantId = tenant.id) {
  const claim = await db.claim.create({
    data: { tenantId, customerId, occurredOn: new Date(`${daysAgo(10)}T00:00:00Z`), description: DESCRIPTION },
  });
  await db.claimEvent.create({ data: { tenantId, claimId: claim.id, status: "REPORTED" } });
  return claim;
}

describe("reporting a claim", () => {
  it("stores the claim with a REPORTED timeline entry, audits it and notifies the advisor", async () => {
    const { customer, user, ctx } = await customerWith({ CLAIMS: "WRITE", INSURANCE: "READ" });
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    expect((await listClaimContractOptions(ctx)).map((c) => c.id)).toEqual([contract.id]);

    const occurredOn = daysAgo(2);
    const result = await report(ctx, { contractId: contract.id, occurredOn: german(occurredOn) });
    if (!result.ok) throw new Error(`not reported: ${JSON.stringify(result)}`);

    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.id }, include: { events: true } });
    expect(claim).toMatchObject({
      tenantId: tenant.id,
      customerId: customer.id,
      contractId: contract.id,
      status: "REPORTED",
      description: DESCRIPTION,
      reportedById: user.id,
    });
    expect(claim.occurredOn.toISOString().slice(0, 10)).toBe(occurredOn);
    expect(claim.events.map((e) => ({ status: e.status, actorUserId: e.actorUserId }))).toEqual([
      { status: "REPORTED", actorUserId: user.id },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "claim.reported", entityId: claim.id } });
    expect(audit).toMatchObject({ actorUserId: user.id, actorKind: "customer", customerId: customer.id });
    expect(JSON.stringify(audit.data)).not.toContain("Waschbecken");
    const notices = await db.notification.findMany({
      where: { tenantId: tenant.id, type: "claim.reported", link: `/broker/claims/${claim.id}` },
    });
    expect(notices.map((n) => n.userId)).toEqual([advisorId]);
    expect(notices[0]!.title).not.toContain("Waschbecken");

    const listed = await listFolderClaims(ctx);
    expect(listed.map((c) => c.id)).toEqual([claim.id]);
    expect(listed[0]!.contract?.id).toBe(contract.id);
    expect((await getFolderClaim(ctx, claim.id))?.timeline.map((e) => e.status)).toEqual(["REPORTED"]);
  });

  it("accepts a claim without a contract and an ISO date from the phone's date picker", async () => {
    const { ctx } = await customerWith({ CLAIMS: "WRITE" });
    const result = await report(ctx, { occurredOn: daysAgo(0) });
    expect(result.ok).toBe(true);
  });

  it("shows claims with a READ release but refuses to report one", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "READ" });
    const claim = await storedClaim(customer.id);
    expect((await listFolderClaims(ctx)).map((c) => c.id)).toEqual([claim.id]);
    expect(await getFolderClaim(ctx, claim.id)).not.toBeNull();
    await expect(report(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.claim.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it("shows nothing and refuses reports while CLAIMS is hidden", async () => {
    const { customer, ctx } = await customerWith({ INSURANCE: "WRITE" });
    const claim = await storedClaim(customer.id);
    await createDocument(tenant.id, customer.id, { claimId: claim.id, category: "CLAIM" });
    expect(await listFolderClaims(ctx)).toEqual([]);
    expect(await getFolderClaim(ctx, claim.id)).toBeNull();
    expect(await listClaimDocuments(ctx, claim.id)).toEqual([]);
    await expect(report(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses reports in a household member's folder, even with that member's WRITE release", async () => {
    const viewer = await customerWith({ CLAIMS: "WRITE" });
    const member = await customerWith({ CLAIMS: "WRITE" });
    await shareFolder(tenant.id, { grantorId: member.customer.id, granteeId: viewer.customer.id });
    const claim = await storedClaim(member.customer.id);
    const ctx = await folderContext(viewer.user.id, member.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: member.customer.id, folderReadOnly: true });

    expect((await listFolderClaims(ctx)).map((c) => c.id)).toEqual([claim.id]);
    await expect(report(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.claim.count({ where: { customerId: { in: [viewer.customer.id, member.customer.id] } } })).toBe(1);
  });

  it("refuses a contract of a hidden module, of another customer and of another tenant", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "WRITE", INSURANCE: "READ" });
    const hiddenModule = await createContract(tenant.id, customer.id, { module: "FINANCE" });
    const otherCustomer = await createCustomer(tenant.id);
    const foreign = await createContract(tenant.id, otherCustomer.id);
    const otherTenant = await createTenant();
    const otherTenantCustomer = await createCustomer(otherTenant.id);
    const otherTenantContract = await createContract(otherTenant.id, otherTenantCustomer.id);

    expect(await listClaimContractOptions(ctx)).toEqual([]);
    for (const contract of [hiddenModule, foreign, otherTenantContract]) {
      expect(await report(ctx, { contractId: contract.id })).toEqual({
        ok: false,
        error: "common.errors.checkInput",
        fieldErrors: { contractId: "claims.validation.contractInvalid" },
      });
    }
    expect(await db.claim.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("refuses a date in the future or more than ten years back with a field error and stores nothing", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "WRITE" });
    expect(await report(ctx, { occurredOn: german(daysAgo(-1)) })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: "claims.validation.dateInFuture" },
    });
    expect(await report(ctx, { occurredOn: german(daysAgo(365 * 10 + 5)) })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: "claims.validation.dateTooOld" },
    });
    expect(await report(ctx, { occurredOn: "31.02.2025" })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: "claims.validation.dateInvalid" },
    });
    expect(await report(ctx, { description: "Kratzer" })).toMatchObject({
      ok: false,
      fieldErrors: { description: "claims.validation.descriptionTooShort" },
    });
    expect(await db.claim.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { customerId: customer.id, action: "claim.reported" } })).toBe(0);
  });

  it("allows ten claims a day per folder and says so on the eleventh", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "WRITE" });
    for (let i = 0; i < 10; i++) expect((await report(ctx)).ok).toBe(true);
    expect(await report(ctx)).toEqual({ ok: false, error: "claims.errors.dailyLimit" });
    expect(await db.claim.count({ where: { customerId: customer.id } })).toBe(10);

    setClockOffset(25 * 60 * 60 * 1000);
    expect((await report(ctx)).ok).toBe(true);
  });
});

describe("what a customer sees of claims", () => {
  it("never shows another customer's claim or its documents, in the list or by id", async () => {
    const me = await customerWith({ CLAIMS: "WRITE", PROFILE: "READ" });
    const other = await customerWith({ CLAIMS: "WRITE", PROFILE: "READ" });
    const mine = await storedClaim(me.customer.id);
    const theirs = await storedClaim(other.customer.id);
    const myPhoto = await createDocument(tenant.id, me.customer.id, { claimId: mine.id, category: "CLAIM", origin: "CUSTOMER" });
    await createDocument(tenant.id, other.customer.id, { claimId: theirs.id, category: "CLAIM" });

    expect((await listFolderClaims(me.ctx)).map((c) => c.id)).toEqual([mine.id]);
    expect(await getFolderClaim(me.ctx, theirs.id)).toBeNull();
    expect(await getFolderClaim(me.ctx, "not-a-uuid")).toBeNull();
    expect(await listClaimDocuments(me.ctx, theirs.id)).toEqual([]);
    expect((await listClaimDocuments(me.ctx, mine.id)).map((d) => d.id)).toEqual([myPhoto.id]);
    expect((await listFolderClaims(me.ctx))[0]!.documentCount).toBe(1);
  });

  it("lists a claim's photos with CLAIMS released, even while the profile module is hidden", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "READ" });
    const claim = await storedClaim(customer.id);
    const photo = await createDocument(tenant.id, customer.id, {
      claimId: claim.id,
      category: "CLAIM",
      origin: "CUSTOMER",
      contentType: "image/jpeg",
    });
    expect((await listClaimDocuments(ctx, claim.id)).map((d) => d.id)).toEqual([photo.id]);
  });

  it("does not list claim documents the broker keeps hidden from the customer", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "READ", PROFILE: "READ" });
    const claim = await storedClaim(customer.id);
    await createDocument(tenant.id, customer.id, { claimId: claim.id, category: "CLAIM", isVisibleToCustomer: false });
    expect(await listClaimDocuments(ctx, claim.id)).toEqual([]);
  });

  it("names the claim's contract only while its module is released", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "READ" });
    const contract = await createContract(tenant.id, customer.id, { module: "FINANCE" });
    const claim = await db.claim.create({
      data: {
        tenantId: tenant.id,
        customerId: customer.id,
        contractId: contract.id,
        occurredOn: new Date(),
        description: DESCRIPTION,
      },
    });
    expect((await getFolderClaim(ctx, claim.id))?.contract).toBeNull();
    expect((await listFolderClaims(ctx))[0]!.contract).toBeNull();
  });
});

describe("the broker manages the status", () => {
  it("writes the timeline, audits, notifies the customer and sends an e-mail without the claim's content", async () => {
    const { customer, user } = await customerWith({ CLAIMS: "WRITE" });
    const claim = await storedClaim(customer.id);
    const advisor = await contextFor(advisorId);

    const listed = await listBrokerClaims(advisor, {});
    expect(listed.items.map((c) => c.id)).toContain(claim.id);
    const record = await getClaimRecord(advisor, claim.id);
    expect(record).toMatchObject({ customerId: customer.id, status: "REPORTED", canChangeStatus: true });

    const note = "Der Gutachter meldet sich in den nächsten Tagen bei Ihnen.";
    expect(await changeClaimStatus(advisor, claim.id, { status: "IN_PROGRESS", note })).toEqual({ ok: true, id: claim.id });

    const after = await db.claim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    expect(after.status).toBe("IN_PROGRESS");
    expect(after.events.map((e) => [e.status, e.note])).toEqual([
      ["REPORTED", null],
      ["IN_PROGRESS", note],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "claim.statusChanged", entityId: claim.id } });
    expect(audit).toMatchObject({ actorUserId: advisorId, actorKind: "staff", customerId: customer.id });
    expect(JSON.stringify(audit.data)).not.toContain("Gutachter");

    const notices = await db.notification.findMany({ where: { userId: user.id, type: "claim.status" } });
    expect(notices.map((n) => n.link)).toEqual([`/portal/claims/${claim.id}`]);
    const mails = await db.outboxMessage.findMany({ where: { recipient: user.email } });
    expect(mails).toHaveLength(1);
    const payload = mails[0]!.payload as { subject: string; text: string; html: string };
    expect(payload.text).toContain(`/portal/claims/${claim.id}`);
    for (const secret of ["Waschbecken", "Gutachter"]) {
      expect(payload.subject + payload.text + payload.html).not.toContain(secret);
    }

    const customerCtx = await contextFor(user.id);
    expect((await getFolderClaim(customerCtx, claim.id))?.timeline.map((e) => [e.status, e.note])).toEqual([
      ["REPORTED", null],
      ["IN_PROGRESS", note],
    ]);
    expect((await listBrokerClaims(advisor, { status: "IN_PROGRESS" })).items.map((c) => c.id)).toContain(claim.id);
    expect((await listBrokerClaims(advisor, { status: "REPORTED" })).items.map((c) => c.id)).not.toContain(claim.id);
  });

  it("says so when the claim already has the status and writes nothing", async () => {
    const { customer, user } = await customerWith({ CLAIMS: "WRITE" });
    const claim = await storedClaim(customer.id);
    const advisor = await contextFor(advisorId);
    expect(await changeClaimStatus(advisor, claim.id, { status: "REPORTED", note: "Nochmal" })).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: { status: "claims.errors.sameStatus" },
    });
    expect(await db.claimEvent.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "claim.statusChanged", entityId: claim.id } })).toBe(0);
  });

  it("keeps another tenant's staff and advisors of other customers away from a claim", async () => {
    const { customer } = await customerWith({ CLAIMS: "WRITE" });
    const claim = await storedClaim(customer.id);
    const otherTenant = await createTenant();
    const foreignOwner = await contextFor((await createStaff(otherTenant.id, { role: "owner" })).id);
    const otherAdvisor = await contextFor((await createStaff(tenant.id, { role: "advisor" })).id);

    for (const ctx of [foreignOwner, otherAdvisor]) {
      expect((await listBrokerClaims(ctx, { take: 100 })).items.map((c) => c.id)).not.toContain(claim.id);
      expect(await getClaimRecord(ctx, claim.id)).toBeNull();
      expect(await listClaimDocuments(ctx, claim.id)).toEqual([]);
      await expect(changeClaimStatus(ctx, claim.id, { status: "CLOSED", note: "" })).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("REPORTED");
    expect(await db.auditLog.count({ where: { entityId: claim.id } })).toBe(0);
  });

  it("lets staff without editCustomers look but not change the status", async () => {
    const { customer } = await customerWith({ CLAIMS: "WRITE" });
    const claim = await storedClaim(customer.id);
    const partner = await createStaff(tenant.id, { role: "partner" });
    await db.customer.update({ where: { id: customer.id }, data: { advisorId: partner.id } });
    const ctx = await contextFor(partner.id);
    expect(await getClaimRecord(ctx, claim.id)).toMatchObject({ canChangeStatus: false });
    await expect(changeClaimStatus(ctx, claim.id, { status: "SETTLED", note: "" })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses status changes by customers, even on their own claim", async () => {
    const { customer, ctx } = await customerWith({ CLAIMS: "WRITE" });
    const claim = await storedClaim(customer.id);
    await expect(changeClaimStatus(ctx, claim.id, { status: "CLOSED", note: "" })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getClaimRecord(ctx, claim.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listBrokerClaims(ctx, {})).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("REPORTED");
  });

  it("pages through the office's claims newest first", async () => {
    const owner = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
    const { customer } = await customerWith({ CLAIMS: "WRITE" });
    const claims = [];
    for (let i = 0; i < 3; i++) claims.push(await storedClaim(customer.id));
    const first = await listBrokerClaims(owner, { take: 2 });
    expect(first.items.map((c) => c.id)).toEqual([claims[2]!.id, claims[1]!.id]);
    const second = await listBrokerClaims(owner, { take: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items[0]!.id).toBe(claims[0]!.id);
    expect(first.items[0]).toMatchObject({ customerId: customer.id, customerNumber: customer.customerNumber });
  });
});

const folderContext = (userId: string, folderCustomerId: string | null) => contextFor(userId, undefined, { folderCustomerId });

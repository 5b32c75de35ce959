import { PDFDocument } from "pdf-lib";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freezeClock, setClockOffset } from "@/lib/clock";
import { applyChangeRequest } from "@/lib/data/change-requests/apply-change-request";
import { confirmContactCode } from "@/lib/data/change-requests/confirm-contact-code";
import { getChangeRequest } from "@/lib/data/change-requests/get-change-request";
import { getProfile } from "@/lib/data/change-requests/get-profile";
import { listChangeRequests } from "@/lib/data/change-requests/list-change-requests";
import { loadChangeNotices } from "@/lib/data/change-requests/load-change-notices";
import { rejectChangeRequest } from "@/lib/data/change-requests/reject-change-request";
import { sendContactCode } from "@/lib/data/change-requests/send-contact-code";
import { submitChangeRequest } from "@/lib/data/change-requests/submit-change-request";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { db } from "@/lib/db/client";
import { buildChangeNoticeText } from "@/lib/notices/change-notice-text";
import { noticePdf, noticeZip } from "@/lib/notices/notice-files";
import { createContract, createCustomer, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { portalCustomer, shareFolder, type Releases } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

const NEW_ADDRESS = { street: "Lindenallee 7", postalCode: "50667", city: "Köln", country: "DE" };
const IBAN = "DE89370400440532013000";

let tenant: { id: string; slug: string };
let advisor: { id: string };
let owner: RequestContext;

beforeAll(async () => {
  tenant = await createTenant({
    name: "Makler Sonnenschein",
    street: "Marktplatz 1",
    postalCode: "80331",
    city: "München",
    contactPhone: "+49 89 123456",
    contactEmail: "buero@sonnenschein.example",
  });
  advisor = await createStaff(tenant.id, { role: "advisor" });
  owner = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
});

afterEach(() => {
  freezeClock(null);
  setClockOffset(0);
});

/** A customer with a portal login and the given releases, looked after by `advisor`. */
function customerWith(releases: Releases, tenantId = tenant.id) {
  return portalCustomer(tenantId, releases, {
    advisorId: tenantId === tenant.id ? advisor.id : null,
    firstName: "Max",
    lastName: `Muster-${uniqueSuffix()}`,
    street: "Alte Gasse 3",
    postalCode: "10115",
    city: "Berlin",
    country: "DE",
    mobile: "+4917011111111",
  });
}

/** A pending address request of a fresh PROFILE WRITE customer. */
async function pendingAddress() {
  const c = await customerWith({ PROFILE: "WRITE" });
  const created = await submitChangeRequest(c.ctx, "ADDRESS", NEW_ADDRESS);
  if (!created.ok) throw new Error("request not created");
  return { ...c, requestId: created.id };
}

const requestsOf = (customerId: string) => db.changeRequest.findMany({ where: { customerId } });

describe("customer change requests", () => {
  it("lets a customer with PROFILE WRITE request an address change; the advisor is told and it is audited", async () => {
    const { customer, user, ctx } = await customerWith({ PROFILE: "WRITE" });
    const result = await submitChangeRequest(ctx, "ADDRESS", { ...NEW_ADDRESS, street: "  Lindenallee 7 " });
    expect(result.ok).toBe(true);

    const [stored] = await requestsOf(customer.id);
    expect(stored).toMatchObject({ kind: "ADDRESS", status: "PENDING", requestedById: user.id, previous: null });
    expect(stored!.payload).toEqual(NEW_ADDRESS);
    // the record itself is untouched until the broker applies it
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).street).toBe("Alte Gasse 3");

    const notice = await db.notification.findFirstOrThrow({
      where: { userId: advisor.id, type: "changeRequest.created" },
      orderBy: { createdAt: "desc" },
    });
    expect(notice.link).toBe(`/broker/change-requests/${stored!.id}`);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "changeRequest.created", entityId: stored!.id } });
    expect(audit.data).toEqual({ kind: "ADDRESS", fields: ["street", "postalCode", "city", "country"] });
    expect(JSON.stringify(audit.data)).not.toContain("Lindenallee");

    const profile = await getProfile(ctx);
    expect(profile).toMatchObject({ released: true, canRequest: true, pendingKinds: ["ADDRESS"] });
  });

  it("refuses change requests with PROFILE READ, and shows nothing with PROFILE HIDDEN", async () => {
    const reader = await customerWith({ PROFILE: "READ" });
    await expect(submitChangeRequest(reader.ctx, "ADDRESS", NEW_ADDRESS)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getProfile(reader.ctx)).toMatchObject({ released: true, canRequest: false });

    const hidden = await customerWith({ PROFILE: "HIDDEN", INSURANCE: "READ" });
    expect(await getProfile(hidden.ctx)).toEqual({ released: false });
    await expect(submitChangeRequest(hidden.ctx, "BANK_ACCOUNT", { holder: "X", iban: IBAN, bic: "" })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await db.changeRequest.count({ where: { customerId: { in: [reader.customer.id, hidden.customer.id] } } })).toBe(0);
  });

  it("refuses change requests in a household member's folder, even with that member's PROFILE WRITE", async () => {
    const viewer = await customerWith({ PROFILE: "WRITE" });
    const member = await customerWith({ PROFILE: "WRITE" });
    await shareFolder(tenant.id, { grantorId: member.customer.id, granteeId: viewer.customer.id });
    const ctx = await folderContext(viewer.user.id, member.customer.id);
    expect(ctx.actor).toMatchObject({ customerId: member.customer.id, folderReadOnly: true });

    expect(await getProfile(ctx)).toMatchObject({ released: true, canRequest: false });
    await expect(submitChangeRequest(ctx, "ADDRESS", NEW_ADDRESS)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(sendContactCode(ctx, "EMAIL", { email: "neu@test.example" })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.changeRequest.count({ where: { customerId: { in: [viewer.customer.id, member.customer.id] } } })).toBe(0);
  });

  it("refuses an invalid IBAN or a postcode that does not fit the country with field errors, storing nothing", async () => {
    const { customer, ctx } = await customerWith({ PROFILE: "WRITE" });
    const badIban = await submitChangeRequest(ctx, "BANK_ACCOUNT", {
      holder: "Max Muster",
      iban: "DE89370400440532013001",
      bic: "",
    });
    expect(badIban).toMatchObject({ ok: false, fieldErrors: { iban: "customers.validation.ibanInvalid" } });
    const badBic = await submitChangeRequest(ctx, "BANK_ACCOUNT", { holder: "Max Muster", iban: IBAN, bic: "XX" });
    expect(badBic).toMatchObject({ ok: false, fieldErrors: { bic: "customers.validation.bicInvalid" } });

    const badPostcode = await submitChangeRequest(ctx, "ADDRESS", { ...NEW_ADDRESS, postalCode: "1234" });
    expect(badPostcode).toMatchObject({ ok: false, fieldErrors: { postalCode: "changeRequests.validation.postalCodeInvalid" } });
    const swissFive = await submitChangeRequest(ctx, "ADDRESS", { ...NEW_ADDRESS, postalCode: "80331", country: "CH" });
    expect(swissFive).toMatchObject({ ok: false, fieldErrors: { postalCode: "changeRequests.validation.postalCodeInvalid" } });
    const otherCountry = await submitChangeRequest(ctx, "ADDRESS", { ...NEW_ADDRESS, country: "FR" });
    expect(otherCountry).toMatchObject({ ok: false, fieldErrors: { country: "changeRequests.validation.countryInvalid" } });
    const empty = await submitChangeRequest(ctx, "ADDRESS", { street: "", postalCode: "", city: "", country: "DE" });
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: {
        street: "changeRequests.validation.streetRequired",
        postalCode: "changeRequests.validation.postalCodeRequired",
        city: "changeRequests.validation.cityRequired",
      },
    });
    expect(await requestsOf(customer.id)).toEqual([]);

    // a Swiss address with four digits is fine
    expect(
      await submitChangeRequest(ctx, "ADDRESS", {
        street: "Bahnhofstrasse 1",
        postalCode: "8001",
        city: "Zürich",
        country: "CH",
      }),
    ).toMatchObject({ ok: true });
  });

  it("keeps one pending request per kind and says so clearly", async () => {
    const { customer, ctx } = await customerWith({ PROFILE: "WRITE" });
    expect((await submitChangeRequest(ctx, "ADDRESS", NEW_ADDRESS)).ok).toBe(true);
    expect(await submitChangeRequest(ctx, "ADDRESS", { ...NEW_ADDRESS, street: "Andere Straße 1" })).toEqual({
      ok: false,
      error: "changeRequests.errors.alreadyPending",
    });
    // another kind is independent
    expect(
      (
        await submitChangeRequest(ctx, "BANK_ACCOUNT", {
          holder: "Max Muster",
          iban: "DE89 3704 0044 0532 0130 00",
          bic: "COBADEFFXXX",
        })
      ).ok,
    ).toBe(true);
    const both = await Promise.all([
      submitChangeRequest(ctx, "LANDLINE", { number: "+49 30 1234567" }),
      submitChangeRequest(ctx, "LANDLINE", { number: "+49 30 7654321" }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.changeRequest.count({ where: { customerId: customer.id, status: "PENDING" } })).toBe(3);
  });

  it("sends an e-mail request to the broker only after the code sent to the new address was entered", async () => {
    const { customer, ctx } = await customerWith({ PROFILE: "WRITE" });
    const target = `neu-${uniqueSuffix()}@test.example`;
    const sent = await sendContactCode(ctx, "EMAIL", { email: target.toUpperCase() });
    expect(sent).toMatchObject({ ok: true });
    expect(await requestsOf(customer.id)).toEqual([]);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: target } });
    const code = /\b(\d{6})\b/.exec((message.payload as { subject: string }).subject)![1]!;

    const wrong = await confirmContactCode(ctx, "EMAIL", { code: code === "000000" ? "111111" : "000000" });
    expect(wrong).toMatchObject({ ok: false, field: "code" });
    expect(await requestsOf(customer.id)).toEqual([]);

    expect((await getProfile(ctx)) as { openCodes: unknown }).toMatchObject({
      openCodes: { EMAIL: expect.stringContaining("@test.example") },
    });
    expect(await confirmContactCode(ctx, "EMAIL", { code })).toMatchObject({ ok: true });
    const [stored] = await requestsOf(customer.id);
    expect(stored).toMatchObject({ kind: "EMAIL", status: "PENDING", payload: { email: target } });
    // the code is used up; the login e-mail is not touched by a profile request
    expect(await confirmContactCode(ctx, "EMAIL", { code })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id } })).email).not.toBe(target);

    expect(await applyChangeRequest(owner, stored!.id)).toMatchObject({ ok: true });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe(target);
  });

  it("confirms a new mobile number by SMS code and applies it to the mobile field", async () => {
    const { customer, ctx } = await customerWith({ PROFILE: "WRITE" });
    expect(await sendContactCode(ctx, "PHONE", { number: "+4917011111111" })).toMatchObject({
      ok: false,
      error: "changeRequests.errors.sameValue",
    });
    expect(await sendContactCode(ctx, "PHONE", { number: "0170 abc" })).toMatchObject({
      ok: false,
      fieldErrors: { number: "changeRequests.validation.phoneInvalid" },
    });
    expect(await sendContactCode(ctx, "PHONE", { number: "+49 171 2223334" })).toMatchObject({ ok: true });
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "+491712223334", channel: "SMS" } });
    const code = /\b(\d{6})\b/.exec((sms.payload as { text: string }).text)![1]!;
    expect(await confirmContactCode(ctx, "PHONE", { code })).toMatchObject({ ok: true });
    const [stored] = await requestsOf(customer.id);
    expect(stored!.payload).toEqual({ field: "mobile", number: "+491712223334" });

    expect(await applyChangeRequest(owner, stored!.id)).toMatchObject({ ok: true });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).mobile).toBe("+491712223334");
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id: stored!.id } })).previous).toEqual({
      field: "mobile",
      number: "+4917011111111",
    });
  });
});

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

describe("insurer change notices", () => {
  async function appliedWithContracts(kind: "ADDRESS" | "BANK_ACCOUNT" = "ADDRESS") {
    const c = await customerWith({ PROFILE: "WRITE" });
    const allianz = await db.insurer.create({ data: { tenantId: tenant.id, name: "Allianz Versicherungs-AG" } });
    await createContract(tenant.id, c.customer.id, { insurerId: allianz.id, insurerName: null, policyNumber: "AS-100" });
    await createContract(tenant.id, c.customer.id, {
      insurerId: allianz.id,
      insurerName: null,
      policyNumber: "AS-200",
      status: "PENDING",
    });
    await createContract(tenant.id, c.customer.id, { insurerName: "HUK-COBURG", policyNumber: "HUK-9" });
    await createContract(tenant.id, c.customer.id, { insurerName: "huk-coburg ", policyNumber: "HUK-10", module: "OTHER" });
    // not running or deleted: no letter
    await createContract(tenant.id, c.customer.id, { insurerName: "Alte Leipziger", status: "CANCELLED" });
    await createContract(tenant.id, c.customer.id, { insurerName: "Gothaer", deletedAt: new Date() });
    // another customer's contract at another insurer
    const other = await createCustomer(tenant.id);
    await createContract(tenant.id, other.id, { insurerName: "ERGO" });
    const created =
      kind === "ADDRESS"
        ? await submitChangeRequest(c.ctx, "ADDRESS", NEW_ADDRESS)
        : await submitChangeRequest(c.ctx, "BANK_ACCOUNT", { holder: "Max Muster", iban: IBAN, bic: "COBADEFFXXX" });
    if (!created.ok) throw new Error("not created");
    return { ...c, requestId: created.id };
  }

  it("makes one PDF letter per distinct insurer of the customer's running contracts", async () => {
    const { requestId, customer } = await appliedWithContracts();
    expect(await loadChangeNotices(owner, { id: requestId })).toBeNull(); // still pending
    expect(await applyChangeRequest(owner, requestId)).toMatchObject({ ok: true });

    const detail = await getChangeRequest(owner, requestId);
    expect(detail?.notices?.map((n) => [n.name, n.policyNumbers])).toEqual([
      ["Allianz Versicherungs-AG", ["AS-100", "AS-200"]],
      ["HUK-COBURG", ["HUK-9", "HUK-10"]],
    ]);

    const notices = await loadChangeNotices(owner, { id: requestId });
    expect(notices?.letters).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "changeRequest.noticeDownloaded", entityId: requestId } })).toBe(1);

    for (const letter of notices!.letters) {
      const file = await noticePdf(letter, notices!.locale);
      expect(Buffer.from(file.bytes).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(file.fileName).toMatch(/^Adressaenderung_[A-Za-z0-9_.-]+\.pdf$/);
      expect((await PDFDocument.load(file.bytes)).getPageCount()).toBe(1);
    }
    const allianz = buildChangeNoticeText(notices!.letters[0]!, notices!.locale);
    const text = JSON.stringify(allianz);
    expect(allianz.recipient).toEqual(["Allianz Versicherungs-AG"]);
    expect(allianz.subject).toContain("Adressänderung");
    expect(allianz.subject).toContain(customer.lastName!);
    for (const expected of [
      "AS-100",
      "AS-200",
      "Lindenallee 7",
      "50667 Köln",
      "Alte Gasse 3",
      "10115 Berlin",
      "Makler Sonnenschein",
      "Marktplatz 1",
      "Mit freundlichen Grüßen",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("HUK-9");

    // a single insurer by its key, and the ZIP of all
    const one = await loadChangeNotices(owner, { id: requestId, insurer: detail!.notices![1]!.key });
    expect(one?.letters.map((l) => l.insurer.name)).toEqual(["HUK-COBURG"]);
    const zip = Buffer.from(await noticeZip(notices!.letters, notices!.locale));
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(await loadChangeNotices(owner, { id: requestId, insurer: "n-0000000000000000" })).toBeNull();
  });

  it("writes a bank-change letter with holder, IBAN, BIC and the mandate note", async () => {
    const { requestId } = await appliedWithContracts("BANK_ACCOUNT");
    await applyChangeRequest(owner, requestId);
    const notices = await loadChangeNotices(owner, { id: requestId });
    const text = JSON.stringify(buildChangeNoticeText(notices!.letters[0]!, "de-DE"));
    for (const expected of [
      "Änderung der Bankverbindung",
      "DE89 3704 0044 0532 0130 00",
      "COBADEFFXXX",
      "Max Muster",
      "SEPA-Lastschriftmandat",
    ]) {
      expect(text).toContain(expected);
    }
    const english = JSON.stringify(buildChangeNoticeText(notices!.letters[0]!, "en-GB"));
    expect(english).toContain("Change of bank details");
  });

  it("offers no notices for pending, rejected or phone requests, nor to staff without access", async () => {
    const pending = await appliedWithContracts();
    expect(await loadChangeNotices(owner, { id: pending.requestId })).toBeNull();
    expect((await getChangeRequest(owner, pending.requestId))?.notices).toBeNull();

    const rejected = await appliedWithContracts();
    await rejectChangeRequest(owner, rejected.requestId, { reason: "Adresse unvollständig" });
    expect(await loadChangeNotices(owner, { id: rejected.requestId })).toBeNull();

    const phone = await submitChangeRequest(pending.ctx, "LANDLINE", { number: "+49 30 1234567" });
    if (!phone.ok) throw new Error("not created");
    await applyChangeRequest(owner, phone.id);
    expect(await loadChangeNotices(owner, { id: phone.id })).toBeNull();
    expect((await getChangeRequest(owner, phone.id))?.notices).toBeNull();

    const applied = await appliedWithContracts();
    await applyChangeRequest(owner, applied.requestId);
    const otherTenant = await createTenant();
    const foreignOwner = await contextFor((await createStaff(otherTenant.id, { role: "owner" })).id);
    const otherAdvisor = await contextFor((await createStaff(tenant.id, { role: "advisor" })).id);
    expect(await loadChangeNotices(foreignOwner, { id: applied.requestId })).toBeNull();
    expect(await loadChangeNotices(otherAdvisor, { id: applied.requestId })).toBeNull();
    expect(await loadChangeNotices(owner, { id: "not-a-uuid" })).toBeNull();
    await expect(loadChangeNotices(applied.ctx, { id: applied.requestId })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

const folderContext = (userId: string, folderCustomerId: string | null) => contextFor(userId, undefined, { folderCustomerId });

import { describe, expect, it } from "vitest";
import { applyChangeRequest } from "@/lib/data/change-requests/apply-change-request";
import { confirmContactCode } from "@/lib/data/change-requests/confirm-contact-code";
import { getProfile } from "@/lib/data/change-requests/get-profile";
import { sendContactCode } from "@/lib/data/change-requests/send-contact-code";
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
import { uniqueSuffix } from "../setup/factories";
import { shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

setupChangeRequestOffice();

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

const folderContext = (userId: string, folderCustomerId: string | null) => contextFor(userId, undefined, { folderCustomerId });

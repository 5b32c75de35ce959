import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getContactCard } from "@/lib/data/portal/get-contact-card";
import { getOwnAvatar } from "@/lib/data/staff/get-own-avatar";
import { removeOwnAvatar } from "@/lib/data/staff/remove-own-avatar";
import { setOwnAvatar } from "@/lib/data/staff/set-own-avatar";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { getObjectBytes } from "@/lib/storage/get-object";
import { staffAvatarKey } from "@/lib/storage/object-key";
import { s3Client } from "@/lib/storage/s3-client";
import { createCustomer, createCustomerUser, createStaff, createTenant, tinyPdf } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 512) => Buffer.concat([Buffer.from(PNG_MAGIC), randomBytes(size)]);
const jpeg = (size = 512) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size)]);
const gif = () => Buffer.concat([Buffer.from("GIF89a", "ascii"), randomBytes(256)]);
const photo = (bytes: Buffer, name = "foto.png", type = "image/png") => ({
  photo: new File([new Uint8Array(bytes)], name, { type }),
});

beforeAll(async () => {
  await ensureBucket();
});

/** A tenant with an advisor (staff context) and a customer of that advisor who can sign in. */
async function office() {
  const tenant = await createTenant();
  const advisor = await createStaff(tenant.id, { role: "advisor", firstName: "Anna", lastName: "Berater" });
  const customer = await createCustomer(tenant.id, { advisorId: advisor.id });
  const customerUser = await createCustomerUser(tenant.id, customer.id);
  return {
    tenant,
    advisor,
    customer,
    staffCtx: await contextFor(advisor.id),
    customerCtx: await contextFor(customerUser.id),
  };
}

const avatarKeyOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { avatarKey: true } })).avatarKey;

async function storedKeys(tenantId: string, userId: string): Promise<string[]> {
  const res = await s3Client().send(
    new ListObjectsV2Command({ Bucket: serverEnv().S3_BUCKET, Prefix: `t/${tenantId}/staff/${userId}/` }),
  );
  return (res.Contents ?? []).map((o) => o.Key ?? "");
}

describe("staff photo for the customers' contact card", () => {
  it("shows the uploaded PNG on the contact card of the advisor's customer, byte for byte", async () => {
    const { tenant, advisor, staffCtx, customerCtx } = await office();
    const bytes = png();

    expect(await setOwnAvatar(staffCtx, photo(bytes))).toEqual({ ok: true });

    const key = await avatarKeyOf(advisor.id);
    expect(key).toMatch(new RegExp(`^t/${tenant.id}/staff/${advisor.id}/[0-9a-f-]{36}$`));
    const { advisor: card } = await getContactCard(customerCtx);
    expect(card).toMatchObject({ firstName: "Anna", lastName: "Berater" });
    expect(card?.photoUrl).toBeTruthy();
    // the customer gets a signed URL, never the storage key itself
    expect(JSON.stringify(card)).not.toContain(`"${key}"`);
    const res = await fetch(card!.photoUrl!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(res.headers.get("content-type")).toMatch(/^image\//);

    const audit = await db.auditLog.findMany({ where: { tenantId: tenant.id, action: "staff.avatarChanged" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: advisor.id, entityType: "User", entityId: advisor.id });
    expect(JSON.stringify(audit[0]?.data)).not.toContain(key!);
  });

  it("accepts a JPEG and shows the own photo on the security page", async () => {
    const { advisor, staffCtx } = await office();
    expect((await getOwnAvatar(staffCtx)).photoUrl).toBeNull();
    const bytes = jpeg();
    expect(await setOwnAvatar(staffCtx, photo(bytes, "portrait.jpg", "image/jpeg"))).toEqual({ ok: true });
    const own = await getOwnAvatar(staffCtx);
    expect(own).toMatchObject({ firstName: "Anna", lastName: "Berater", email: advisor.email });
    const res = await fetch(own.photoUrl!);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("refuses a GIF, a PDF, an empty file and a photo over 2 MB, storing nothing", async () => {
    const { tenant, advisor, staffCtx } = await office();

    // the browser's type and the file name do not count, only the bytes
    expect(await setOwnAvatar(staffCtx, photo(gif(), "foto.png", "image/png"))).toEqual({
      ok: false,
      error: "broker.avatar.errors.typeNotAllowed",
    });
    expect(await setOwnAvatar(staffCtx, photo(tinyPdf(), "foto.png", "image/png"))).toEqual({
      ok: false,
      error: "broker.avatar.errors.typeNotAllowed",
    });
    expect(await setOwnAvatar(staffCtx, photo(png(2 * 1024 * 1024)))).toEqual({
      ok: false,
      error: { key: "broker.avatar.errors.tooLarge", values: { maxMb: 2 } },
    });
    expect(await setOwnAvatar(staffCtx, photo(Buffer.alloc(0)))).toEqual({ ok: false, error: "broker.avatar.errors.empty" });
    expect(await setOwnAvatar(staffCtx, { photo: "not a file" })).toEqual({ ok: false, error: "broker.avatar.errors.empty" });

    expect(await avatarKeyOf(advisor.id)).toBeNull();
    expect(await storedKeys(tenant.id, advisor.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "staff.avatarChanged" } })).toBe(0);
  });

  it("accepts a photo of exactly 2 MB", async () => {
    const { staffCtx } = await office();
    expect(await setOwnAvatar(staffCtx, photo(png(2 * 1024 * 1024 - PNG_MAGIC.length)))).toEqual({ ok: true });
  });

  it("deletes the previous object when the photo is replaced", async () => {
    const { tenant, advisor, staffCtx, customerCtx } = await office();
    await setOwnAvatar(staffCtx, photo(png()));
    const oldKey = (await avatarKeyOf(advisor.id))!;
    const replacement = jpeg();

    expect(await setOwnAvatar(staffCtx, photo(replacement, "neu.jpg", "image/jpeg"))).toEqual({ ok: true });

    const newKey = await avatarKeyOf(advisor.id);
    expect(newKey).not.toBe(oldKey);
    await expect(getObjectBytes(oldKey)).rejects.toThrow();
    expect(await storedKeys(tenant.id, advisor.id)).toEqual([newKey]);
    const res = await fetch((await getContactCard(customerCtx)).advisor!.photoUrl!);
    expect(Buffer.from(await res.arrayBuffer()).equals(replacement)).toBe(true);
  });

  it("removes the photo: row cleared, object deleted, initials on the contact card again", async () => {
    const { tenant, advisor, staffCtx, customerCtx } = await office();
    await setOwnAvatar(staffCtx, photo(png()));
    const key = (await avatarKeyOf(advisor.id))!;

    expect(await removeOwnAvatar(staffCtx)).toEqual({ ok: true });

    expect(await avatarKeyOf(advisor.id)).toBeNull();
    await expect(getObjectBytes(key)).rejects.toThrow();
    expect(await storedKeys(tenant.id, advisor.id)).toEqual([]);
    const { advisor: card } = await getContactCard(customerCtx);
    expect(card).not.toBeNull();
    expect(card?.photoUrl).toBeUndefined();
    expect((await getOwnAvatar(staffCtx)).photoUrl).toBeNull();
    const audit = await db.auditLog.findMany({ where: { tenantId: tenant.id, action: "staff.avatarChanged" } });
    expect(audit).toHaveLength(2);
    // removing without a photo changes nothing and writes no audit entry
    expect(await removeOwnAvatar(staffCtx)).toEqual({ ok: true });
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "staff.avatarChanged" } })).toBe(2);
  });

  it("refuses customers: they can neither upload nor remove a photo", async () => {
    const { tenant, customer, customerCtx } = await office();
    await expect(setOwnAvatar(customerCtx, photo(png()))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(removeOwnAvatar(customerCtx)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getOwnAvatar(customerCtx)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setOwnAvatar(null, photo(png()))).rejects.toBeInstanceOf(AccessDeniedError);
    const customerUsers = await db.user.findMany({ where: { tenantId: tenant.id, customerId: customer.id } });
    expect(customerUsers.every((u) => u.avatarKey === null)).toBe(true);
    const objects = await s3Client().send(
      new ListObjectsV2Command({ Bucket: serverEnv().S3_BUCKET, Prefix: `t/${tenant.id}/staff/` }),
    );
    expect(objects.Contents ?? []).toEqual([]);
  });

  it("never gives another tenant's customer this advisor's photo", async () => {
    const { advisor, staffCtx } = await office();
    await setOwnAvatar(staffCtx, photo(png()));
    const stolenKey = (await avatarKeyOf(advisor.id))!;

    const other = await createTenant();
    // a customer of another office wrongly pointing at the advisor: no advisor at all
    const misassigned = await createCustomer(other.id, { advisorId: advisor.id });
    const misassignedCtx = await contextFor((await createCustomerUser(other.id, misassigned.id)).id);
    expect((await getContactCard(misassignedCtx)).advisor).toBeNull();

    // an advisor of the other office whose row carries the first office's key: the key is not signed
    const otherAdvisor = await createStaff(other.id, { role: "advisor", avatarKey: stolenKey });
    const otherCustomer = await createCustomer(other.id, { advisorId: otherAdvisor.id });
    const otherCtx = await contextFor((await createCustomerUser(other.id, otherCustomer.id)).id);
    const { advisor: card } = await getContactCard(otherCtx);
    expect(card).toMatchObject({ email: otherAdvisor.email });
    expect(card?.photoUrl).toBeUndefined();
  });

  it("shows the photo only to customers of that advisor", async () => {
    const { tenant, staffCtx } = await office();
    await setOwnAvatar(staffCtx, photo(png()));
    const colleague = await createStaff(tenant.id, { role: "advisor", firstName: "Bert", lastName: "Kollege" });
    const theirs = await createCustomer(tenant.id, { advisorId: colleague.id });
    const ctx = await contextFor((await createCustomerUser(tenant.id, theirs.id)).id);
    const { advisor: card } = await getContactCard(ctx);
    expect(card).toMatchObject({ firstName: "Bert", lastName: "Kollege" });
    expect(card?.photoUrl).toBeUndefined();
  });

  it("generates photo keys under the tenant's staff prefix", () => {
    const key = staffAvatarKey("0197a5f0-0000-7000-8000-000000000001", "0197a5f0-0000-7000-8000-0000000000a1");
    expect(key).toMatch(/^t\/0197a5f0-0000-7000-8000-000000000001\/staff\/0197a5f0-0000-7000-8000-0000000000a1\/[0-9a-f-]{36}$/);
  });
});

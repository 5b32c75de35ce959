import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { setDocumentVisibility } from "@/lib/data/documents/set-document-visibility";
import { uploadDocument } from "@/lib/data/documents/upload-document";
import { getEmailPreferences } from "@/lib/data/notifications/get-email-preferences";
import { listOwnNotifications } from "@/lib/data/notifications/list-own-notifications";
import { markAllNotificationsRead } from "@/lib/data/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/data/notifications/mark-notification-read";
import { saveEmailPreferences } from "@/lib/data/notifications/save-email-preferences";
import { db } from "@/lib/db/client";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { readMultipartUpload } from "@/lib/documents/read-multipart-upload";
import { MAX_UPLOAD_BYTES } from "@/lib/documents/upload-limits";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
  tinyPdf,
} from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { uploadRequest } from "../setup/uploads";

const SECRET_TITLE = "Kündigungsbestätigung Lebensversicherung Geheim";

type Releases = Partial<Record<PortalModule, ReleaseLevel>>;

/** An office with a broker, and a customer with a portal account and the given releases. */
async function office(releases: Releases = { INSURANCE: "READ", PROFILE: "READ" }) {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  const customer = await createCustomer(tenant.id);
  const user = await createCustomerUser(tenant.id, customer.id);
  await db.moduleRelease.createMany({
    data: Object.entries(releases).map(([module, level]) => ({
      tenantId: tenant.id,
      customerId: customer.id,
      module: module as PortalModule,
      level,
    })),
  });
  return { tenant, owner, customer, user, broker: await contextFor(owner.id) };
}

async function brokerUpload(ctx: RequestContext, customerId: string, fields: Record<string, string>) {
  const request = await uploadRequest({ name: "scan.pdf", bytes: tinyPdf() }, { title: SECRET_TITLE, ...fields });
  const result = await readMultipartUpload(request, MAX_UPLOAD_BYTES, (part) => uploadDocument(ctx, customerId, part));
  if (!result.ok) throw new Error(`upload refused: ${JSON.stringify(result)}`);
  return result.id;
}

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const mailsTo = (email: string) =>
  db.outboxMessage.findMany({ where: { recipient: email.toLowerCase(), channel: "EMAIL" }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await ensureBucket();
});

describe("document notifications", () => {
  it("tells the customer about a visible document in a released module, without its title in the e-mail", async () => {
    const { tenant, customer, user, broker } = await office();
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    await brokerUpload(broker, customer.id, { contractId: contract.id, isVisibleToCustomer: "true" });

    const notes = await notificationsOf(user.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      tenantId: tenant.id,
      type: "document.added",
      title: "Neues Dokument in Ihrem Ordner",
      link: "/portal/documents",
      readAt: null,
    });
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    const payload = mails[0]!.payload as { subject: string; text: string; html: string };
    expect(mails[0]!.tenantId).toBe(tenant.id);
    expect(payload.subject).toContain("Neues Dokument in Ihrem Ordner");
    expect(payload.text).toContain("/portal/documents");
    for (const part of [payload.subject, payload.text, payload.html]) {
      expect(part).not.toContain(SECRET_TITLE);
      expect(part).not.toContain("scan.pdf");
      expect(part).not.toContain(contract.policyNumber!);
    }
  });

  it("tells the customer about a general document when the profile is released", async () => {
    const { user, customer, broker } = await office({ PROFILE: "READ" });
    await brokerUpload(broker, customer.id, { isVisibleToCustomer: "true" });
    expect(await notificationsOf(user.id)).toHaveLength(1);
  });

  it("stays silent for a document the customer cannot see", async () => {
    // FINANCE hidden, PROFILE hidden: neither a finance contract's document nor a general one is visible
    const { tenant, customer, user, broker } = await office({ INSURANCE: "READ" });
    const insurance = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const finance = await createContract(tenant.id, customer.id, { module: "FINANCE" });
    await brokerUpload(broker, customer.id, { contractId: insurance.id, isVisibleToCustomer: "false" });
    await brokerUpload(broker, customer.id, { contractId: finance.id, isVisibleToCustomer: "true" });
    await brokerUpload(broker, customer.id, { isVisibleToCustomer: "true" });
    expect(await notificationsOf(user.id)).toEqual([]);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it("tells the customer when the broker switches a document to visible, only where it is released", async () => {
    const { tenant, customer, user, broker } = await office({ INSURANCE: "READ" });
    const insurance = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const finance = await createContract(tenant.id, customer.id, { module: "FINANCE" });
    const shown = await createDocument(tenant.id, customer.id, { contractId: insurance.id, isVisibleToCustomer: false });
    const hiddenModule = await createDocument(tenant.id, customer.id, { contractId: finance.id, isVisibleToCustomer: false });

    await setDocumentVisibility(broker, { documentId: hiddenModule.id, isVisibleToCustomer: true });
    expect(await notificationsOf(user.id)).toEqual([]);
    await setDocumentVisibility(broker, { documentId: shown.id, isVisibleToCustomer: true });
    expect(await notificationsOf(user.id)).toHaveLength(1);
    // hiding it again tells nobody anything
    await setDocumentVisibility(broker, { documentId: shown.id, isVisibleToCustomer: false });
    expect(await notificationsOf(user.id)).toHaveLength(1);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it("writes the in-app notification but no e-mail when the customer switched document e-mails off", async () => {
    const { tenant, customer, user, broker } = await office();
    const ctx = await contextFor(user.id);
    expect(await saveEmailPreferences(ctx, { documents: false, messages: true, status: true })).toMatchObject({ ok: true });
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    await brokerUpload(broker, customer.id, { contractId: contract.id, isVisibleToCustomer: "true" });
    expect(await notificationsOf(user.id)).toHaveLength(1);
    expect(await mailsTo(user.email)).toEqual([]);
  });
});

describe("notification list", () => {
  async function customerWithNotifications(count: number) {
    const { tenant, user } = await office();
    const base = Date.UTC(2026, 0, 1);
    await db.notification.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        tenantId: tenant.id,
        userId: user.id,
        type: "document.added",
        title: `Mitteilung ${i + 1}`,
        link: "/portal/documents",
        createdAt: new Date(base + i * 60_000),
      })),
    });
    return { tenant, user, ctx: await contextFor(user.id) };
  }

  it("lists only the account's own notifications, newest first, 20 per page", async () => {
    const { ctx } = await customerWithNotifications(23);
    const other = await customerWithNotifications(2);
    const first = await listOwnNotifications(ctx);
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.title).toBe("Mitteilung 23");
    expect(first.unreadCount).toBe(23);
    expect(first.nextCursor).not.toBeNull();
    const second = await listOwnNotifications(ctx, { cursor: first.nextCursor! });
    expect(second.items.map((n) => n.title)).toEqual(["Mitteilung 3", "Mitteilung 2", "Mitteilung 1"]);
    expect(second.nextCursor).toBeNull();
    // someone else's id as cursor does not open their list: it starts at the top of one's own
    const otherIds = (await listOwnNotifications(other.ctx)).items.map((n) => n.id);
    const probed = await listOwnNotifications(ctx, { cursor: otherIds[0] });
    expect(probed.items.map((n) => n.id)).toEqual(first.items.map((n) => n.id));
    expect(probed.items.some((n) => otherIds.includes(n.id))).toBe(false);
  });

  it("marks one notification read and returns its portal link", async () => {
    const { ctx, user } = await customerWithNotifications(2);
    const [newest] = (await listOwnNotifications(ctx)).items;
    expect(await markNotificationRead(ctx, newest!.id)).toEqual({ link: "/portal/documents" });
    const after = await listOwnNotifications(ctx);
    expect(after.unreadCount).toBe(1);
    expect(after.items[0]).toMatchObject({ id: newest!.id, isRead: true });
    expect(await db.notification.count({ where: { userId: user.id, readAt: null } })).toBe(1);
  });

  it("does nothing when marking another user's notification read", async () => {
    const mine = await customerWithNotifications(1);
    const theirs = await customerWithNotifications(1);
    const [target] = (await listOwnNotifications(theirs.ctx)).items;
    expect(await markNotificationRead(mine.ctx, target!.id)).toBeNull();
    expect(await markNotificationRead(mine.ctx, "not-a-uuid")).toBeNull();
    expect(await markAllNotificationsRead(mine.ctx)).toBe(1);
    expect(await db.notification.findUniqueOrThrow({ where: { id: target!.id } })).toMatchObject({ readAt: null });
  });

  it("never offers a link that leaves the portal", async () => {
    const { tenant, user, ctx } = await customerWithNotifications(0);
    const links = ["https://evil.example/portal", "//evil.example", "/portal\\..\\x", "/portalx", "/broker/customers", null];
    await db.notification.createMany({
      data: links.map((link) => ({ tenantId: tenant.id, userId: user.id, type: "test", title: "T", link })),
    });
    const list = await listOwnNotifications(ctx);
    expect(list.items.map((n) => n.link)).toEqual(links.map(() => null));
    for (const n of list.items) expect(await markNotificationRead(ctx, n.id)).toEqual({ link: null });
  });

  it("marks all of the account's notifications read, not anybody else's", async () => {
    const mine = await customerWithNotifications(3);
    const theirs = await customerWithNotifications(2);
    expect(await markAllNotificationsRead(mine.ctx)).toBe(3);
    expect((await listOwnNotifications(mine.ctx)).unreadCount).toBe(0);
    expect((await listOwnNotifications(theirs.ctx)).unreadCount).toBe(2);
  });

  it("refuses the broker's customer preview context", async () => {
    const { ctx } = await customerWithNotifications(1);
    const preview = { ...ctx, previewBy: "staff" };
    await expect(markAllNotificationsRead(preview)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(saveEmailPreferences(preview, { documents: false, messages: false, status: false })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});

describe("e-mail preferences", () => {
  it("saves the choice and audits which kinds changed (names only)", async () => {
    const { tenant, customer, user } = await office();
    const ctx = await contextFor(user.id);
    expect(await getEmailPreferences(ctx)).toEqual({ documents: true, messages: true, status: true });
    const result = await saveEmailPreferences(ctx, { documents: true, messages: false, status: false });
    expect(result).toEqual({ ok: true, preferences: { documents: true, messages: false, status: false } });
    expect(await getEmailPreferences(ctx)).toEqual({ documents: true, messages: false, status: false });
    const audit = await db.auditLog.findFirst({ where: { tenantId: tenant.id, action: "notification.preferencesChanged" } });
    expect(audit).toMatchObject({ actorUserId: user.id, customerId: customer.id, data: { changed: ["messages", "status"] } });
  });

  it("refuses malformed input and leaves the stored choice alone", async () => {
    const { user } = await office();
    const ctx = await contextFor(user.id);
    for (const input of [null, {}, { documents: "yes", messages: true, status: true }, { documents: true }]) {
      expect(await saveEmailPreferences(ctx, input)).toEqual({ ok: false, error: "common.errors.checkInput" });
    }
    expect(await getEmailPreferences(ctx)).toEqual({ documents: true, messages: true, status: true });
  });
});

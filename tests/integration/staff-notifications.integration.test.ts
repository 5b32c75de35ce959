import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { notifyBroker } from "@/lib/data/invitations/notify-broker";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { listOwnNotifications } from "@/lib/data/notifications/list-own-notifications";
import { markAllNotificationsRead } from "@/lib/data/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/data/notifications/mark-notification-read";
import { db } from "@/lib/db/client";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import { createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const TITLE = { key: "invitations.notifications.renewalRequested", values: { name: "Erika Muster" } } as const;

/**
 * An office with an advisor ("me") and a colleague, each told about something through the real
 * writers (notifyStaff for tickets, notifyBroker for uploads/claims/change requests), plus a staff
 * member of another office with a notification of their own.
 */
async function offices() {
  const tenant = await createTenant();
  const me = await createStaff(tenant.id, { role: "advisor" });
  const colleague = await createStaff(tenant.id, { role: "advisor" });
  const customer = await createCustomer(tenant.id, { advisorId: me.id });
  const ticketLink = `/broker/tickets/${randomUUID()}`;
  const uploadLink = `/broker/customers/${customer.id}#documents`;
  freezeClock(new Date("2026-03-02T09:00:00Z"));
  await db.$transaction(async (tx) => {
    await notifyStaff(tx, { tenantId: tenant.id, userId: me.id, type: "ticket.created", title: TITLE, link: ticketLink });
    await notifyStaff(tx, { tenantId: tenant.id, userId: colleague.id, type: "ticket.created", title: TITLE, link: ticketLink });
  });
  freezeClock(new Date("2026-03-02T10:00:00Z"));
  await db.$transaction((tx) =>
    notifyBroker(tx, { tenantId: tenant.id, advisorId: me.id, type: "document.uploaded", title: TITLE, link: uploadLink }),
  );
  freezeClock(null);

  const otherTenant = await createTenant();
  const stranger = await createStaff(otherTenant.id, { role: "owner" });
  const foreign = await db.notification.create({
    data: { tenantId: otherTenant.id, userId: stranger.id, type: "ticket.created", title: "Fremd", link: "/broker/tickets" },
  });
  return { tenant, me, colleague, customer, ticketLink, uploadLink, foreign, ctx: await contextFor(me.id) };
}

const unreadOf = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

afterEach(() => freezeClock(null));

describe("staff notifications", () => {
  it("lists only the staff member's own notifications, newest first, with their /broker links", async () => {
    const { me, ctx, ticketLink, uploadLink } = await offices();
    const list = await listOwnNotifications(ctx);
    expect(list.items.map((n) => n.link)).toEqual([uploadLink, ticketLink]);
    expect(list.items.map((n) => n.type)).toEqual(["document.uploaded", "ticket.created"]);
    expect(list.items.every((n) => n.title === "Erika Muster bittet um einen neuen Einladungslink." && !n.isRead)).toBe(true);
    expect(list).toMatchObject({ unreadCount: 2, nextCursor: null });
    expect(await countUnreadNotifications(ctx)).toBe(2);
    const mine = await db.notification.findMany({ where: { userId: me.id }, select: { id: true } });
    expect(new Set(list.items.map((n) => n.id))).toEqual(new Set(mine.map((n) => n.id)));
  });

  it("pages 20 at a time; a colleague's id as cursor starts at the top", async () => {
    const { tenant, me, colleague, ctx } = await offices();
    const base = Date.parse("2026-03-03T08:00:00Z");
    await db.notification.createMany({
      data: Array.from({ length: 22 }, (_, i) => ({
        tenantId: tenant.id,
        userId: me.id,
        type: "claim.reported",
        title: `Schaden ${i}`,
        link: `/broker/claims/${randomUUID()}`,
        createdAt: new Date(base + i * 60_000),
      })),
    });
    const first = await listOwnNotifications(ctx);
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.title).toBe("Schaden 21");
    const second = await listOwnNotifications(ctx, { cursor: first.nextCursor! });
    expect(second.items).toHaveLength(4);
    expect(second.nextCursor).toBeNull();
    const colleagues = await db.notification.findFirstOrThrow({ where: { userId: colleague.id } });
    expect((await listOwnNotifications(ctx, { cursor: colleagues.id })).items[0]!.title).toBe("Schaden 21");
  });

  it("marks only the staff member's own notifications read", async () => {
    const { me, colleague, ctx, foreign, ticketLink } = await offices();
    const colleagues = await db.notification.findFirstOrThrow({ where: { userId: colleague.id } });
    expect(await markNotificationRead(ctx, colleagues.id)).toBeNull();
    expect(await markNotificationRead(ctx, foreign.id)).toBeNull();
    expect(await markNotificationRead(ctx, "not-a-uuid")).toBeNull();
    expect(await unreadOf(colleague.id)).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();

    const ticketNote = await db.notification.findFirstOrThrow({ where: { userId: me.id, type: "ticket.created" } });
    expect(await markNotificationRead(ctx, ticketNote.id)).toEqual({ link: ticketLink });
    expect(await countUnreadNotifications(ctx)).toBe(1);

    expect(await markAllNotificationsRead(ctx)).toBe(1);
    expect(await countUnreadNotifications(ctx)).toBe(0);
    expect(await unreadOf(colleague.id)).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
  });

  it("never offers a staff member a link outside the broker workspace", async () => {
    const tenant = await createTenant();
    const me = await createStaff(tenant.id, { role: "owner" });
    const ctx = await contextFor(me.id);
    const links = [
      "/portal/messages/1",
      "/portal",
      "https://evil.example/broker",
      "//evil.example/broker",
      "javascript:alert(1)",
      "/broker\\..\\portal",
      "/broker//evil.example",
      "/brokerx",
      "broker/tickets",
      null,
    ];
    await db.notification.createMany({
      data: links.map((link, i) => ({
        tenantId: tenant.id,
        userId: me.id,
        type: "test",
        title: `T${i}`,
        link,
        createdAt: new Date(Date.parse("2026-03-04T08:00:00Z") + i * 1000),
      })),
    });
    const list = await listOwnNotifications(ctx);
    expect(list.items).toHaveLength(links.length);
    expect(list.items.map((n) => n.link)).toEqual(links.map(() => null));
    for (const n of list.items) expect(await markNotificationRead(ctx, n.id)).toEqual({ link: null });
  });

  it("never offers a customer a link into the broker workspace, but keeps their portal links", async () => {
    const tenant = await createTenant();
    const customer = await createCustomer(tenant.id);
    const user = await createCustomerUser(tenant.id, customer.id);
    const ctx = await contextFor(user.id);
    const brokerNote = await db.notification.create({
      data: {
        tenantId: tenant.id,
        userId: user.id,
        type: "test",
        title: "B",
        link: "/broker/tickets",
        createdAt: new Date("2026-03-04T08:00:00Z"),
      },
    });
    const portalNote = await db.notification.create({
      data: {
        tenantId: tenant.id,
        userId: user.id,
        type: "test",
        title: "P",
        link: "/portal/messages",
        createdAt: new Date("2026-03-04T09:00:00Z"),
      },
    });
    const list = await listOwnNotifications(ctx);
    expect(list.items.map((n) => [n.id, n.link])).toEqual([
      [portalNote.id, "/portal/messages"],
      [brokerNote.id, null],
    ]);
    expect(await markNotificationRead(ctx, brokerNote.id)).toEqual({ link: null });
    expect(await markNotificationRead(ctx, portalNote.id)).toEqual({ link: "/portal/messages" });
  });

  it("needs a signed-in account", async () => {
    await expect(countUnreadNotifications(null)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listOwnNotifications(null)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

import { describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit/write-audit";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { buildDataExport } from "@/lib/data/my-data/build-data-export";
import { listAccessLog } from "@/lib/data/my-data/list-access-log";
import { db } from "@/lib/db/client";
import { createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { folderContextFor } from "../setup/my-data-fixtures";
import { portalCustomer, shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

describe("access log", () => {
  async function setup() {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor", firstName: "Andrea", lastName: "Becker" });
    const { customer, user } = await portalCustomer(tenant.id, { INSURANCE: "READ" });
    return { tenant, advisor, customer, user };
  }

  it("lists what the broker's staff did with the customer's own data, newest first, with names and without IPs", async () => {
    const { tenant, advisor, customer, user } = await setup();
    const backoffice = await createStaff(tenant.id, { role: "backoffice", firstName: "Ben", lastName: "Kraus" });
    const other = await createCustomer(tenant.id);
    const foreignTenant = await createTenant();
    const foreignStaff = await createStaff(foreignTenant.id, { role: "owner" });
    const staff = (actorUserId: string) => ({
      tenantId: tenant.id,
      actorUserId,
      actorKind: "staff" as const,
      ip: "10.1.2.3",
      userAgent: "Staff Browser",
    });

    await writeAudit({
      ...staff(advisor.id),
      action: "customer.viewed",
      entityType: "Customer",
      entityId: customer.id,
      customerId: customer.id,
    });
    await writeAudit({
      ...staff(backoffice.id),
      action: "customer.updated",
      entityType: "Customer",
      entityId: customer.id,
      customerId: customer.id,
      data: { fields: ["street", "city"] },
    });
    await writeAudit({
      ...staff(advisor.id),
      action: "customer.viewed",
      entityType: "Customer",
      entityId: other.id,
      customerId: other.id,
    });
    await writeAudit({
      tenantId: tenant.id,
      actorUserId: user.id,
      actorKind: "customer",
      action: "document.view",
      customerId: customer.id,
    });
    await writeAudit({
      tenantId: foreignTenant.id,
      actorUserId: foreignStaff.id,
      actorKind: "staff",
      action: "customer.viewed",
      customerId: customer.id,
    });
    await writeAudit({ ...staff(advisor.id), action: "something.new", customerId: customer.id });

    const log = await listAccessLog(await contextFor(user.id));
    expect(log.before).toBeNull();
    expect(log.items.map((e) => [e.action, e.staffName])).toEqual([
      ["something.new", "Andrea Becker"],
      ["customer.updated", "Ben Kraus"],
      ["customer.viewed", "Andrea Becker"],
    ]);
    expect(log.items[1]?.fields).toEqual(["street", "city"]);
    expect(JSON.stringify(log)).not.toContain("10.1.2.3");
    expect(JSON.stringify(log)).not.toContain("Staff Browser");

    // the other customer sees only their own entry
    const otherUser = await createCustomerUser(tenant.id, other.id);
    expect((await listAccessLog(await contextFor(otherUser.id))).items.map((e) => e.action)).toEqual(["customer.viewed"]);

    // the export carries the same log with readable labels
    const exported = (await buildDataExport(await contextFor(user.id))).json as {
      accessLog: { action: string; description: string; staffMember: string }[];
    };
    expect(exported.accessLog.map((e) => e.description)).toEqual([
      "Zugriff auf Ihre Daten",
      "Stammdaten geändert",
      "Kundenakte geöffnet",
    ]);
  });

  it("shows the own record's log while a household member's folder is open", async () => {
    const { tenant, advisor, customer, user } = await setup();
    const partner = await createCustomer(tenant.id, { lastName: "Partner" });
    await shareFolder(tenant.id, { grantorId: partner.id, granteeId: customer.id, name: "Familie" });
    await writeAudit({
      tenantId: tenant.id,
      actorUserId: advisor.id,
      actorKind: "staff",
      action: "customer.viewed",
      customerId: partner.id,
    });
    await writeAudit({
      tenantId: tenant.id,
      actorUserId: advisor.id,
      actorKind: "staff",
      action: "contract.viewed",
      customerId: customer.id,
    });
    const log = await listAccessLog(await folderContextFor(user.id, partner.id));
    expect(log.items.map((e) => e.action)).toEqual(["contract.viewed"]);
  });

  it("hides internal ticket work (notes, hand-overs) from the customer but keeps it in the audit log", async () => {
    const { tenant, advisor, customer, user } = await setup();
    const staff = { tenantId: tenant.id, actorUserId: advisor.id, actorKind: "staff" as const, customerId: customer.id };
    for (const action of ["ticket.viewed", "ticket.noted", "ticket.forwarded", "ticket.replied"]) {
      await writeAudit({ ...staff, action, entityType: "Ticket", entityId: customer.id });
    }
    const ctx = await contextFor(user.id);
    expect((await listAccessLog(ctx)).items.map((e) => e.action)).toEqual(["ticket.replied", "ticket.viewed"]);
    const exported = (await buildDataExport(ctx)).json as { accessLog: { action: string }[] };
    expect(exported.accessLog.map((e) => e.action)).toEqual(["ticket.replied", "ticket.viewed"]);
    expect(
      await db.auditLog.count({ where: { customerId: customer.id, action: { in: ["ticket.noted", "ticket.forwarded"] } } }),
    ).toBe(2);
  });

  it("pages through the log 25 entries at a time", async () => {
    const { tenant, advisor, customer, user } = await setup();
    for (let i = 0; i < 30; i++) {
      await writeAudit({
        tenantId: tenant.id,
        actorUserId: advisor.id,
        actorKind: "staff",
        action: "document.view",
        customerId: customer.id,
        data: { n: i },
      });
    }
    const ctx = await contextFor(user.id);
    const first = await listAccessLog(ctx);
    expect(first.items).toHaveLength(25);
    expect(first.before).not.toBeNull();
    const second = await listAccessLog(ctx, { before: first.before! });
    expect(second.items).toHaveLength(5);
    expect(second.before).toBeNull();
    const all = [...first.items, ...second.items].map((e) => BigInt(e.id));
    expect(new Set(all).size).toBe(30);
    expect([...all].sort((a, b) => (a > b ? -1 : 1))).toEqual(all);
  });

  it("is for customers only and rejects a malformed cursor", async () => {
    const { advisor, user } = await setup();
    await expect(listAccessLog(await contextFor(advisor.id))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listAccessLog(await contextFor(user.id), { before: "1 OR 1=1" })).rejects.toThrow();
    await expect(listAccessLog(await contextFor(user.id), { before: "9999999999999999999" })).rejects.toThrow();
  });
});

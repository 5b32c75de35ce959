import { beforeAll, describe, expect, it } from "vitest";
import { listCustomers } from "@/lib/data/customers/list-customers";
import { db } from "@/lib/db/client";
import type { RequestContext } from "@/lib/data/context/types";
import { createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let ctx: RequestContext;
let advisorId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  advisorId = (await createStaff(tenant.id, { role: "advisor" })).id;
  ctx = await contextFor(owner.id);
  ids.anna = (await createCustomer(tenant.id, { customerNumber: "K-3", lastName: "Albers", firstName: "Anna", advisorId })).id;
  ids.bernd = (await createCustomer(tenant.id, { customerNumber: "K-1", lastName: "Brandt", firstName: "Bernd" })).id;
  ids.firma = (
    await createCustomer(tenant.id, {
      customerNumber: "K-2",
      kind: "COMPANY",
      companyName: "Clausen GmbH",
      lastName: null,
      firstName: null,
    })
  ).id;
  await createCustomerUser(tenant.id, ids.anna);
  const invited = await createCustomerUser(tenant.id, ids.bernd, { status: "INVITED", passwordHash: null });
  await db.invitation.create({
    data: {
      tenantId: tenant.id,
      userId: invited.id,
      email: invited.email,
      tokenHash: `h-${invited.id}`,
      expiresAt: new Date(Date.now() - 60_000),
      sentAt: new Date(),
    },
  });
});

const names = async (input: Parameters<typeof listCustomers>[1]) =>
  (await listCustomers(ctx, input)).items.map((c) => c.displayName);

describe("customer list filters", () => {
  it("filters by advisor, by 'no advisor' and by person or company", async () => {
    expect(await names({ advisor: advisorId })).toEqual(["Albers, Anna"]);
    expect(await names({ advisor: "none" })).toEqual(["Brandt, Bernd", "Clausen GmbH"]);
    expect(await names({ kind: "COMPANY" })).toEqual(["Clausen GmbH"]);
  });

  it("filters by portal state: registered, expired invitation, never invited", async () => {
    expect(await names({ invitation: "registered" })).toEqual(["Albers, Anna"]);
    expect(await names({ invitation: "expired" })).toEqual(["Brandt, Bernd"]);
    expect(await names({ invitation: "sent" })).toEqual([]);
    expect(await names({ invitation: "none" })).toEqual(["Clausen GmbH"]);
  });

  it("sorts by customer number and pages on without repeating or skipping anyone", async () => {
    const first = await listCustomers(ctx, { sort: "number", take: 2 });
    expect(first.items.map((c) => c.customerNumber)).toEqual(["K-1", "K-2"]);
    const second = await listCustomers(ctx, { sort: "number", take: 2, cursor: first.nextCursor! });
    expect(second.items.map((c) => c.customerNumber)).toEqual(["K-3"]);
    expect(second.nextCursor).toBeNull();
  });

  it("treats an unknown filter value as invalid input instead of ignoring it silently", async () => {
    await expect(listCustomers(ctx, { kind: "ROBOT" as never })).rejects.toThrow();
  });
});

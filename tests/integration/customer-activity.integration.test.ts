import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { createCustomer } from "@/lib/data/customers/create-customer";
import { getCustomerRecord } from "@/lib/data/customers/get-customer-record";
import { updateCustomer } from "@/lib/data/customers/update-customer";
import type { RequestContext } from "@/lib/data/context/types";
import { createCustomer as seedCustomer, createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let ctx: RequestContext;
let tenantId: string;
let customerId: string;

const person = () => ({
  kind: "PERSON" as const,
  salutation: "" as const,
  title: "",
  firstName: "Tim",
  lastName: `Zeitleiste-${uniqueSuffix()}`,
  birthDate: "",
  email: "",
  mobile: "",
  phone: "",
  street: "",
  postalCode: "",
  city: "",
  country: "DE" as const,
  advisorId: "",
  customerNumber: "",
  notes: "",
});

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ctx = await contextFor((await createStaff(tenantId, { role: "owner" })).id);
  const created = await createCustomer(ctx, person());
  if (!created.ok) throw new Error("setup");
  customerId = created.id;
  await createCustomer(ctx, person()); // someone else's entry must not show up
});

describe("customer activity timeline", () => {
  it("lists what happened to this customer, newest first, without the page views", async () => {
    await getCustomerRecord(ctx, customerId); // writes customer.viewed
    const { items } = await listAuditEntries(ctx, { customerId });
    expect(items.map((e) => e.action)).toEqual(["customer.created"]);
    expect(items[0]?.actorName).toBe("Test owner");
  });

  it("pages on with 'before' without repeating or skipping entries", async () => {
    const input = { ...person(), lastName: "Paging", customerNumber: "" };
    const created = await createCustomer(ctx, input);
    if (!created.ok) throw new Error("setup");
    for (const city of ["Kiel", "Lübeck"]) {
      expect(await updateCustomer(ctx, created.id, { ...input, customerNumber: created.customerNumber, city })).toMatchObject({
        ok: true,
      });
    }
    const first = await listAuditEntries(ctx, { customerId: created.id, take: 2 });
    expect(first.items.map((e) => e.action)).toEqual(["customer.updated", "customer.updated"]);
    expect(first.items[0]?.fields).toEqual(["city"]);
    const second = await listAuditEntries(ctx, { customerId: created.id, take: 2, before: first.before! });
    expect(second.items.map((e) => e.action)).toEqual(["customer.created"]);
    expect(second.before).toBeNull();
  });

  it("refuses the timeline of another tenant's customer", async () => {
    const foreign = await seedCustomer((await createTenant()).id);
    await expect(listAuditEntries(ctx, { customerId: foreign.id })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

// The staff inbox: filters, search, order, unread flags and cursor pages.
// Set-up: tests/setup/ticket-read-fixtures.ts and ticket-read-rows.ts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestContext } from "@/lib/data/context/types";
import { listTicketInbox } from "@/lib/data/tickets/list-ticket-inbox";
import type { TicketListItem } from "@/lib/data/tickets/types";
import { createCustomer, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { ticketReadSuite } from "../setup/ticket-read-fixtures";
import { at, ids, storedRead, storedTicket, type TicketOptions } from "../setup/ticket-read-rows";

ticketReadSuite();

describe("the staff inbox", () => {
  let office: { id: string };
  let me: { id: string };
  let colleague: { id: string };
  let meCtx: RequestContext;
  let schmidt: { id: string };
  let firma: { id: string };
  const t: Record<string, { id: string; number: number }> = {};

  beforeAll(async () => {
    office = await createTenant();
    me = await createStaff(office.id, { role: "backoffice", firstName: "Ina", lastName: "Innen" });
    colleague = await createStaff(office.id, { role: "owner", firstName: "Carl", lastName: "Chef" });
    meCtx = await contextFor(me.id);
    schmidt = await createCustomer(office.id, { firstName: "Erika", lastName: "Schmidt", customerNumber: "K-4711" });
    firma = await createCustomer(office.id, {
      kind: "COMPANY",
      companyName: "Bäckerei Korn GmbH",
      customerNumber: "K-0815",
      firstName: null,
      lastName: null,
    });
    const ticket = (name: string, customerId: string, o: TicketOptions) =>
      storedTicket(customerId, { tenantId: office.id, ...o }).then((row) => (t[name] = row));
    await ticket("kfz", schmidt.id, { minute: 10, subject: "Kfz-Versicherung kündigen", assigneeId: me.id });
    await ticket("hausrat", schmidt.id, { minute: 20, subject: "Hausrat Schaden", assigneeId: colleague.id });
    await ticket("unassigned", firma.id, { minute: 30, subject: "Betriebshaftpflicht Angebot", assigneeId: null });
    await ticket("closed", firma.id, { minute: 40, subject: "Adresse geändert", assigneeId: me.id, status: "CLOSED" });
    // an internal note is activity for the office (but not public)
    await ticket("noted", firma.id, { minute: 5, lastActivityAt: at(50), subject: "Gewerbe Inhalt", assigneeId: me.id });
  });

  const inbox = (params: Record<string, unknown>) => listTicketInbox(meCtx, params).then(ids);

  it("filters by status (open by default) and assignee", async () => {
    expect(await inbox({})).toEqual([t.noted!.id, t.unassigned!.id, t.hausrat!.id, t.kfz!.id]);
    expect(await inbox({ status: "CLOSED" })).toEqual([t.closed!.id]);
    expect(await inbox({ status: "ALL" })).toHaveLength(5);
    expect(await inbox({ status: "nonsense" })).toHaveLength(4);
    expect(await inbox({ assignee: "mine" })).toEqual([t.noted!.id, t.kfz!.id]);
    expect(await inbox({ assignee: "mine", status: "ALL" })).toEqual([t.noted!.id, t.closed!.id, t.kfz!.id]);
    expect(await inbox({ assignee: "unassigned" })).toEqual([t.unassigned!.id]);
    expect(await inbox({ assignee: colleague.id })).toEqual([t.hausrat!.id]);
  });

  it("finds by ticket number, subject and customer name or number, in any case", async () => {
    // ticket 4: "#4" is the number only, "4" also finds customer number K-4711
    expect(t.closed!.number).toBe(4);
    expect(await inbox({ q: "#4", status: "ALL" })).toEqual([t.closed!.id]);
    expect(await inbox({ q: "4", status: "ALL" })).toEqual([t.closed!.id, t.hausrat!.id, t.kfz!.id]);
    expect(await inbox({ q: `${t.unassigned!.number}` })).toEqual([t.unassigned!.id]);
    expect(await inbox({ q: "#99999999999" })).toEqual([]);
    expect(await inbox({ q: "kfz-VERSICHERUNG" })).toEqual([t.kfz!.id]);
    expect(await inbox({ q: "schmidt" })).toEqual([t.hausrat!.id, t.kfz!.id]);
    expect(await inbox({ q: "erika schmidt" })).toEqual([t.hausrat!.id, t.kfz!.id]);
    expect(await inbox({ q: "bäckerei", status: "ALL" })).toEqual([t.noted!.id, t.closed!.id, t.unassigned!.id]);
    expect(await inbox({ q: "k-47" })).toEqual([t.hausrat!.id, t.kfz!.id]);
    expect(await inbox({ q: "schmidt schaden" })).toEqual([t.hausrat!.id]);
    expect(await inbox({ q: "nichts dergleichen" })).toEqual([]);
  });

  it("sorts by last activity, newest or oldest first, with names and unread flags for the viewer", async () => {
    expect(await inbox({ sort: "oldest" })).toEqual([t.kfz!.id, t.hausrat!.id, t.unassigned!.id, t.noted!.id]);
    await storedRead({ id: t.kfz!.id, tenantId: office.id }, me.id, 10);
    // read before the internal note: unread again
    await storedRead({ id: t.noted!.id, tenantId: office.id }, me.id, 20);
    // the colleague's read is not mine
    await storedRead({ id: t.hausrat!.id, tenantId: office.id }, colleague.id, 90);
    const page = await listTicketInbox(meCtx, {});
    const byId = new Map(page.items.map((i) => [i.id, i] as [string, TicketListItem]));
    expect(byId.get(t.kfz!.id)).toMatchObject({
      unread: false,
      lastActivityAt: at(10),
      assignee: { id: me.id, name: "Ina Innen" },
      customer: { id: schmidt.id, name: "Schmidt, Erika", customerNumber: "K-4711" },
    });
    expect(byId.get(t.noted!.id)).toMatchObject({ unread: true, lastActivityAt: at(50) });
    expect(byId.get(t.hausrat!.id)?.unread).toBe(true);
    expect(byId.get(t.unassigned!.id)).toMatchObject({
      unread: true,
      assignee: null,
      customer: { name: "Bäckerei Korn GmbH" },
    });
  });

  it("pages with a cursor without duplicates or gaps, also across equal activity times", async () => {
    const crowd = await createCustomer(office.id, { lastName: "Seitenweise" });
    // 23 tickets, in groups of three with the same activity time
    for (let i = 0; i < 23; i++)
      await storedTicket(crowd.id, { tenantId: office.id, minute: 100 + Math.floor(i / 3), assigneeId: null });
    for (const sort of ["recent", "oldest"] as const) {
      const everything = await inbox({ q: "Seitenweise", sort, take: 100 });
      expect(everything).toHaveLength(23);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof listTicketInbox>> = await listTicketInbox(meCtx, {
          q: "Seitenweise",
          sort,
          take: 5,
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...ids(page));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(5);
      expect(seen).toEqual(everything);
    }
    // a cursor that is no ticket of this office starts at the top instead of failing
    expect(await inbox({ q: "Seitenweise", take: 5, cursor: randomUUID() })).toEqual(
      (await inbox({ q: "Seitenweise", take: 100 })).slice(0, 5),
    );
    expect(await inbox({ q: "Seitenweise", take: 5, cursor: "kaputt" })).toHaveLength(5);
    expect(await inbox({ q: "Seitenweise", take: 5000 })).toHaveLength(23);
  });
});

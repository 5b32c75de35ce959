// `npm run bench:tickets [-- --runs 40 --tickets 20000 --customers 2000 --explain --keep]`
// (--explain: EXPLAIN ANALYZE the slowest statement of every case that misses the target;
// --keep: leave the scratch database for experiments)
// The ticket read side in a busy office: 20,000 tickets (about a quarter open) of 2,000 customers,
// about 60,000 messages (a tenth internal notes), CREATED/CLOSED/FORWARDED events, read markers for
// part of them, an owner, two advisors limited to their own customers and two back-office staff.
// One portal customer has 40 tickets, one of them with 50 messages and attachments. Seeds a scratch
// database on the real PostgreSQL (127.0.0.1:5432), builds request contexts like real requests and
// prints p50/p95 per call and the SQL statements each call issues. Server time of the queries, without
// HTTP and React rendering. Target (issue 6): the inbox's first page p95 < 150 ms.
import { parseArgs } from "node:util";
import { withPgClient } from "@/scripts/db/with-pg-client";
import { DEFAULT_STAFF_ROLES } from "@/prisma/seed/staff-roles";
import {
  benchContext,
  explainStatement,
  log,
  measureCases,
  runScratchBench,
  seedBenchTenant,
  seedBulkCustomers,
  slowestFirst,
  type BenchCase,
  type QueryLog,
} from "./bench-setup";

const { values: args } = parseArgs({
  options: {
    tickets: { type: "string", default: "20000" },
    customers: { type: "string", default: "2000" },
    runs: { type: "string", default: "40" },
    explain: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const TICKETS = Number(args.tickets);
const CUSTOMERS = Number(args.customers);
const RUNS = Number(args.runs);
const WARMUPS = 3;
const TARGET_P95_MS = 150;
const HEAVY_MESSAGES = 50;
const PORTAL_TICKETS = 40;

await runScratchBench({ postgresUrl: args["postgres-url"], prefix: "mp_bench_tickets", keep: args.keep }, seed, measureAll);

type Ids = { ownerId: string; advisorId: string; customerUserId: string; heavyTicketId: string };

async function seed(url: string): Promise<Ids> {
  const { db } = await import("@/lib/db/client");
  const { tenant, owner } = await seedBenchTenant({ ownerName: { firstName: "Olga", lastName: "Owner" } });
  const tenantId = tenant.id;

  const staff = async (key: "advisor" | "backoffice", firstName: string, lastName: string) => {
    const template = DEFAULT_STAFF_ROLES.find((r) => r.key === key)!;
    const role = await db.staffRole.upsert({
      where: { tenantId_key: { tenantId, key } },
      update: {},
      create: { tenantId, key, name: template.name, rights: template.rights, onlyOwnCustomers: template.onlyOwnCustomers },
    });
    return db.user.create({
      data: {
        tenantId,
        email: `${firstName.toLowerCase()}@bench.example`,
        kind: "STAFF",
        status: "ACTIVE",
        staffRoleId: role.id,
        totpEnabledAt: new Date(),
        firstName,
        lastName,
      },
    });
  };
  const advisor = await staff("advisor", "Anton", "Berater");
  const advisor2 = await staff("advisor", "Agnes", "Beraterin");
  const back1 = await staff("backoffice", "Bea", "Innendienst");
  const back2 = await staff("backoffice", "Ben", "Innendienst");
  const staffIds = [owner.id, advisor.id, advisor2.id, back1.id, back2.id];

  let t0 = performance.now();
  // every third customer is Anton's; of the rest every second Agnes's
  await seedBulkCustomers(url, { tenantId, advisorId: advisor.id, customers: CUSTOMERS, contracts: CUSTOMERS * 2 });
  await withPgClient(url, (c) =>
    c.query(
      `UPDATE "Customer" SET "advisorId" = $2
       WHERE "tenantId" = $1 AND "advisorId" IS NULL AND substr("customerNumber", 3)::int % 2 = 0`,
      [tenantId, advisor2.id],
    ),
  );

  // the portal customer (one of the bulk customers, advised by Anton) with a login and COMMUNICATION WRITE
  const portal = await db.customer.findFirstOrThrow({
    where: { tenantId, advisorId: advisor.id },
    orderBy: { customerNumber: "asc" },
  });
  const customerUser = await db.user.create({
    data: {
      tenantId,
      kind: "CUSTOMER",
      status: "ACTIVE",
      email: "portal@bench.example",
      customerId: portal.id,
      firstName: "Paula",
      lastName: "Portal",
    },
  });
  await db.moduleRelease.createMany({
    data: (["PROFILE", "COMMUNICATION"] as const).map((module) => ({
      tenantId,
      customerId: portal.id,
      module,
      level: "WRITE" as const,
    })),
  });

  await withPgClient(url, async (c) => {
    // tickets: the customer round robin (the portal customer's first PORTAL_TICKETS get its id), about a
    // quarter open, assignee cycling over the staff with every seventh unassigned, activity within two years
    await c.query(
      `WITH cust AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Customer" WHERE "tenantId" = $1 AND id <> $4::uuid)
       INSERT INTO "Ticket" (id, "tenantId", "customerId", number, subject, kind, status, "assigneeId", "createdById",
                             "lastActivityAt", "lastPublicAt", "closedAt", "createdAt")
       SELECT gen_random_uuid(), $1, CASE WHEN n <= $5 THEN $4::uuid ELSE cust.id END, n,
              (ARRAY['Kfz-Versicherung kündigen','Frage zur Hausratversicherung','Adresse geändert','Schaden melden',
                     'Beitragsrechnung','Angebot Berufsunfähigkeit'])[1 + n % 6] || ' ' || n,
              (ARRAY['MESSAGE','REQUEST','CLAIM_REPORT','CHANGE_REQUEST']::"TicketKind"[])[1 + n % 4],
              CASE WHEN n % 4 = 0 THEN 'OPEN' ELSE 'CLOSED' END::"TicketStatus",
              CASE WHEN n % 7 = 0 THEN NULL ELSE ($3::uuid[])[1 + n % array_length($3::uuid[], 1)] END, NULL,
              now() - (n % 700) * interval '1 day' - (n % 1440) * interval '1 minute',
              now() - (n % 700) * interval '1 day' - (n % 1440) * interval '1 minute' - (n % 3) * interval '1 hour',
              CASE WHEN n % 4 = 0 THEN NULL ELSE now() - (n % 700) * interval '1 day' END,
              now() - (n % 700) * interval '1 day' - interval '3 days'
       FROM generate_series(1, $2::int) AS n
       JOIN cust ON cust.rn = 1 + (n % (SELECT count(*) FROM cust))`,
      [tenantId, TICKETS, staffIds, portal.id, PORTAL_TICKETS],
    );
    // 1 to 5 messages per ticket (3 on average), every tenth an internal note, authors alternate customer/staff
    await c.query(
      `INSERT INTO "TicketMessage" (id, "tenantId", "ticketId", "authorId", body, "isInternal", "createdAt")
       SELECT gen_random_uuid(), t."tenantId", t.id, CASE WHEN m % 2 = 1 THEN t."assigneeId" END,
              repeat('Sehr geehrte Damen und Herren, bitte prüfen Sie mein Anliegen. ', 3) || m,
              (t.number + m) % 10 = 0, t."createdAt" + m * interval '1 hour'
       FROM "Ticket" t CROSS JOIN generate_series(0, 4) AS m
       WHERE t."tenantId" = $1 AND m < 1 + t.number % 5`,
      [tenantId],
    );
    await c.query(
      `INSERT INTO "TicketEvent" (id, "tenantId", "ticketId", "actorId", type, data, "createdAt")
       SELECT gen_random_uuid(), "tenantId", id, "assigneeId", 'CREATED'::"TicketEventType", '{}'::jsonb, "createdAt" FROM "Ticket" WHERE "tenantId" = $1
       UNION ALL
       SELECT gen_random_uuid(), "tenantId", id, "assigneeId", 'CLOSED'::"TicketEventType", '{}'::jsonb, "closedAt" FROM "Ticket" WHERE "tenantId" = $1 AND status = 'CLOSED'
       UNION ALL
       SELECT gen_random_uuid(), "tenantId", id, $2::uuid, 'FORWARDED'::"TicketEventType",
              jsonb_build_object('fromId', $2::uuid, 'toId', "assigneeId"), "createdAt" + interval '30 minutes'
       FROM "Ticket" WHERE "tenantId" = $1 AND number % 5 = 0 AND "assigneeId" IS NOT NULL`,
      [tenantId, owner.id],
    );
    // read markers: every staff member has opened the tickets assigned to them, two thirds up to date;
    // the owner has also looked at every third ticket; the portal customer has read half of theirs
    await c.query(
      `INSERT INTO "TicketRead" ("ticketId", "userId", "tenantId", "lastReadAt")
       SELECT id, "assigneeId", "tenantId", CASE WHEN number % 3 = 0 THEN "lastActivityAt" - interval '1 minute' ELSE "lastActivityAt" END
       FROM "Ticket" WHERE "tenantId" = $1 AND "assigneeId" IS NOT NULL
       UNION ALL
       SELECT id, $2::uuid, "tenantId", "lastActivityAt" FROM "Ticket"
       WHERE "tenantId" = $1 AND number % 3 = 0 AND "assigneeId" IS DISTINCT FROM $2::uuid
       UNION ALL
       SELECT id, $3::uuid, "tenantId", "lastPublicAt" FROM "Ticket" WHERE "tenantId" = $1 AND "customerId" = $4::uuid AND number % 2 = 0`,
      [tenantId, owner.id, customerUser.id, portal.id],
    );
  });
  log(`tickets, messages, events, reads in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // the heavy conversation: the portal customer's open ticket 4 (assigned to Anton) gets 50 messages,
  // a few internal notes and one attachment on every fifth message
  t0 = performance.now();
  const heavy = await db.ticket.findFirstOrThrow({ where: { tenantId, number: 4 }, select: { id: true, createdAt: true } });
  await db.ticketMessage.deleteMany({ where: { ticketId: heavy.id } });
  const messages = Array.from({ length: HEAVY_MESSAGES }, (_, m) => ({
    tenantId,
    ticketId: heavy.id,
    authorId: m % 2 ? advisor.id : customerUser.id,
    body: `Nachricht ${m}: ${"Bitte um Rückruf wegen der Versicherung. ".repeat(5)}`,
    isInternal: m % 2 === 1 && m % 7 === 0,
    createdAt: new Date(heavy.createdAt.getTime() + m * 3_600_000),
  }));
  const created = await db.ticketMessage.createManyAndReturn({ data: messages, select: { id: true } });
  await db.document.createMany({
    data: created
      .filter((_, m) => m % 5 === 0)
      .map((msg, i) => ({
        tenantId,
        customerId: portal.id,
        ticketMessageId: msg.id,
        category: "CORRESPONDENCE" as const,
        title: `Anhang ${i}`,
        fileName: `anhang-${i}.pdf`,
        contentType: "application/pdf",
        sizeBytes: 40_000,
        sha256: String(i).padStart(64, "0"),
        storageKey: `t/${tenantId}/c/${portal.id}/heavy-${i}`,
        origin: "CUSTOMER" as const,
        isVisibleToCustomer: true,
      })),
  });
  await withPgClient(url, (c) => c.query(`ANALYZE`));
  log(`heavy ticket (${HEAVY_MESSAGES} messages) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const counts = await withPgClient(url, (c) =>
    c.query<{ tickets: number; open: number; messages: number; events: number; reads: number }>(
      `SELECT (SELECT count(*) FROM "Ticket")::int AS tickets, (SELECT count(*) FROM "Ticket" WHERE status = 'OPEN')::int AS open,
              (SELECT count(*) FROM "TicketMessage")::int AS messages, (SELECT count(*) FROM "TicketEvent")::int AS events,
              (SELECT count(*) FROM "TicketRead")::int AS reads`,
    ),
  );
  const n = counts.rows[0]!;
  log(
    `${n.tickets} tickets (${n.open} open), ${n.messages} messages, ${n.events} events, ${n.reads} reads, ${CUSTOMERS} customers`,
  );
  return { ownerId: owner.id, advisorId: advisor.id, customerUserId: customerUser.id, heavyTicketId: heavy.id };
}

async function measureAll(ids: Ids, queries: QueryLog, url: string) {
  const { listTicketInbox } = await import("@/lib/data/tickets/list-ticket-inbox");
  const { countUnreadTickets } = await import("@/lib/data/tickets/count-unread-tickets");
  const { getTicketDetail } = await import("@/lib/data/tickets/get-ticket-detail");
  const { listCustomerTickets } = await import("@/lib/data/tickets/list-customer-tickets");
  const [ownerCtx, advisorCtx, customerCtx] = await Promise.all([
    benchContext(ids.ownerId),
    benchContext(ids.advisorId),
    benchContext(ids.customerUserId),
  ]);
  const second = await listTicketInbox(ownerCtx, {});
  const items = (r: unknown) => {
    const page = r as { items: { unread: boolean }[] };
    return `${page.items.length} rows, ${page.items.filter((i) => i.unread).length} unread`;
  };
  const entries = (r: unknown) => `${(r as { entries: unknown[] }).entries.length} entries`;
  const cases: Omit<BenchCase, "runs">[] = [
    { name: "inbox owner, open, first page", run: () => listTicketInbox(ownerCtx, {}), target: true, size: items },
    { name: "inbox owner, all, first page", run: () => listTicketInbox(ownerCtx, { status: "ALL" }), target: true, size: items },
    {
      name: "inbox owner, open, oldest first",
      run: () => listTicketInbox(ownerCtx, { sort: "oldest" }),
      target: true,
      size: items,
    },
    {
      name: "inbox owner, open, second page",
      run: () => listTicketInbox(ownerCtx, { cursor: second.nextCursor ?? undefined }),
      target: true,
      size: items,
    },
    { name: "inbox advisor (own customers), open", run: () => listTicketInbox(advisorCtx, {}), target: true, size: items },
    { name: "inbox owner, mine", run: () => listTicketInbox(ownerCtx, { assignee: "mine" }), target: true, size: items },
    { name: "inbox advisor, mine", run: () => listTicketInbox(advisorCtx, { assignee: "mine" }), target: true, size: items },
    {
      name: "inbox owner, search 'muster00012'",
      run: () => listTicketInbox(ownerCtx, { q: "muster00012", status: "ALL" }),
      target: true,
      size: items,
    },
    {
      name: "inbox owner, search '#4711'",
      run: () => listTicketInbox(ownerCtx, { q: "#4711", status: "ALL" }),
      target: true,
      size: items,
    },
    { name: "countUnreadTickets owner", run: () => countUnreadTickets(ownerCtx), target: true, size: String },
    { name: "countUnreadTickets advisor", run: () => countUnreadTickets(advisorCtx), target: true, size: String },
    { name: "countUnreadTickets customer", run: () => countUnreadTickets(customerCtx), target: true, size: String },
    {
      name: "getTicketDetail staff (50 messages)",
      run: () => getTicketDetail(advisorCtx, ids.heavyTicketId),
      target: true,
      size: entries,
    },
    {
      name: "getTicketDetail customer (50 messages)",
      run: () => getTicketDetail(customerCtx, ids.heavyTicketId),
      target: true,
      size: entries,
    },
    { name: "listCustomerTickets", run: () => listCustomerTickets(customerCtx, {}), target: true, size: items },
  ];

  const measured = await measureCases(
    cases.map((c) => ({ ...c, runs: RUNS })),
    queries,
    { warmups: WARMUPS, targetP95Ms: TARGET_P95_MS },
  );
  console.log(`\ntarget: p95 < ${TARGET_P95_MS} ms ("!" marks misses); SQL/call = statements the Prisma client sent in one call`);
  for (const s of measured.filter((m) => m.over || args.explain)) {
    const [slowest] = slowestFirst(s.statements);
    if (!slowest) continue;
    console.log(`\n${s.name}: slowest statement ${slowest.ms.toFixed(1)} ms`);
    if (args.explain) await explainStatement(url, slowest);
    else console.log(`  ${slowest.sql.replace(/\s+/g, " ").slice(0, 300)}`);
  }
}

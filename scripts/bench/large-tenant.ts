// `npm run bench:large-tenant [-- --customers 10000 --contracts 100000 --runs 40]`
// Seeds one tenant with 10,000 customers and 100,000 contracts in a scratch database on the real
// PostgreSQL (127.0.0.1:5432), then times the data-layer work behind the broker's pages — the
// customer list (default, search, filter, sort) and a customer and a contract page — and prints
// p50/p95 in ms. Server time of the queries, without HTTP and React rendering.
import { parseArgs } from "node:util";
import { benchContext, log, openBenchDatabase, seedBenchTenant, seedBulkCustomers, timeRuns } from "./bench-setup";
import { createScratchDatabase } from "./real-postgres-database";

const { values: args } = parseArgs({
  options: {
    customers: { type: "string", default: "10000" },
    contracts: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    "postgres-url": { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const CUSTOMERS = Number(args.customers);
const CONTRACTS = Number(args.contracts);
const RUNS = Number(args.runs);

const scratch = await createScratchDatabase(args["postgres-url"], "mp_bench_large");
log(`created database ${scratch.name}`);
let disconnect = async () => {};
try {
  ({ disconnect } = await openBenchDatabase(scratch.url));
  const started = performance.now();
  const ids = await seed(scratch.url);
  log(`seeded ${CUSTOMERS} customers and ${CONTRACTS} contracts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await measureAll(ids);
} finally {
  await disconnect();
  await scratch.drop();
  log(`dropped database ${scratch.name}`);
}

type Ids = { tenantId: string; ownerId: string; customerId: string; contractId: string };

async function seed(url: string): Promise<Ids> {
  const { db } = await import("@/lib/db/client");
  const { tenant, owner } = await seedBenchTenant({ ownerName: { firstName: "Olga", lastName: "Owner" } });
  await seedBulkCustomers(url, { tenantId: tenant.id, advisorId: owner.id, customers: CUSTOMERS, contracts: CONTRACTS });
  const contract = await db.contract.findFirstOrThrow({ where: { tenantId: tenant.id }, select: { id: true, customerId: true } });
  return { tenantId: tenant.id, ownerId: owner.id, customerId: contract.customerId, contractId: contract.id };
}

async function measureAll(ids: Ids) {
  const { listCustomers } = await import("@/lib/data/customers/list-customers");
  const { getCustomerRecord } = await import("@/lib/data/customers/get-customer-record");
  const { getContractRecord } = await import("@/lib/data/contracts/get-contract-record");
  const { listVisibleContracts } = await import("@/lib/data/contracts/list-visible-contracts");
  const { listVisibleDocuments } = await import("@/lib/data/documents/list-visible-documents");
  const { listAuditEntries } = await import("@/lib/data/audit/list-audit-entries");
  const ctx = await benchContext(ids.ownerId);

  const cases: [string, () => Promise<unknown>][] = [
    ["customer list, first page", () => listCustomers(ctx, {})],
    ["customer list, search 'Muster0042'", () => listCustomers(ctx, { q: "Muster0042" })],
    ["customer list, search policy 'P-4711'", () => listCustomers(ctx, { q: "P-4711" })],
    ["customer list, advisor filter", () => listCustomers(ctx, { advisor: ids.ownerId })],
    ["customer list, not invited, newest", () => listCustomers(ctx, { invitation: "none", sort: "newest" })],
    [
      "customer page (record+contracts+activity)",
      () =>
        Promise.all([
          getCustomerRecord(ctx, ids.customerId),
          listVisibleContracts(ctx, { customerId: ids.customerId }),
          listAuditEntries(ctx, { customerId: ids.customerId }),
        ]),
    ],
    [
      "contract page (record+documents+history)",
      () =>
        Promise.all([
          getContractRecord(ctx, ids.contractId),
          listVisibleDocuments(ctx, { customerId: ids.customerId, contractId: ids.contractId }),
          listAuditEntries(ctx, { contractId: ids.contractId }),
        ]),
    ],
  ];
  console.log(`\n${"case".padEnd(46)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
  for (const [name, run] of cases) {
    const t = await timeRuns(run, { warmups: 5, runs: RUNS });
    console.log(`${name.padEnd(46)} ${t.p50.toFixed(1).padStart(8)} ${t.p95.toFixed(1).padStart(8)}`);
  }
}

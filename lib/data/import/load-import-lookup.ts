import "server-only";
import type { Prisma } from "../../db/generated/client";
import type { CatalogLookup, ExistingContract, ImportLookup, LookupKeys } from "../../import/import-lookup";
import { insurerKey, policyKey, token } from "../../import/parse-values";
import { importKeyOf } from "../../import/plan-import";
import { loadInChunks } from "./chunked";
import type { ImporterContext } from "./import-access";
import { CONTRACT_TERMS_SELECT } from "../contracts/contract-terms-select";
import { CUSTOMER_MASTER_DATA_SELECT } from "../customers/customer-master-data-select";

type Client = Prisma.TransactionClient;

/** Insurers and lines of the shared catalog plus the tenant's own (which win on equal names/codes). */
export async function loadCatalog(client: Client, tenantId: string): Promise<CatalogLookup> {
  const scope = { OR: [{ tenantId: null }, { tenantId }] };
  const [insurers, lines] = await Promise.all([
    client.insurer.findMany({ where: scope, select: { id: true, name: true, shortName: true, tenantId: true } }),
    client.lineOfBusiness.findMany({ where: scope, select: { id: true, code: true, name: true, nameEn: true, tenantId: true } }),
  ]);
  const sharedFirst = <T extends { tenantId: string | null }>(rows: T[]) =>
    [...rows].sort((a, b) => Number(a.tenantId !== null) - Number(b.tenantId !== null));
  const catalog: CatalogLookup = { insurers: new Map(), linesByCode: new Map(), linesByName: new Map() };
  for (const i of sharedFirst(insurers)) {
    if (i.shortName && !catalog.insurers.has(insurerKey(i.shortName))) catalog.insurers.set(insurerKey(i.shortName), i.id);
  }
  for (const i of sharedFirst(insurers)) catalog.insurers.set(insurerKey(i.name), i.id);
  for (const l of sharedFirst(lines)) {
    catalog.linesByCode.set(l.code, l.id);
    catalog.linesByName.set(token(l.name), l.id);
    if (l.nameEn) catalog.linesByName.set(token(l.nameEn), l.id);
  }
  return catalog;
}

const CONTRACT_SELECT = {
  id: true,
  customerId: true,
  importKey: true,
  module: true,
  status: true,
  lineId: true,
  insurerId: true,
  ...CONTRACT_TERMS_SELECT,
  isConfidential: true,
  cancelledAt: true,
  deletedAt: true,
} satisfies Prisma.ContractSelect;

type ContractRow = Prisma.ContractGetPayload<{ select: typeof CONTRACT_SELECT }>;

function existingContract(c: ContractRow): ExistingContract {
  const { deletedAt, sumInsured, grossPremium, ...rest } = c;
  return {
    ...rest,
    sumInsured: sumInsured?.toFixed(2) ?? null,
    grossPremium: grossPremium?.toFixed(2) ?? null,
    deleted: deletedAt !== null,
  };
}

/**
 * Everything stored that the file's rows can touch, in one query per kind of thing (chunked for
 * very long files): the customers by number, contracts by import key, hand-entered contracts by
 * policy number, and who already uses the file's e-mail addresses. Scoped to the tenant.
 */
export async function loadImportLookup(
  client: Client,
  ctx: ImporterContext,
  keys: LookupKeys,
  catalog: CatalogLookup,
): Promise<ImportLookup> {
  const tenantId = ctx.tenant.id;
  const unkeyed = { tenantId, importKey: null, deletedAt: null, insurerId: { not: null } } satisfies Prisma.ContractWhereInput;
  const [customers, keyed, handMade, customerEmails, accounts] = await Promise.all([
    loadInChunks(keys.customerNumbers, (numbers) =>
      client.customer.findMany({
        where: { tenantId, customerNumber: { in: numbers } },
        select: {
          ...CUSTOMER_MASTER_DATA_SELECT,
          restrictedAt: true,
        },
      }),
    ),
    loadInChunks(keys.importKeys, (importKeys) =>
      client.contract.findMany({ where: { tenantId, importKey: { in: importKeys } }, select: CONTRACT_SELECT }),
    ),
    // hand-entered contracts: by the file's spellings of the policy number, and all of the file's
    // customers' (so "PHV 555" stored by hand is found for "PHV-555" in the file)
    Promise.all([
      loadInChunks(keys.policyNumbers, (policyNumbers) =>
        client.contract.findMany({ where: { ...unkeyed, policyNumber: { in: policyNumbers } }, select: CONTRACT_SELECT }),
      ),
      loadInChunks(keys.customerNumbers, (numbers) =>
        client.contract.findMany({
          where: { ...unkeyed, customer: { tenantId, customerNumber: { in: numbers } } },
          select: CONTRACT_SELECT,
        }),
      ),
    ]).then(([byPolicy, byCustomer]) => [...byPolicy, ...byCustomer]),
    loadInChunks(keys.emails, (emails) =>
      client.customer.findMany({
        where: { tenantId, email: { in: emails } },
        select: { id: true, email: true, customerNumber: true },
      }),
    ),
    loadInChunks(keys.emails, (emails) =>
      client.user.findMany({ where: { tenantId, email: { in: emails } }, select: { email: true, customerId: true } }),
    ),
  ]);

  const ownOnly = ctx.actor.role.onlyOwnCustomers;
  const lookup: ImportLookup = {
    ...catalog,
    customers: new Map(
      customers.map(({ restrictedAt, ...c }) => [
        c.customerNumber,
        { ...c, restricted: restrictedAt !== null, editable: !ownOnly || c.advisorId === ctx.actor.id },
      ]),
    ),
    contractsByKey: new Map(keyed.map((c) => [c.importKey!, existingContract(c)])),
    unkeyedContracts: new Map(),
    customerEmails: new Map(),
    accountEmails: new Map(),
  };
  // the oldest wins when the same contract was entered twice by hand
  handMade.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of handMade) {
    const key = importKeyOf(policyKey(c.policyNumber ?? ""), c.insurerId!);
    if (c.policyNumber && !lookup.unkeyedContracts.has(key)) lookup.unkeyedContracts.set(key, existingContract(c));
  }
  for (const c of customerEmails) {
    const list = lookup.customerEmails.get(c.email!) ?? [];
    lookup.customerEmails.set(c.email!, [...list, { id: c.id, customerNumber: c.customerNumber }]);
  }
  for (const a of accounts) lookup.accountEmails.set(a.email, [...(lookup.accountEmails.get(a.email) ?? []), a.customerId]);
  return lookup;
}

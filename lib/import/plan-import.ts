import type { Msg } from "../i18n/message-key";
import { rowReader, type ColumnMapping, type MappedRow } from "./column-mapping";
import { changedContractFields, contractFromRow, resolveInsurer, type ContractRecord, type InsurerRef } from "./contract-row";
import { changedCustomerFields, customerFromRow, hasCustomerData, type CustomerRecord } from "./customer-row";
import type { ExistingCustomer, ImportLookup } from "./import-lookup";
import type { ImportField, ImportKind } from "./import-fields";
import type { CsvRow } from "./parse-csv";
import { policyKey } from "./parse-values";

export type RowError = { row: number; field: ImportField | null; message: Msg };

export type PlanOptions = {
  kind: ImportKind;
  actorId: string;
  onlyOwnCustomers: boolean;
  canEditContactData: boolean;
  defaultCountry: string;
};

export type NewCustomer = { customerNumber: string; record: CustomerRecord };
export type CustomerChange = { id: string; changes: Partial<CustomerRecord>; fields: string[] };
export type NewContract = {
  customerNumber: string;
  /** the stored customer; null when the import creates it (then found by number) */
  customerId: string | null;
  insurer: InsurerRef;
  policyKey: string;
  record: ContractRecord;
};
export type ContractChange = {
  id: string;
  customerId: string;
  changes: Partial<ContractRecord> & { importKey?: string };
  fields: string[];
  previousStatus: string;
  cancelledAt: Date | null;
};

export type ImportPlan = {
  rowCount: number;
  validRows: number;
  /** every problem of every bad row, in file order */
  errors: RowError[];
  errorRows: number;
  /** insurers the file names that are in no catalog yet: key → name as first spelled */
  newInsurers: Map<string, string>;
  customers: { create: NewCustomer[]; update: CustomerChange[]; unchanged: number };
  contracts: { create: NewContract[]; update: ContractChange[]; unchanged: number };
};

const CONTACT_FIELDS = ["email", "mobile", "phone"];

/** "POLICYKEY|insurerId": the unique import key of a contract (Contract.importKey). */
export function importKeyOf(policy: string, insurerId: string): string {
  return `${policy}|${insurerId}`;
}

type PlannedRow = { line: number; customerNumber: string; contract: NewContract | ContractChange | "unchanged" | null };

/**
 * Decides, row by row and without writing, what an import does: which rows are bad (with every
 * reason), which customers and contracts are created, which stored ones change (only the changed
 * fields) and which stay as they are. Runs the same for the preview and the import itself.
 */
export function planImport(
  csv: { headers: string[]; rows: CsvRow[] },
  mapping: ColumnMapping,
  lookup: ImportLookup,
  options: PlanOptions,
): ImportPlan {
  const read = rowReader(csv.headers, mapping);
  const errors: RowError[] = [];
  const badRows = new Set<number>();
  const fail = (line: number, field: ImportField | null, message: Msg) => {
    errors.push({ row: line, field, message });
    badRows.add(line);
  };

  // customer numbers whose data is settled: the first valid row that describes the customer decides
  const settled = new Set<string>();
  const newCustomers: NewCustomer[] = [];
  const customerChanges: CustomerChange[] = [];
  let customersUnchanged = 0;
  const emailsInFile = new Map<string, string>();
  const contractLines = new Map<string, number>();
  const planned: PlannedRow[] = [];
  // contract rows of a customer that only a later row of the file describes
  const waiting: PlannedRow[] = [];

  for (const { line, cells } of csv.rows) {
    const row = read(cells);
    const customerNumber = row.customerNumber ?? "";
    const before = errors.length;
    if (!customerNumber) fail(line, "customerNumber", "import.errors.customerNumberRequired");
    const stored = lookup.customers.get(customerNumber) ?? null;
    if (stored && !stored.editable) fail(line, "customerNumber", "import.errors.customerNotEditable");
    else if (stored?.restricted) fail(line, "customerNumber", "import.errors.customerRestricted");

    const describesCustomer = options.kind === "customers" || hasCustomerData(row);
    const customer =
      describesCustomer && customerNumber ? customerFromRow(row, customerNumber, stored, options.defaultCountry) : null;
    if (customer && !customer.ok) for (const p of customer.problems) fail(line, p.field, p.message);
    if (options.kind === "customers" && settled.has(customerNumber) && errors.length === before) {
      fail(line, "customerNumber", "import.errors.customerTwiceInFile");
    }

    const contract =
      options.kind === "contracts" ? planContract(row, line, stored?.id ?? null, lookup, fail, contractLines) : null;
    if (errors.length > before) continue;

    // From here the row is valid on its own; the customer checks below need the stored data and the file so far.
    if (customer?.ok && !settled.has(customerNumber)) {
      const problem = applyCustomer(customerNumber, customer.record, stored, options, lookup, emailsInFile);
      if (problem) {
        fail(line, problem.field, problem.message);
        continue;
      }
      settled.add(customerNumber);
      if (!stored) {
        newCustomers.push({
          customerNumber,
          record: { ...customer.record, advisorId: options.onlyOwnCustomers ? options.actorId : null },
        });
      } else {
        const fields = changedCustomerFields(customer.record, stored);
        if (fields.length === 0) customersUnchanged++;
        else customerChanges.push({ id: stored.id, changes: pick(customer.record, fields), fields });
      }
    }
    if (contract) contractLines.set(contract.key, line);
    const entry: PlannedRow = { line, customerNumber, contract: contract?.plan ?? null };
    if (stored || settled.has(customerNumber)) planned.push(entry);
    else waiting.push(entry);
  }

  for (const entry of waiting) {
    if (settled.has(entry.customerNumber)) planned.push(entry);
    else fail(entry.line, "customerNumber", "import.errors.customerUnknown");
  }

  const contracts = { create: [] as NewContract[], update: [] as ContractChange[], unchanged: 0 };
  const newInsurers = new Map<string, string>();
  // file order again (waiting rows were appended), so a new insurer gets the first spelling of the file
  planned.sort((a, b) => a.line - b.line);
  for (const { contract } of planned) {
    if (contract === "unchanged") contracts.unchanged++;
    else if (contract && "record" in contract) {
      contracts.create.push(contract);
      if ("newKey" in contract.insurer && !newInsurers.has(contract.insurer.newKey)) {
        newInsurers.set(contract.insurer.newKey, contract.insurer.name);
      }
    } else if (contract) contracts.update.push(contract);
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    rowCount: csv.rows.length,
    validRows: csv.rows.length - badRows.size,
    errors,
    errorRows: badRows.size,
    newInsurers,
    customers: { create: newCustomers, update: customerChanges, unchanged: customersUnchanged },
    contracts,
  };
}

/** The contract part of a row: validated, matched to a stored contract, checked for repeats in the file. */
function planContract(
  row: MappedRow,
  line: number,
  customerId: string | null,
  lookup: ImportLookup,
  fail: (line: number, field: ImportField | null, message: Msg) => void,
  contractLines: Map<string, number>,
): { key: string; plan: NewContract | ContractChange | "unchanged" } | null {
  const policy = policyKey(row.policyNumber ?? "");
  if (!policy) fail(line, "policyNumber", "import.errors.policyNumberRequired");
  if (!row.insurer) fail(line, "insurer", "import.errors.insurerRequired");
  if (!policy || !row.insurer) return null;
  const insurer = resolveInsurer(row.insurer, lookup);
  if ("newKey" in insurer && (insurer.name.length < 2 || insurer.name.length > 140)) {
    fail(line, "insurer", "import.errors.insurerNameInvalid");
    return null;
  }
  const key = "id" in insurer ? importKeyOf(policy, insurer.id) : `${policy}|new:${insurer.newKey}`;
  const stored = "id" in insurer ? (lookup.contractsByKey.get(key) ?? lookup.unkeyedContracts.get(key) ?? null) : null;
  if (stored?.deleted) fail(line, "policyNumber", "import.errors.contractDeleted");
  else if (stored && stored.customerId !== customerId) fail(line, "policyNumber", "import.errors.contractOtherCustomer");
  const firstLine = contractLines.get(key);
  if (firstLine !== undefined)
    fail(line, "policyNumber", { key: "import.errors.contractTwiceInFile", values: { line: firstLine } });
  const result = contractFromRow(row, stored, "id" in insurer ? insurer.id : null, lookup);
  if (!result.ok) for (const p of result.problems) fail(line, p.field, p.message);
  if (!result.ok || (stored && (stored.deleted || stored.customerId !== customerId)) || firstLine !== undefined) return null;

  if (!stored) {
    return {
      key,
      plan: { customerNumber: row.customerNumber ?? "", customerId, insurer, policyKey: policy, record: result.record },
    };
  }
  const fields = changedContractFields(result.record, stored);
  const adopt = stored.importKey === null;
  if (fields.length === 0 && !adopt) return { key, plan: "unchanged" };
  const cancelling = result.record.status === "CANCELLED";
  return {
    key,
    plan: {
      id: stored.id,
      customerId: stored.customerId,
      changes: { ...pick(result.record, fields), ...(adopt ? { importKey: key } : {}) },
      fields,
      previousStatus: stored.status,
      cancelledAt: cancelling ? stored.cancelledAt : null,
    },
  };
}

/** Contact-data right and e-mail uniqueness, the checks the customer form makes against stored data. */
function applyCustomer(
  customerNumber: string,
  record: CustomerRecord,
  stored: ExistingCustomer | null,
  options: PlanOptions,
  lookup: ImportLookup,
  emailsInFile: Map<string, string>,
): { field: ImportField; message: Msg } | null {
  const changed = stored ? changedCustomerFields(record, stored) : [];
  if (!options.canEditContactData) {
    // as in the form: new customers may not bring contact data either
    const field = stored ? changed.find((f) => CONTACT_FIELDS.includes(f)) : CONTACT_FIELDS.find((f) => record[f as "email"]);
    if (field) return { field: field as ImportField, message: "customers.errors.noContactDataRight" };
  }
  const email = record.email;
  if (email && (!stored || changed.includes("email"))) {
    const other = lookup.customerEmails.get(email)?.find((c) => c.id !== stored?.id);
    if (other)
      return { field: "email", message: { key: "customers.errors.emailTaken", values: { number: other.customerNumber } } };
    if (lookup.accountEmails.get(email)?.some((owner) => owner === null || owner !== stored?.id)) {
      return { field: "email", message: "customers.errors.emailTakenByAccount" };
    }
  }
  if (email) {
    const claimedBy = emailsInFile.get(email);
    if (claimedBy && claimedBy !== customerNumber) {
      return { field: "email", message: { key: "import.errors.emailTwiceInFile", values: { number: claimedBy } } };
    }
    emailsInFile.set(email, customerNumber);
  }
  return null;
}

function pick<T extends object>(record: T, fields: readonly PropertyKey[]): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => fields.includes(k))) as Partial<T>;
}

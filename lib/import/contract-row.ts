import { contractRecordData } from "../data/contracts/contract-record-data";
import type { MessageKey, Msg } from "../i18n/message-key";
import { contractInput, type ContractInput } from "../validation/contract";
import type { MappedRow } from "./column-mapping";
import type { CatalogLookup, ExistingContract } from "./import-lookup";
import type { ContractField } from "./import-fields";
import {
  amount,
  contractModule,
  contractStatus,
  insurerKey,
  isoDate,
  paymentFrequency,
  paymentMethod,
  policyKey,
  token,
} from "./parse-values";

export type ContractRecord = ReturnType<typeof contractRecordData>;
export type ContractProblem = { field: ContractField | null; message: Msg };

/** Catalog insurer, or one to add to the tenant's catalog (keyed like the catalog, named as the file spells it). */
export type InsurerRef = { id: string } | { newKey: string; name: string };

export function resolveInsurer(raw: string, catalog: CatalogLookup): InsurerRef {
  const key = insurerKey(raw);
  const id = catalog.insurers.get(key);
  return id ? { id } : { newKey: key, name: raw.trim().replace(/\s+/g, " ") };
}

// Everyday words for lines whose catalog name differs; "…versicherung" is dropped before matching.
const LINE_ALIASES: Record<string, string> = {
  privathaftpflicht: "040",
  phv: "040",
  kfz: "050",
  auto: "050",
  kraftfahrzeug: "050",
  pkv: "020",
  krankenzusatz: "020",
  lebensversicherung: "010",
  rente: "010",
  gebaeude: "140",
};

/** "050", "50", "050 Kraftfahrt", "Hausratversicherung" → the catalog line; null if unknown. */
export function resolveLine(raw: string, catalog: CatalogLookup): string | null {
  const code = /^(\d{1,3})(\D|$)/.exec(raw.trim());
  if (code) return catalog.linesByCode.get(code[1]!.padStart(3, "0")) ?? null;
  const t = token(raw);
  const alias = LINE_ALIASES[t];
  if (alias) return catalog.linesByCode.get(alias) ?? null;
  return catalog.linesByName.get(t) ?? catalog.linesByName.get(t.replace(/versicherung$/, "")) ?? null;
}

const FIELD_OF_PATH: Record<string, ContractField> = {
  lineId: "line",
  insurerId: "insurer",
  module: "module",
  status: "status",
  policyNumber: "policyNumber",
  product: "product",
  startDate: "startDate",
  endDate: "endDate",
  mainDue: "mainDue",
  sumInsured: "sumInsured",
  grossPremium: "grossPremium",
  paymentFrequency: "paymentFrequency",
  paymentMethod: "paymentMethod",
};

// The form asks to "choose from the list"; a file row needs to say what is missing in the file.
const IMPORT_WORDING: Partial<Record<string, MessageKey>> = {
  "contracts.validation.lineRequired": "import.errors.lineRequired",
};

/**
 * The contract a row describes, checked with the contract form's schema. A stored contract gets the
 * row laid over its values (empty cells keep what is stored); a new one starts as an active
 * insurance contract. `insurerId` is null while the insurer still has to be added to the catalog.
 */
export function contractFromRow(
  row: MappedRow,
  existing: ExistingContract | null,
  insurerId: string | null,
  catalog: CatalogLookup,
): { ok: true; record: ContractRecord } | { ok: false; problems: ContractProblem[] } {
  const problems: ContractProblem[] = [];
  const parsedOr = <T>(field: ContractField, parse: (raw: string) => T | null, message: MessageKey): T | "" | undefined => {
    const raw = row[field];
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === null) problems.push({ field, message });
    return value ?? "";
  };
  const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? "";
  const policyNumber = row.policyNumber ?? "";
  const stored = existing ?? null;

  const input: ContractInput = {
    module: parsedOr("module", contractModule, "import.errors.moduleUnknown") || (stored?.module ?? "INSURANCE"),
    status: parsedOr("status", contractStatus, "import.errors.statusUnknown") || (stored?.status ?? "ACTIVE"),
    lineId: parsedOr("line", (raw) => resolveLine(raw, catalog), "import.errors.lineUnknown") ?? stored?.lineId ?? "",
    insurerId: insurerId ?? "",
    // a stored "AB-123/4" stays as written when the file spells it "AB1234"
    policyNumber:
      stored?.policyNumber && policyKey(stored.policyNumber) === policyKey(policyNumber) ? stored.policyNumber : policyNumber,
    product: row.product ?? stored?.product ?? "",
    startDate: parsedOr("startDate", isoDate, "import.errors.dateFormat") ?? day(stored?.startDate),
    endDate: parsedOr("endDate", isoDate, "import.errors.dateFormat") ?? day(stored?.endDate),
    mainDue:
      row.mainDue ??
      (stored?.mainDueDay && stored.mainDueMonth
        ? `${String(stored.mainDueDay).padStart(2, "0")}.${String(stored.mainDueMonth).padStart(2, "0")}`
        : ""),
    noticePeriodMonths: stored?.noticePeriodMonths != null ? String(stored.noticePeriodMonths) : "",
    sumInsured: row.sumInsured !== undefined ? amount(row.sumInsured) : (stored?.sumInsured ?? ""),
    grossPremium: row.grossPremium !== undefined ? amount(row.grossPremium) : (stored?.grossPremium ?? ""),
    paymentFrequency:
      parsedOr("paymentFrequency", paymentFrequency, "import.errors.frequencyUnknown") ?? stored?.paymentFrequency ?? "",
    paymentMethod: parsedOr("paymentMethod", paymentMethod, "import.errors.methodUnknown") ?? stored?.paymentMethod ?? "",
    notes: stored?.notes ?? "",
    isConfidential: stored?.isConfidential ?? false,
  };
  const parsed = contractInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF_PATH[String(issue.path[0] ?? "")] ?? null;
      if (problems.some((p) => p.field === field)) continue;
      problems.push({ field, message: IMPORT_WORDING[issue.message] ?? (issue.message as Msg) });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, record: contractRecordData(parsed.data) };
}

/** Names of the record fields that differ from the stored contract (dates as days, amounts as "0.00"). */
export function changedContractFields(record: ContractRecord, existing: ExistingContract): (keyof ContractRecord)[] {
  return (Object.keys(record) as (keyof ContractRecord)[]).filter(
    (key) => comparable(record[key]) !== comparable(existing[key as keyof ExistingContract]),
  );
}

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? "");
}

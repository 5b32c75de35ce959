import "server-only";
import { now } from "../../clock";
import { localeFromDb } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { withheldContractFields } from "../contracts/list-visible-contracts";
import { requireOwnFolder } from "../portal/folder-rights";
import { exportAccessLog } from "./export-access-log";
import { exportAccount } from "./export-account";
import {
  exportChangeRequests,
  exportClaims,
  exportHouseholdConsents,
  exportInsuredObjects,
  exportInvoices,
  exportNotifications,
} from "./export-activity";
import { contractRefTo, exportContracts, withheldFieldNames } from "./export-contracts";
import { exportDocuments, type ExportFile } from "./export-documents";
import { exportMessages } from "./export-messages";
import { iso } from "./export-values";

export type DataExport = {
  /** Everything for daten.json: dates as ISO strings, amounts as decimal strings. */
  json: Record<string, unknown>;
  files: ExportFile[];
  customerNumber: string;
  exportedAt: Date;
  /** How many records of each kind (the audit entry holds these, never the data). */
  counts: Record<string, number>;
};

/**
 * The data part of "Meine Daten herunterladen" (GDPR Art. 15/20): everything the signed-in person may see
 * about themselves, with the same rules as the portal — released modules only, contracts and documents
 * through contractAccessWhere/documentAccessWhere, values the broker withholds (portalHideExpiryDates,
 * portalHideFinancials) left out entirely. Only in the own folder: a household member's folder is refused.
 * Reads only; the route records the export (recordDataExport) and streams the ZIP (writeExportZip).
 */
export async function buildDataExport(ctx: RequestContext | null): Promise<DataExport> {
  requireCustomer(ctx);
  requireOwnFolder(ctx);
  const withheld = withheldContractFields(ctx);
  const exportedAt = now();

  const [{ locale, customerNumber, account, customer }, contracts] = await Promise.all([
    exportAccount(ctx),
    exportContracts(ctx, withheld),
  ]);
  const t = translatorFor(localeFromDb(locale ?? ctx.tenant.locale));
  // a reference to a contract is kept only when the customer may see that contract
  const contractRef = contractRefTo(contracts);

  const [documents, claims, changeRequests, messages, invoices, insuredObjects, notifications, householdConsents, accessLog] =
    await Promise.all([
      exportDocuments(ctx, contractRef),
      exportClaims(ctx, contractRef),
      exportChangeRequests(ctx),
      exportMessages(ctx),
      exportInvoices(ctx, contractRef, withheld),
      exportInsuredObjects(ctx, contractRef),
      exportNotifications(ctx),
      exportHouseholdConsents(ctx),
      exportAccessLog(ctx, t),
    ]);

  const counts = {
    contracts: contracts.length,
    documents: documents.entries.length,
    claims: claims?.length ?? 0,
    changeRequests: changeRequests.length,
    notifications: notifications.length,
    messages: messages?.reduce((n, tk) => n + tk.messages.length, 0) ?? 0,
    accessLogEntries: accessLog.length,
  };

  const json = {
    format: "maklerportal-data-export/1",
    exportedAt: iso(exportedAt),
    broker: ctx.tenant.name,
    notIncluded: {
      // field names per section that the broker hides in the portal (left out below)
      withheldByBroker: withheldFieldNames(withheld),
      sectionsNotReleased: [...(claims ? [] : ["claims"]), ...(messages ? [] : ["messages"]), ...(invoices ? [] : ["invoices"])],
    },
    account,
    customer,
    contracts,
    documents: documents.entries,
    ...(claims ? { claims } : {}),
    changeRequests,
    ...(messages ? { messages } : {}),
    ...(invoices ? { invoices } : {}),
    insuredObjects,
    notifications,
    householdConsents,
    accessLog,
  };

  return { json, files: documents.files, customerNumber, exportedAt, counts };
}

import "server-only";
import { z } from "zod";
import { db } from "../../../db/client";
import type { ContractModule, ContractStatus, DocumentCategory, RecordOrigin } from "../../../db/generated/client";
import { OTHER_INSURER, type OwnContractInput } from "../../../validation/own-contract";
import { requireCustomer } from "../../context/access-error";
import type { RequestContext } from "../../context/types";
import { contractAccessWhere } from "../../contracts/contract-access";
import { CONTRACT_TERMS_SELECT } from "../../contracts/contract-terms-select";
import { documentAccessWhere } from "../../documents/document-access";
import { canWriteContractModule } from "../folder-rights";
import { customerAccountIds } from "./customer-accounts";

export type EditableContractDocument = {
  id: string;
  title: string;
  category: DocumentCategory;
  fileName: string;
  sizeBytes: number;
  createdAt: Date;
  /** Uploaded by the customer (any of their accounts): they may delete it. */
  ownUpload: boolean;
};

export type EditableContract = {
  id: string;
  module: ContractModule;
  status: ContractStatus;
  origin: RecordOrigin;
  /** Policy number or product, for the page heading; null when neither is known. */
  label: string | null;
  values: OwnContractInput;
  documents: EditableContractDocument[];
};

const pad = (n: number) => String(n).padStart(2, "0");
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/**
 * A contract of the customer's own folder that they may change (visible, module released with WRITE),
 * as form values, plus its visible documents. Null otherwise — also for ids of other customers or
 * tenants, so the page answers 404 either way. Values the broker withholds are not handed out.
 */
export async function getEditableContract(
  ctx: RequestContext | null,
  contractId: string,
  language: "de" | "en",
): Promise<EditableContract | null> {
  requireCustomer(ctx);
  if (ctx.actor.folderReadOnly || !z.uuid().safeParse(contractId).success) return null;
  const c = await db.contract.findFirst({
    where: { AND: [contractAccessWhere(ctx), { id: contractId }] },
    select: {
      id: true,
      module: true,
      status: true,
      origin: true,
      lineId: true,
      insurerId: true,
      insurerName: true,
      ...CONTRACT_TERMS_SELECT,
    },
  });
  if (!c || !canWriteContractModule(ctx, c.module)) return null;

  const [documents, accounts] = await Promise.all([
    db.document.findMany({
      where: { AND: [documentAccessWhere(ctx), { contractId: c.id }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        title: true,
        category: true,
        fileName: true,
        sizeBytes: true,
        createdAt: true,
        origin: true,
        uploadedById: true,
      },
    }),
    customerAccountIds(ctx),
  ]);

  const hideMoney = ctx.tenant.portalHideFinancials;
  const money = (value: { toFixed(n: number): string } | null) => {
    if (hideMoney || !value) return "";
    const fixed = value.toFixed(2);
    return language === "de" ? fixed.replace(".", ",") : fixed;
  };
  const insurer = c.insurerId ? c.insurerId : c.insurerName ? OTHER_INSURER : "";

  return {
    id: c.id,
    module: c.module,
    status: c.status,
    origin: c.origin,
    label: c.policyNumber ?? c.product ?? null,
    values: {
      module: c.module,
      status: c.status,
      lineId: c.lineId ?? "",
      insurerId: insurer,
      insurerName: insurer === OTHER_INSURER ? (c.insurerName ?? "") : "",
      policyNumber: c.policyNumber ?? "",
      product: c.product ?? "",
      startDate: day(c.startDate),
      endDate: ctx.tenant.portalHideExpiryDates ? "" : day(c.endDate),
      mainDue: c.mainDueDay && c.mainDueMonth ? `${pad(c.mainDueDay)}.${pad(c.mainDueMonth)}` : "",
      noticePeriodMonths: c.noticePeriodMonths === null ? "" : String(c.noticePeriodMonths),
      sumInsured: money(c.sumInsured),
      grossPremium: money(c.grossPremium),
      paymentFrequency: hideMoney ? "" : (c.paymentFrequency ?? ""),
      paymentMethod: hideMoney ? "" : (c.paymentMethod ?? ""),
      // the broker's notes are internal (as on the detail page); the customer's own contracts carry theirs
      notes: c.origin === "CUSTOMER" ? (c.notes ?? "") : "",
    },
    documents: documents.map(({ origin, uploadedById, ...d }) => ({
      ...d,
      ownUpload: origin === "CUSTOMER" && uploadedById !== null && accounts.has(uploadedById),
    })),
  };
}

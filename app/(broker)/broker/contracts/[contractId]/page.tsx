import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ContractForm } from "@/components/broker/contract-form/contract-form";
import { HistoryList } from "@/components/broker/history-list";
import { CustomerDocuments } from "@/components/broker/documents/customer-documents";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { listContractFormOptions } from "@/lib/data/catalog/list-contract-form-options";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { getContractRecord } from "@/lib/data/contracts/get-contract-record";
import { listCustomerDocuments } from "@/lib/data/documents/list-customer-documents";
import { languageOf } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts.pages"))("recordTitle") };
}

/** The broker's contract page: its fields (editable with the right), its documents and its history. */
export default async function ContractPage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(contractId).success) notFound();
  const contract = await getContractRecord(ctx, contractId);
  if (!contract) notFound();
  const t = await getTranslations("contracts.pages");
  const canEdit = ctx.actor.role.rights.editCustomers;
  const [options, documents, history, maxUploadBytes] = await Promise.all([
    canEdit ? listContractFormOptions(ctx, languageOf(await getLocale())) : { lines: [], insurers: [] },
    listCustomerDocuments(ctx, { customerId: contract.customerId, contractId: contract.id }),
    listAuditEntries(ctx, { contractId: contract.id }),
    getUploadLimit(ctx),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/broker/customers/${contract.customerId}`} className="text-brand-ink text-sm hover:underline">
        ← {contract.customerName} ({contract.customerNumber})
      </Link>
      <h1 className="text-2xl font-semibold">{contract.title || t("recordTitle")}</h1>
      <section className="rounded-2xl border border-slate-200 bg-white p-5">
        {canEdit ? (
          <ContractForm
            target={{ contractId: contract.id }}
            defaultValues={contract.values}
            lines={options.lines}
            insurers={options.insurers}
            currency={contract.currency}
            hidden={{ money: ctx.actor.role.hideFinancials, expiry: ctx.actor.role.hideExpiryDates }}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("readOnly")}</p>
        )}
      </section>
      <CustomerDocuments
        customerId={contract.customerId}
        contractId={contract.id}
        data={documents}
        maxUploadBytes={maxUploadBytes}
      />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("history")}</h2>
        <HistoryList entries={history.items} />
      </section>
    </div>
  );
}

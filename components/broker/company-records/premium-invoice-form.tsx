"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createPremiumInvoiceAction } from "@/lib/actions/premium-invoices/create-premium-invoice";
import { updatePremiumInvoiceAction } from "@/lib/actions/premium-invoices/update-premium-invoice";
import type { BrokerInvoiceItem, InvoiceDocumentOption } from "@/lib/data/premium-invoices/list-customer-premium-invoices";
import type { RecordContractOption } from "@/lib/data/premium-invoices/record-form-options";
import {
  BLANK_PREMIUM_INVOICE,
  INVOICE_STATUSES,
  premiumInvoiceInput,
  type PremiumInvoiceInput,
} from "@/lib/validation/premium-invoice";
import { RecordContractSelect, RecordFormFooter, useRecordSubmit } from "./record-form-parts";

type Props = {
  customerId: string;
  /** the invoice being edited; absent when a new one is recorded */
  invoice?: BrokerInvoiceItem;
  contracts: RecordContractOption[];
  documents: InvoiceDocumentOption[];
  currency: "EUR" | "CHF";
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function valuesOf(invoice: BrokerInvoiceItem | undefined): PremiumInvoiceInput {
  if (!invoice) return BLANK_PREMIUM_INVOICE;
  return {
    number: invoice.number,
    contractId: invoice.contractId ?? "",
    amount: invoice.amount ?? "",
    periodStart: isoDate(invoice.periodStart),
    periodEnd: isoDate(invoice.periodEnd),
    dueDate: isoDate(invoice.dueDate),
    status: invoice.status,
    documentId: invoice.document?.id ?? "",
  };
}

/**
 * Records or edits a premium invoice. The PDF is picked from the customer's documents of category
 * "Rechnung" on the same contract; the server checks the same again and refuses anything else.
 */
export function PremiumInvoiceForm({ customerId, invoice, contracts, documents, currency }: Props) {
  const t = useTranslations("companyAdmin.invoices");
  const tl = useTranslations("labels.invoiceStatus");
  const listHref = `/broker/customers/${customerId}/invoices`;
  const { error, serverErrors, onSubmit } = useRecordSubmit(listHref, (values: PremiumInvoiceInput) =>
    invoice ? updatePremiumInvoiceAction(invoice.id, values) : createPremiumInvoiceAction(customerId, values),
  );
  // raw: the action gets what the user typed and validates it again on the server.
  const form = useForm<PremiumInvoiceInput, unknown, PremiumInvoiceInput>({
    resolver: zodResolver(premiumInvoiceInput, undefined, { raw: true }),
    defaultValues: valuesOf(invoice),
  });
  const errors = form.formState.errors;
  const err = (name: keyof PremiumInvoiceInput) => errors[name]?.message ?? serverErrors[name];
  const contractId = useWatch({ control: form.control, name: "contractId" }) || null;
  const documentId = useWatch({ control: form.control, name: "documentId" });
  const pdfOptions = documents.filter(
    (d) => d.contractId === contractId && (d.invoiceId === null || d.invoiceId === invoice?.id),
  );

  // A PDF belongs to one contract: choosing another contract drops a PDF that no longer fits.
  useEffect(() => {
    if (documentId && !pdfOptions.some((d) => d.id === documentId)) form.setValue("documentId", "");
  }, [contractId, documentId, pdfOptions, form]);

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="invoice-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="invoice-number"
          label={t("number")}
          registration={form.register("number")}
          error={err("number")}
          autoComplete="off"
        />
        <TextField
          id="invoice-amount"
          label={t("amountIn", { currency })}
          hint={t("amountHint")}
          inputMode="decimal"
          registration={form.register("amount")}
          error={err("amount")}
          autoComplete="off"
        />
        <RecordContractSelect
          id="invoice-contract"
          label={t("contract")}
          emptyLabel={t("noContract")}
          registration={form.register("contractId")}
          contracts={contracts}
          error={err("contractId")}
        />
        <TextField
          id="invoice-period-start"
          type="date"
          label={t("periodStart")}
          registration={form.register("periodStart")}
          error={err("periodStart")}
        />
        <TextField
          id="invoice-period-end"
          type="date"
          label={t("periodEnd")}
          registration={form.register("periodEnd")}
          error={err("periodEnd")}
        />
        <TextField
          id="invoice-due-date"
          type="date"
          label={t("dueDate")}
          registration={form.register("dueDate")}
          error={err("dueDate")}
        />
        <SelectField
          id="invoice-status"
          label={t("status")}
          registration={form.register("status")}
          options={INVOICE_STATUSES.map((s) => ({ value: s, label: tl(s) }))}
          error={err("status")}
        />
        <SelectField
          id="invoice-document"
          label={t("document")}
          className="sm:col-span-2"
          registration={form.register("documentId")}
          options={pdfOptions.map((d) => ({
            value: d.id,
            label: d.title === d.fileName ? d.title : `${d.title} (${d.fileName})`,
          }))}
          emptyLabel={t("noDocument")}
          hint={pdfOptions.length === 0 ? t("documentNone") : t("documentHint")}
          error={err("documentId")}
        />
      </div>
      <p className="text-sm text-slate-600">
        <Link href={`/broker/customers/${customerId}#documents`} className="text-brand-ink hover:underline">
          {t("uploadPdf")}
        </Link>
      </p>
      <RecordFormFooter
        error={error}
        pending={form.formState.isSubmitting}
        submitLabel={invoice ? t("save") : t("create")}
        pendingLabel={t("saving")}
        cancelLabel={t("cancel")}
        listHref={listHref}
      />
    </form>
  );
}

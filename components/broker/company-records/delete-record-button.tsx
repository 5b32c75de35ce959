"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { deleteInsuredObjectAction } from "@/lib/actions/insured-objects/delete-insured-object";
import { deletePremiumInvoiceAction } from "@/lib/actions/premium-invoices/delete-premium-invoice";
import type { Msg } from "@/lib/i18n/message-key";

type Props = {
  record: "invoice" | "object";
  id: string;
  /** shown in the confirmation: invoice number or object name */
  name: string;
  /** where the broker lands afterwards (the list) */
  returnTo: string;
};

/** Deletes an invoice or an insured object after a confirmation and returns to the list. */
export function DeleteRecordButton({ record, id, name, returnTo }: Props) {
  const t = useTranslations(record === "invoice" ? "companyAdmin.invoices" : "companyAdmin.objects");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();

  function remove() {
    if (!window.confirm(t("confirmDelete", { name }))) return;
    setError(null);
    startTransition(async () => {
      try {
        const result = record === "invoice" ? await deletePremiumInvoiceAction(id) : await deleteInsuredObjectAction(id);
        if (!result.ok) return setError(result.error);
        router.push(returnTo);
        router.refresh();
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        onClick={remove}
        data-testid={`${record}-delete`}
        className="rounded-lg border border-red-200 bg-white px-4 py-2.5 font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? t("deleting") : t("delete")}
      </button>
      <FormError message={error} />
    </div>
  );
}

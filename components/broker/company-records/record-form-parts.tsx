"use client";

import { useLocale } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { contractName } from "@/components/customer/contract-name";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { RecordContractOption } from "@/lib/data/premium-invoices/record-form-options";
import type { Msg } from "@/lib/i18n/message-key";

/**
 * Saving an invoice or object form: runs the action, keeps its overall and field errors for the form,
 * and on success returns to the list.
 */
export function useRecordSubmit<V>(listHref: string, save: (values: V) => Promise<ActionResult<unknown>>) {
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});

  async function onSubmit(values: V) {
    setError(null);
    setServerErrors({});
    try {
      const result = await save(values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      router.push(listHref);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  return { error, serverErrors, onSubmit };
}

type ContractSelectProps = {
  id: string;
  label: string;
  emptyLabel: string;
  registration: UseFormRegisterReturn;
  contracts: RecordContractOption[];
  error: Msg | string | undefined;
};

/** The contract an invoice or object belongs to (or none), across the form's full width. */
export function RecordContractSelect({ id, label, emptyLabel, registration, contracts, error }: ContractSelectProps) {
  const locale = useLocale();
  return (
    <SelectField
      id={id}
      label={label}
      className="sm:col-span-2"
      registration={registration}
      options={contracts.map((c) => ({ value: c.id, label: contractName(c, locale) }))}
      emptyLabel={emptyLabel}
      error={error}
    />
  );
}

type FooterProps = {
  error: Msg | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  listHref: string;
};

/** The end of an invoice or object form: its overall error, save and cancel (back to the list). */
export function RecordFormFooter({ error, pending, submitLabel, pendingLabel, cancelLabel, listHref }: FooterProps) {
  return (
    <>
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={pendingLabel} fullWidth={false}>
          {submitLabel}
        </SubmitButton>
        <Link href={listHref} className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium hover:bg-slate-50">
          {cancelLabel}
        </Link>
      </div>
    </>
  );
}

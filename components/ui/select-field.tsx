"use client";

import type { SelectHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Msg } from "@/lib/i18n/message-key";
import { describedBy, FieldShell } from "./field-shell";

type Props = {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  /** label of the empty choice; omitted when a value is required */
  emptyLabel?: string;
  error?: Msg | string | null;
  hint?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name">;

/** A labelled select with hint and translated error; the counterpart of TextField. */
export function SelectField({ id, label, registration, options, emptyLabel, error, hint, className, ...select }: Props) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} className={className}>
      <select
        id={id}
        className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
        {...registration}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

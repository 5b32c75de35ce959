"use client";

import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Msg } from "@/lib/i18n/message-key";
import { describedBy, FieldShell } from "./field-shell";

type Props = {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: Msg | string | null;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

/** A labelled input with hint and translated error. */
export function TextField({ id, label, registration, error, hint, className, ...input }: Props) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} className={className}>
      <input
        id={id}
        className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
        {...registration}
      />
    </FieldShell>
  );
}

"use client";

import { describedBy, FieldShell } from "@/components/ui/field-shell";
import type { ContractField } from "./contract-field";

type Props = ContractField & { label: string; hint?: string };

/** The free-text note of a contract. */
export function NotesField({ id, registration, error, label, hint }: Props) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        {...registration}
      />
    </FieldShell>
  );
}

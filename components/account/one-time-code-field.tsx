"use client";

import { describedBy, FieldShell } from "@/components/ui/field-shell";
import type { Msg } from "@/lib/i18n/message-key";

type Props = { id: string; label: string; value: string; onChange: (value: string) => void; error?: Msg | null };

/** The input for a code sent by e-mail or SMS (the browser may fill it in from the message). */
export function OneTimeCodeField({ id, label, value, onChange, error }: Props) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={10}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, undefined)}
        className="mt-1 block w-40 rounded-lg border border-slate-300 px-3 py-2 tracking-widest"
      />
    </FieldShell>
  );
}

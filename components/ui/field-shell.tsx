"use client";

import type { ReactNode } from "react";
import type { Msg } from "@/lib/i18n/message-key";
import { FieldError } from "./field-error";

type Props = { id: string; label: string; error?: Msg | string | null; hint?: string; className?: string; children: ReactNode };

/** Label above, hint or translated error below; the control itself points here with describedBy(id, …). */
export function FieldShell({ id, label, error, hint, className = "", children }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function describedBy(id: string, error: unknown, hint: string | undefined): string | undefined {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

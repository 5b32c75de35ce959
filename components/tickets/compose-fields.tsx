"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TICKET_BODY_MAX } from "@/lib/validation/ticket";

// The field blocks of TicketComposeForm. Errors arrive already translated (schema or server).

export const inputClass = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 disabled:bg-slate-50";

/** Label above, the control, and the server's or schema's (already translated) message below. */
export function Labelled({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type SelectProps = {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
};

/** A labelled select (recipient, kind) whose error is announced with it. */
export function LabelledSelect({ id, name, label, value, onChange, options, error }: SelectProps) {
  return (
    <Labelled id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

type BodyProps = {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** an internal note: the field turns amber, so it is never mistaken for a reply */
  internal: boolean;
};

/** The message text with a live counter against TICKET_BODY_MAX (counted like the server: trimmed, LF). */
export function MessageBodyField({ id, label, rows, value, onChange, error, internal }: BodyProps) {
  const t = useTranslations("ticketUi.compose");
  const length = value.replace(/\r\n?/g, "\n").trim().length;
  return (
    <Labelled id={id} label={label} error={error}>
      <textarea
        id={id}
        name="body"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        className={`${inputClass} min-h-32 resize-y ${internal ? "border-amber-400 bg-amber-50" : ""}`}
        data-testid="ticket-body"
      />
      <p
        id={`${id}-count`}
        className={`mt-1 text-right text-xs tabular-nums ${length > TICKET_BODY_MAX ? "font-medium text-red-700" : "text-slate-600"}`}
      >
        {t("counter", { count: length, max: TICKET_BODY_MAX })}
      </p>
    </Labelled>
  );
}

/** Staff only: "Interne Notiz (für den Kunden unsichtbar)". */
export function InternalNoteToggle({
  id,
  checked,
  onChange,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const t = useTranslations("ticketUi.compose");
  return (
    <div className="flex items-start gap-3 rounded-lg border border-amber-200 bg-amber-50 p-3">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
        className="mt-1 h-4 w-4 shrink-0"
        data-testid="ticket-internal"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-amber-950">
          {t("internal")}
        </label>
        <p id={`${id}-hint`} className="text-xs text-amber-900">
          {t("internalHint")}
        </p>
      </div>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldShell } from "@/components/ui/field-shell";
import type { Msg } from "@/lib/i18n/message-key";
import { HEX_COLOR } from "@/lib/validation/branding";

type Props = {
  id: string;
  label: string;
  hint: string;
  /** the hex text field, the value the form submits */
  registration: UseFormRegisterReturn;
  /** current text of the hex field (may be half typed) */
  value: string;
  /** the native picker chose a colour */
  onPick: (hex: string) => void;
  error?: Msg | string | null;
};

/**
 * One brand colour: the browser's colour picker next to a hex field, both editing the same value.
 * The picker can only show a complete colour, so while the hex is half typed it keeps the last one.
 */
export function ColorField({ id, label, hint, registration, value, onPick, error }: Props) {
  const t = useTranslations("branding.form");
  const complete = HEX_COLOR.test(value) ? value.toLowerCase() : null;
  const [shown, setShown] = useState(complete ?? "#000000");
  // follow the hex field whenever it holds a complete colour (adjusting state while rendering)
  if (complete && complete !== shown) setShown(complete);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div className="mt-1 flex items-center gap-2">
        <input
          type="color"
          aria-label={t("picker", { label })}
          data-testid={`${id}-picker`}
          value={shown}
          onChange={(e) => onPick(e.target.value)}
          className="h-10 w-12 shrink-0 cursor-pointer rounded-lg border border-slate-300 bg-white p-1"
        />
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={7}
          data-testid={`${id}-hex`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className="block w-32 rounded-lg border border-slate-300 px-3 py-2 font-mono"
          {...registration}
        />
      </div>
    </FieldShell>
  );
}

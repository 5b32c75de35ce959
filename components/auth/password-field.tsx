"use client";

import { useTranslations } from "next-intl";
import { useState, type ComponentProps } from "react";
import type { Msg } from "@/lib/i18n/message-key";
import { FieldError } from "@/components/ui/field-error";

type PasswordFieldProps = Omit<ComponentProps<"input">, "type" | "autoComplete"> & {
  /** "new-password" lets password managers offer a generated one; "current-password" fills the saved one. */
  autoComplete: "new-password" | "current-password";
  /** With a label the field renders label, input and error itself; without, the caller does (pass an id). */
  label?: string;
  /** A catalog key (zod message or action field error); FieldError translates it. */
  error?: Msg | string;
};

/**
 * Password input with a show/hide button. Paste stays allowed (password managers, NIST 800-63B).
 * Spread react-hook-form's register() into it: React 19 passes `ref` as a normal prop.
 */
export function PasswordField({ className, autoComplete, label, error, ref, ...props }: PasswordFieldProps) {
  const t = useTranslations("common.password");
  const [visible, setVisible] = useState(false);
  const errorId = props.id ? `${props.id}-error` : undefined;
  const ownError = label !== undefined && error ? errorId : undefined;
  const describedBy = [props["aria-describedby"], ownError].filter(Boolean).join(" ") || undefined;

  const field = (
    <div className="relative mt-1">
      <input
        {...props}
        ref={ref}
        type={visible ? "text" : "password"}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : props["aria-invalid"]}
        aria-describedby={describedBy}
        className={`block w-full rounded-lg border border-slate-300 py-2 pr-24 pl-3 ${className ?? ""}`}
      />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        aria-controls={props.id}
        className="absolute inset-y-0 right-0 rounded-r-lg px-3 text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:-outline-offset-2"
      >
        {visible ? t("hide") : t("show")}
      </button>
    </div>
  );
  if (label === undefined) return field;

  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {label}
      </label>
      {field}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import type { Msg } from "@/lib/i18n/message-key";
import { CUSTOMER_2FA_POLICIES } from "@/lib/validation/tenant-settings";

type Props = { registration: UseFormRegisterReturn; error?: Msg | string | null };

/** The customer 2FA policy as three radio cards, each saying what sign-in then looks like for customers. */
export function PolicyChoice({ registration, error }: Props) {
  const t = useTranslations("tenantSettings.sessions");
  return (
    <fieldset aria-describedby={error ? "ts-policy-error" : "ts-policy-note"} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{t("policy")}</legend>
      <div className="mt-2 space-y-2">
        {CUSTOMER_2FA_POLICIES.map((policy) => (
          <div
            key={policy}
            className="has-checked:border-brand flex items-start gap-3 rounded-lg border border-slate-200 p-3 has-checked:bg-slate-50"
          >
            <input
              id={`ts-policy-${policy}`}
              type="radio"
              value={policy}
              aria-describedby={`ts-policy-${policy}-hint`}
              className="accent-brand mt-1 h-4 w-4 shrink-0"
              {...registration}
            />
            <div className="min-w-0">
              <label htmlFor={`ts-policy-${policy}`} className="text-sm font-medium">
                {t(`policies.${policy}`)}
              </label>
              <p id={`ts-policy-${policy}-hint`} className="text-xs text-slate-600">
                {t(`policyHints.${policy}`)}
              </p>
            </div>
          </div>
        ))}
      </div>
      <p id="ts-policy-note" className="mt-2 text-xs text-slate-600">
        {t("staffNote")}
      </p>
      <FieldError id="ts-policy-error" message={error} />
    </fieldset>
  );
}

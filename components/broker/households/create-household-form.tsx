"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { createHouseholdAction } from "@/lib/actions/households/create-household";
import { useHouseholdAction } from "./use-household-action";

/** "No household yet": an optional name and the button that starts one with this customer in it. */
export function CreateHouseholdForm({ customerId }: { customerId: string }) {
  const t = useTranslations("households.panel");
  const [name, setName] = useState("");
  const { run, pending, error, fieldErrors } = useHouseholdAction();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await run(() => createHouseholdAction(customerId, { name }));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div>
        <label htmlFor="household-name" className="block text-sm font-medium">
          {t("householdName")}
        </label>
        <input
          id="household-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={120}
          aria-describedby={fieldErrors.name ? "household-name-error" : "household-name-hint"}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 sm:max-w-sm"
        />
        {!fieldErrors.name && (
          <p id="household-name-hint" className="mt-1 text-xs text-slate-500">
            {t("householdNameHint")}
          </p>
        )}
        <FieldError id="household-name-error" message={fieldErrors.name} />
      </div>
      <FormError message={fieldErrors.name ? null : error} />
      <SubmitButton pending={pending} pendingLabel={t("creating")} fullWidth={false}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}

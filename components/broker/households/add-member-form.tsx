"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { addHouseholdMemberAction } from "@/lib/actions/households/add-household-member";
import { householdMemberInput, type HouseholdMemberInput } from "@/lib/validation/household";
import { useHouseholdAction } from "./use-household-action";

/** "Mitglied hinzufügen": an existing customer of the office, found by customer number. */
export function AddMemberForm({ customerId }: { customerId: string }) {
  const t = useTranslations("households.members");
  const { run, pending, error, fieldErrors } = useHouseholdAction();
  const { register, handleSubmit, reset, formState } = useForm<HouseholdMemberInput, unknown, HouseholdMemberInput>({
    resolver: zodResolver(householdMemberInput, undefined, { raw: true }),
    defaultValues: { customerNumber: "" },
  });
  const fieldError = formState.errors.customerNumber?.message ?? fieldErrors.customerNumber;

  async function onSubmit(values: HouseholdMemberInput) {
    if (await run(() => addHouseholdMemberAction(customerId, values))) reset();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <TextField
          id="household-member-number"
          label={t("customerNumber")}
          registration={register("customerNumber")}
          error={fieldError}
          hint={t("customerNumberHint")}
          autoComplete="off"
          className="sm:w-64"
        />
        <div className="sm:pt-6">
          <SubmitButton pending={pending} pendingLabel={t("adding")} fullWidth={false}>
            {t("add")}
          </SubmitButton>
        </div>
      </div>
      <FormError message={fieldError ? null : error} />
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { bankAccountChangeInput, type BankAccountChangeInput } from "@/lib/validation/change-request";
import { ChangeRequestForm, useChangeRequestSubmit } from "./change-request-form";

/** Holder, IBAN (checked in the browser and again on the server) and an optional BIC. */
export function BankRequestForm({ defaultHolder }: { defaultHolder: string }) {
  const t = useTranslations("changeRequests.change");
  const form = useForm<BankAccountChangeInput, unknown, BankAccountChangeInput>({
    resolver: zodResolver(bankAccountChangeInput, undefined, { raw: true }),
    defaultValues: { holder: defaultHolder, iban: "", bic: "" },
  });
  const request = useChangeRequestSubmit("BANK_ACCOUNT", form);
  const { fieldError } = request;

  return (
    <ChangeRequestForm request={request}>
      <TextField
        id="cr-holder"
        label={t("holder")}
        registration={form.register("holder")}
        error={fieldError("holder")}
        autoComplete="name"
      />
      <TextField
        id="cr-iban"
        label={t("iban")}
        hint={t("ibanHint")}
        registration={form.register("iban")}
        error={fieldError("iban")}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id="cr-bic"
        label={t("bic")}
        registration={form.register("bic")}
        error={fieldError("bic")}
        autoComplete="off"
        spellCheck={false}
        className="sm:max-w-xs"
      />
      <p className="text-sm text-slate-600">{t("bankNote")}</p>
    </ChangeRequestForm>
  );
}

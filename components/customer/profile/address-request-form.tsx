"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { addressChangeInput, CHANGE_REQUEST_COUNTRIES, type AddressChangeInput } from "@/lib/validation/change-request";
import { ChangeRequestForm, useChangeRequestSubmit } from "./change-request-form";

/** Street, postcode (checked per country), city and country; the broker reviews the request. */
export function AddressRequestForm({ defaultCountry }: { defaultCountry: string }) {
  const t = useTranslations("changeRequests");
  const country = (CHANGE_REQUEST_COUNTRIES as readonly string[]).includes(defaultCountry) ? defaultCountry : "DE";
  const form = useForm<AddressChangeInput, unknown, AddressChangeInput>({
    resolver: zodResolver(addressChangeInput, undefined, { raw: true }),
    defaultValues: { street: "", postalCode: "", city: "", country: country as AddressChangeInput["country"] },
  });
  const request = useChangeRequestSubmit("ADDRESS", form);
  const { fieldError } = request;

  return (
    <ChangeRequestForm request={request}>
      <TextField
        id="cr-street"
        label={t("change.street")}
        registration={form.register("street")}
        error={fieldError("street")}
        autoComplete="street-address"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="cr-postal-code"
          label={t("change.postalCode")}
          registration={form.register("postalCode")}
          error={fieldError("postalCode")}
          autoComplete="postal-code"
          inputMode="numeric"
        />
        <TextField
          id="cr-city"
          label={t("change.city")}
          registration={form.register("city")}
          error={fieldError("city")}
          autoComplete="address-level2"
        />
      </div>
      <SelectField
        id="cr-country"
        label={t("change.country")}
        registration={form.register("country")}
        error={fieldError("country")}
        options={CHANGE_REQUEST_COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
        className="sm:max-w-xs"
      />
    </ChangeRequestForm>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createInsuredObjectAction } from "@/lib/actions/insured-objects/create-insured-object";
import { updateInsuredObjectAction } from "@/lib/actions/insured-objects/update-insured-object";
import type { BrokerObjectItem } from "@/lib/data/insured-objects/list-customer-insured-objects";
import type { RecordContractOption } from "@/lib/data/premium-invoices/record-form-options";
import { COUNTRIES } from "@/lib/validation/customer";
import {
  BLANK_INSURED_OBJECT,
  INSURED_OBJECT_KINDS,
  insuredObjectInput,
  type InsuredObjectKindValue,
  type InsuredObjectInput,
} from "@/lib/validation/insured-object";
import { RecordContractSelect, RecordFormFooter, useRecordSubmit } from "./record-form-parts";

type Props = {
  customerId: string;
  /** the object being edited; absent when a new one is recorded */
  object?: BrokerObjectItem;
  contracts: RecordContractOption[];
  /** the default country of a new building (the customer's) */
  defaultCountry: string;
};

function valuesOf(object: BrokerObjectItem | undefined, defaultCountry: string): InsuredObjectInput {
  const country = (COUNTRIES as readonly string[]).includes(defaultCountry) ? defaultCountry : "DE";
  if (!object) return { ...BLANK_INSURED_OBJECT, country };
  return {
    kind: object.kind,
    name: object.name,
    contractId: object.contractId ?? "",
    licensePlate: object.licensePlate ?? "",
    vin: object.vin ?? "",
    street: object.street ?? "",
    postalCode: object.postalCode ?? "",
    city: object.city ?? "",
    country: object.country ?? country,
    manufacturer: object.manufacturer ?? "",
    serialNumber: object.serialNumber ?? "",
  };
}

/** Records or edits an insured object; the fields follow the chosen kind (vehicle, building, machine, other). */
export function InsuredObjectForm({ customerId, object, contracts, defaultCountry }: Props) {
  const t = useTranslations("companyAdmin.objects");
  const tk = useTranslations("labels.insuredObjectKind");
  const tc = useTranslations("customers.form.countries");
  const listHref = `/broker/customers/${customerId}/objects`;
  const { error, serverErrors, onSubmit } = useRecordSubmit(listHref, (values: InsuredObjectInput) =>
    object ? updateInsuredObjectAction(object.id, values) : createInsuredObjectAction(customerId, values),
  );
  // raw: the action gets what the user typed and validates it again on the server.
  const form = useForm<InsuredObjectInput, unknown, InsuredObjectInput>({
    resolver: zodResolver(insuredObjectInput, undefined, { raw: true }),
    defaultValues: valuesOf(object, defaultCountry),
  });
  const errors = form.formState.errors;
  const err = (name: keyof InsuredObjectInput) => errors[name]?.message ?? serverErrors[name];
  const kind = useWatch({ control: form.control, name: "kind" });

  const field = (name: keyof InsuredObjectInput, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`object-${name}`}
      label={t(name as "name")}
      registration={form.register(name)}
      error={err(name)}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="object-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="object-kind"
          label={t("kind")}
          registration={form.register("kind")}
          options={INSURED_OBJECT_KINDS.map((k) => ({ value: k, label: tk(k) }))}
          error={err("kind")}
        />
        {field("name", { hint: t(`nameHint.${kind as InsuredObjectKindValue}`) })}
        {kind === "VEHICLE" && (
          <>
            {field("licensePlate", { hint: t("licensePlateHint") })}
            {field("vin", { hint: t("vinHint"), autoCapitalize: "characters", spellCheck: false })}
          </>
        )}
        {kind === "BUILDING" && (
          <>
            {field("street", { autoComplete: "street-address", className: "sm:col-span-2" })}
            {field("postalCode", { autoComplete: "postal-code", inputMode: "numeric" })}
            {field("city", { autoComplete: "address-level2" })}
            <SelectField
              id="object-country"
              label={t("country")}
              registration={form.register("country")}
              options={COUNTRIES.map((c) => ({ value: c, label: tc(c) }))}
              error={err("country")}
            />
          </>
        )}
        {kind === "MACHINE" && (
          <>
            {field("manufacturer")}
            {field("serialNumber")}
          </>
        )}
        <RecordContractSelect
          id="object-contract"
          label={t("contract")}
          emptyLabel={t("noContract")}
          registration={form.register("contractId")}
          contracts={contracts}
          error={err("contractId")}
        />
      </div>
      <RecordFormFooter
        error={error}
        pending={form.formState.isSubmitting}
        submitLabel={object ? t("save") : t("create")}
        pendingLabel={t("saving")}
        cancelLabel={t("cancel")}
        listHref={listHref}
      />
    </form>
  );
}

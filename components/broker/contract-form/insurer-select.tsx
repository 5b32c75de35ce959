"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { SelectField } from "@/components/ui/select-field";
import { addInsurerAction } from "@/lib/actions/contracts/add-insurer";
import type { Msg } from "@/lib/i18n/message-key";

type Props = {
  insurers: { id: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: Msg | string;
  onAdded: (id: string) => void;
};

/** The insurer list plus "not in the list? add it" — new insurers go into the office's own catalog. */
export function InsurerSelect({ insurers, registration, error, onAdded }: Props) {
  const t = useTranslations("contracts.form");
  const [options, setOptions] = useState(insurers);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [addError, setAddError] = useState<Msg | null>(null);

  async function add() {
    setAddError(null);
    const result = await addInsurerAction(name);
    if (!result.ok) return setAddError(result.error);
    const { id, name: added } = result.data;
    setOptions((current) =>
      current.some((o) => o.id === id)
        ? current
        : [...current, { id, label: added }].sort((a, b) => a.label.localeCompare(b.label)),
    );
    // Wait a tick so the new <option> exists before the select takes its value.
    setTimeout(() => onAdded(id), 0);
    setAdding(false);
    setName("");
  }

  return (
    <div>
      <SelectField
        id="insurerId"
        label={t("insurer")}
        registration={registration}
        options={options.map((o) => ({ value: o.id, label: o.label }))}
        emptyLabel={t("noInsurer")}
        error={error}
      />
      {adding ? (
        <div className="mt-2 flex gap-2">
          <input
            aria-label={t("newInsurerName")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="block w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm"
            placeholder={t("newInsurerName")}
          />
          <button type="button" onClick={add} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium">
            {t("addInsurer")}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAdding(true)} className="text-brand-ink mt-1 text-sm hover:underline">
          {t("insurerMissing")}
        </button>
      )}
      <FieldError message={addError} />
    </div>
  );
}

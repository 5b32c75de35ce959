"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { Msg } from "@/lib/i18n/message-key";

/**
 * The save cycle both forms of Einstellungen → Allgemein share: call the action, show its field errors
 * next to the fields (after the client's own zod errors), say "saved" or "nothing changed", then render
 * the page again (language or contact data may show elsewhere on it).
 */
export function useSettingsSave<T extends FieldValues>(
  form: UseFormReturn<T, unknown, T>,
  action: (values: T) => Promise<ActionResult<{ changed: number }>>,
) {
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [outcome, setOutcome] = useState<"saved" | "unchanged" | null>(null);
  const { errors } = form.formState;

  async function save(values: T) {
    setError(null);
    setServerErrors({});
    setOutcome(null);
    try {
      const result = await action(values);
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      setOutcome(result.data.changed > 0 ? "saved" : "unchanged");
      form.reset(values);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  }

  return {
    error,
    outcome,
    fieldError: (name: Path<T>) => (errors[name]?.message as Msg | undefined) ?? serverErrors[name],
    onSubmit: form.handleSubmit(save, () => setOutcome(null)),
  };
}

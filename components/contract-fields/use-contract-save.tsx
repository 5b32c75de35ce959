"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { Msg } from "@/lib/i18n/message-key";

/**
 * Saving a contract form through its action: the form-level error, the server's field errors next to
 * the client's, and the "saved" confirmation for changes that stay on the page.
 */
export function useContractSave<T extends FieldValues>(formErrors: FieldErrors<T>) {
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, Msg>>({});
  const [saved, setSaved] = useState(false);
  const errors = formErrors as Record<string, { message?: string } | undefined>;
  const err = (name: string) => errors[name]?.message ?? serverErrors[name];

  /** `goTo` names the page to open after saving (a new contract), or null to stay, refresh and confirm. */
  async function save<D>(action: () => Promise<ActionResult<D>>, goTo: (data: D) => string | null) {
    setError(null);
    setServerErrors({});
    setSaved(false);
    try {
      const result = await action();
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setError(result.error);
        return;
      }
      const next = goTo(result.data);
      if (next) {
        router.push(next);
      } else {
        setSaved(true);
        router.refresh();
      }
    } catch {
      setError("common.errors.unexpected");
    }
  }

  return { err, save, error, saved };
}

/** The form-level error or the confirmation, above the buttons. */
export function SaveOutcome({ error, saved, savedLabel }: { error: Msg | null; saved: boolean; savedLabel: string }) {
  return (
    <>
      <FormError message={error} />
      {saved && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {savedLabel}
        </p>
      )}
    </>
  );
}

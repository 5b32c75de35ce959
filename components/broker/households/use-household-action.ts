"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { Msg } from "@/lib/i18n/message-key";

/**
 * Runs one household action: pending state, the refusal as a Msg for FormError, field errors for the
 * form, and a refresh so the server-rendered panel shows the new state.
 */
export function useHouseholdAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, Msg>>({});

  async function run(action: () => Promise<ActionResult<{ id: string }>>): Promise<boolean> {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await action();
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return false;
      }
      router.refresh();
      return true;
    } catch {
      setError("common.errors.unexpected");
      return false;
    } finally {
      setPending(false);
    }
  }

  return { run, pending, error, fieldErrors };
}

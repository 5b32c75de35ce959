"use client";

import { useState } from "react";
import type { Msg } from "@/lib/i18n/message-key";

/**
 * Errors and the busy flag of a multi-step form: `run` clears the errors, marks the form busy while
 * the server is asked, and shows `unexpected` as the form error when the call itself fails.
 */
export function useBusyRun<E extends { form?: Msg }>(unexpected: Msg) {
  const [errors, setErrors] = useState<E>({} as E);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setErrors({} as E);
    try {
      await work();
    } catch {
      setErrors({ form: unexpected } as E);
    } finally {
      setBusy(false);
    }
  }

  return { errors, setErrors, busy, run };
}

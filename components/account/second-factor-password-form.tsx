"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { Msg } from "@/lib/i18n/message-key";
import { FormError } from "@/components/ui/form-error";

type Props<T> = {
  id: string;
  submitLabel: string;
  danger?: boolean;
  /** Runs the server action with the entered password; the result decides what happens next. */
  run: (currentPassword: string) => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  onCancel: () => void;
};

/** Re-authentication before a second-factor change: current password, then the action. */
export function SecondFactorPasswordForm<T>({ id, submitLabel, danger, run, onDone, onCancel }: Props<T>) {
  const t = useTranslations("account");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    startTransition(async () => {
      try {
        const result = await run(password);
        if (result.ok) onDone(result.data);
        else setError(result.error);
      } catch {
        setError("account.errors.tryAgain");
      }
    });
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t("password.current")}
        </label>
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="mt-1 block w-full max-w-sm rounded-lg border border-slate-300 px-3 py-2"
        />
      </div>
      <FormError message={error} />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className={
            danger
              ? "rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
              : "bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium disabled:opacity-60"
          }
        >
          {pending ? t("actions.checking") : submitLabel}
        </button>
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2 text-sm text-slate-700 hover:bg-slate-100">
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}

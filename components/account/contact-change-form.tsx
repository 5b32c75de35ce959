"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { confirmContactChangeAction } from "@/lib/actions/contact-change/confirm-contact-change";
import { requestContactChangeAction } from "@/lib/actions/contact-change/request-contact-change";
import type { Msg } from "@/lib/i18n/message-key";
import { confirmContactChangeInput, requestEmailChangeInput, requestPhoneChangeInput } from "@/lib/validation/contact-change";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { OneTimeCodeField } from "./one-time-code-field";
import { useBusyRun } from "./use-busy-run";

type Props = {
  channel: "email" | "phone";
  /** The login e-mail, for password managers (hidden username field). */
  accountEmail: string;
  current: string | null;
  /** A new value still waiting for its code (the page was reopened). */
  pending: string | null;
};

type Step = { name: "idle" } | { name: "request" } | { name: "code"; sentTo: string } | { name: "done"; value: string };
// Catalog keys from the zod schemas or the actions.
type Errors = Partial<Record<"value" | "currentPassword" | "code" | "form", Msg>>;

/** Two steps: new value + current password → code to the new address/number → confirmed. */
export function ContactChangeForm({ channel, accountEmail, current, pending }: Props) {
  const t = useTranslations("account");
  const router = useRouter();
  const [step, setStep] = useState<Step>(pending ? { name: "code", sentTo: pending } : { name: "idle" });
  const [value, setValue] = useState("");
  const [currentPassword, setCurrentPassword] = useState("");
  const [code, setCode] = useState("");
  const { errors, setErrors, busy, run } = useBusyRun<Errors>("account.errors.tryAgain");
  const valueKey = channel === "email" ? "newEmail" : "newPhone";

  function onRequest(event: FormEvent) {
    event.preventDefault();
    const input = { [valueKey]: value, currentPassword };
    const parsed = (channel === "email" ? requestEmailChangeInput : requestPhoneChangeInput).safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === valueKey ? "value" : issue.path[0] === "currentPassword" ? "currentPassword" : "form";
        next[key] ??= issue.message as Msg;
      }
      setErrors(next);
      return;
    }
    void run(async () => {
      const result = await requestContactChangeAction(channel, input);
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        setErrors({
          value: fields[valueKey],
          currentPassword: fields.currentPassword,
          form: fields[valueKey] || fields.currentPassword ? undefined : result.error,
        });
        return;
      }
      setCurrentPassword("");
      setCode("");
      setStep({ name: "code", sentTo: result.data.sentTo });
    });
  }

  function onConfirm(event: FormEvent) {
    event.preventDefault();
    const input = { channel, code };
    const parsed = confirmContactChangeInput.safeParse(input);
    if (!parsed.success) {
      setErrors({ code: parsed.error.issues[0]?.message as Msg | undefined });
      return;
    }
    void run(async () => {
      const result = await confirmContactChangeAction(input);
      if (!result.ok) {
        setErrors({ code: result.error });
        return;
      }
      setValue("");
      setStep({ name: "done", value: result.data.value });
      router.refresh();
    });
  }

  const formError = <FormError message={errors.form} />;
  const button = "bg-brand rounded-lg px-4 py-2.5 font-medium text-on-brand hover:opacity-90 disabled:opacity-60";
  const link = "text-brand-ink text-sm font-medium underline";

  if (step.name === "idle" || step.name === "done") {
    return (
      <div className="space-y-3">
        <p className="text-sm">
          <span className="font-medium">{current ?? t("contact.none")}</span>
        </p>
        {step.name === "done" && (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
            {t(`contact.${channel}.done`)}
          </p>
        )}
        <button type="button" className={link} onClick={() => setStep({ name: "request" })}>
          {current ? t(`contact.${channel}.change`) : t(`contact.${channel}.add`)}
        </button>
      </div>
    );
  }

  if (step.name === "code") {
    return (
      <form onSubmit={onConfirm} noValidate className="max-w-md space-y-4">
        <p className="text-sm text-slate-700">
          {t.rich("contact.codeSent", {
            strong: (chunks) => <span className="font-medium">{chunks}</span>,
            target: step.sentTo,
          })}
        </p>
        <OneTimeCodeField id={`${channel}-code`} label={t("contact.code")} value={code} onChange={setCode} error={errors.code} />
        {formError}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={busy} className={button}>
            {busy ? t("actions.checking") : t("contact.confirm")}
          </button>
          <button type="button" className={link} onClick={() => setStep({ name: "request" })}>
            {t("contact.newCode")}
          </button>
          <button type="button" className={link} onClick={() => setStep({ name: "idle" })}>
            {t("actions.cancel")}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={onRequest} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="username" autoComplete="username" value={accountEmail} readOnly />
      <div>
        <label htmlFor={`${channel}-new`} className="block text-sm font-medium">
          {t(`contact.${channel}.newValue`)}
        </label>
        <input
          id={`${channel}-new`}
          type={channel === "email" ? "email" : "tel"}
          autoComplete={channel === "email" ? "email" : "tel"}
          placeholder={channel === "phone" ? "+49 170 1234567" : undefined}
          maxLength={channel === "email" ? 254 : 40}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={errors.value ? `${channel}-new-error` : undefined}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        />
        <FieldError id={`${channel}-new-error`} message={errors.value} />
      </div>
      <PasswordField
        id={`${channel}-current-password`}
        label={t("password.current")}
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={errors.currentPassword}
      />
      {formError}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={busy} className={button}>
          {busy ? t("actions.sending") : t("contact.sendCode")}
        </button>
        <button type="button" className={link} onClick={() => setStep({ name: "idle" })}>
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { sendRegistrationCodeAction } from "@/lib/actions/registration/send-registration-code";
import { verifyRegistrationCodeAction } from "@/lib/actions/registration/verify-registration-code";
import { msg, type Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { registrationCodeForm, type RegistrationCodeForm } from "@/lib/validation/registration";
import { useCountdown } from "./use-countdown";
import { FieldError } from "@/components/ui/field-error";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  token: string;
  step: "EMAIL_CODE" | "PHONE_CODE";
  maskedTarget: string;
  codeSent: boolean;
  resendWaitSeconds: number;
  lockedSeconds: number;
};

const FAILED: Msg = "onboarding.code.failed";
const b = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;

/** Step 1 (e-mail) or 2 (SMS): send a code with a click (POST), then enter it. */
export function CodeStep({ token, step, maskedTarget, codeSent, resendWaitSeconds, lockedSeconds }: Props) {
  const t = useTranslations("onboarding.code");
  const tAll = useTranslations();
  const router = useRouter();
  const byEmail = step === "EMAIL_CODE";
  const [sent, setSent] = useState(codeSent);
  const [wait, restartWait] = useCountdown(Math.max(resendWaitSeconds, lockedSeconds));
  const [notice, setNotice] = useState<{ ok: boolean; text: Msg } | null>(
    lockedSeconds > 0
      ? { ok: false, text: msg("onboarding.errors.codeLocked", { minutes: Math.ceil(lockedSeconds / 60) }) }
      : null,
  );
  // The server's verdict on the code (e.g. "wrong, 4 attempts left"); zod's own messages come via errors.code.
  const [codeError, setCodeError] = useState<Msg | null>(null);
  const [sending, startSending] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationCodeForm>({ resolver: zodResolver(registrationCodeForm), defaultValues: { code: "" } });

  function send() {
    startSending(async () => {
      try {
        const result = await sendRegistrationCodeAction({ token, step });
        if (result.ok) {
          setSent(true);
          restartWait(result.data.resendWaitSeconds);
          reset({ code: "" });
          setCodeError(null);
          setNotice({ ok: true, text: msg("onboarding.code.sent", { target: result.data.maskedTarget }) });
        } else {
          if (result.retryAfterSeconds) restartWait(result.retryAfterSeconds);
          setNotice({ ok: false, text: result.error });
        }
      } catch {
        setNotice({ ok: false, text: FAILED });
      }
    });
  }

  async function verify(values: RegistrationCodeForm) {
    setNotice(null);
    setCodeError(null);
    try {
      const result = await verifyRegistrationCodeAction({ token, step, code: values.code });
      if (result.ok) {
        router.refresh();
        return;
      }
      if (result.fieldErrors?.code) {
        setCodeError(result.error);
        setError("code", { type: "server" });
      } else setNotice({ ok: false, text: result.error });
    } catch {
      setNotice({ ok: false, text: FAILED });
    }
  }

  const values = { target: maskedTarget };
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">{byEmail ? t("titleEmail") : t("titlePhone")}</h1>
      {!sent ? (
        <>
          <p className="text-sm text-slate-700">
            {byEmail ? t.rich("introEmail", { ...values, b }) : t.rich("introPhone", { ...values, b })}
          </p>
          <button
            type="button"
            onClick={send}
            disabled={sending || wait > 0}
            className="bg-brand text-on-brand w-full rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
          >
            {sending ? t("sending") : wait > 0 ? t("sendIn", { ...values, seconds: wait }) : t("send", values)}
          </button>
        </>
      ) : (
        <form onSubmit={handleSubmit(verify)} noValidate className="space-y-4">
          <p className="text-sm text-slate-700">
            {byEmail ? t.rich("enterEmail", { ...values, b }) : t.rich("enterPhone", { ...values, b })}
          </p>
          <div>
            <label htmlFor="code" className="block text-sm font-medium">
              {t("label")}
            </label>
            <input
              id="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={20}
              placeholder="123456"
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-center font-mono text-2xl tracking-[0.4em]"
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={errors.code ? "code-error" : undefined}
              {...register("code")}
            />
            {errors.code && <FieldError id="code-error" message={errors.code.message || codeError} />}
          </div>
          <SubmitButton pending={isSubmitting} pendingLabel={t("checking")}>
            {t("submit")}
          </SubmitButton>
          <button
            type="button"
            onClick={send}
            disabled={sending || wait > 0}
            className="w-full rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
          >
            {wait > 0 ? t("resendIn", { seconds: wait }) : sending ? t("sending") : t("resend")}
          </button>
        </form>
      )}
      {notice && (
        <p
          role={notice.ok ? "status" : "alert"}
          className={`rounded-lg px-3 py-2 text-sm ${notice.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {translateMessage(tAll, notice.text)}
        </p>
      )}
    </div>
  );
}

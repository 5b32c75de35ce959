"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { sendRegistrationCodeAction } from "@/lib/actions/registration/send-registration-code";
import { verifyRegistrationCodeAction } from "@/lib/actions/registration/verify-registration-code";
import { registrationCodeForm, type RegistrationCodeForm } from "@/lib/validation/registration";
import { useCountdown } from "./use-countdown";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  token: string;
  step: "EMAIL_CODE" | "PHONE_CODE";
  maskedTarget: string;
  codeSent: boolean;
  resendWaitSeconds: number;
  lockedSeconds: number;
};

const FAILED = "Das hat nicht geklappt. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.";

/** Step 1 (e-mail) or 2 (SMS): send a code with a click (POST), then enter it. */
export function CodeStep({ token, step, maskedTarget, codeSent, resendWaitSeconds, lockedSeconds }: Props) {
  const router = useRouter();
  const byEmail = step === "EMAIL_CODE";
  const [sent, setSent] = useState(codeSent);
  const [wait, restartWait] = useCountdown(Math.max(resendWaitSeconds, lockedSeconds));
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(
    lockedSeconds > 0
      ? {
          ok: false,
          text: `Zu viele falsche Codes. Aus Sicherheitsgründen ist dieser Schritt für ${Math.ceil(lockedSeconds / 60)} Minuten gesperrt.`,
        }
      : null,
  );
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
          setNotice({ ok: true, text: `Wir haben einen neuen Code an ${result.data.maskedTarget} gesendet.` });
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
    try {
      const result = await verifyRegistrationCodeAction({ token, step, code: values.code });
      if (result.ok) {
        router.refresh();
        return;
      }
      if (result.fieldErrors?.code) setError("code", { message: result.error });
      else setNotice({ ok: false, text: result.error });
    } catch {
      setNotice({ ok: false, text: FAILED });
    }
  }

  const channel = byEmail ? "per E-Mail" : "per SMS";
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">{byEmail ? "E-Mail-Adresse bestätigen" : "Mobilnummer bestätigen"}</h1>
      {!sent ? (
        <>
          <p className="text-sm text-slate-700">
            Wir senden Ihnen einen 6-stelligen Code {channel} an <span className="font-medium">{maskedTarget}</span>. Der Code ist
            10 Minuten gültig.
          </p>
          <button
            type="button"
            onClick={send}
            disabled={sending || wait > 0}
            className="bg-brand w-full rounded-lg px-4 py-2.5 font-medium text-white hover:opacity-90 disabled:opacity-60"
          >
            {sending ? "Code wird gesendet …" : `Code an ${maskedTarget} senden${wait > 0 ? ` (in ${wait} s)` : ""}`}
          </button>
        </>
      ) : (
        <form onSubmit={handleSubmit(verify)} noValidate className="space-y-4">
          <p className="text-sm text-slate-700">
            Bitte geben Sie den Code ein, den wir {channel} an <span className="font-medium">{maskedTarget}</span> gesendet haben.
          </p>
          <div>
            <label htmlFor="code" className="block text-sm font-medium">
              Bestätigungscode
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
            {errors.code && (
              <p id="code-error" className="mt-1 text-sm text-red-700">
                {errors.code.message}
              </p>
            )}
          </div>
          <SubmitButton pending={isSubmitting} pendingLabel="Wird geprüft …">
            Code bestätigen
          </SubmitButton>
          <button
            type="button"
            onClick={send}
            disabled={sending || wait > 0}
            className="w-full rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
          >
            {wait > 0 ? `Code erneut senden (in ${wait} s)` : sending ? "Code wird gesendet …" : "Code erneut senden"}
          </button>
        </form>
      )}
      {notice && (
        <p
          role={notice.ok ? "status" : "alert"}
          className={`rounded-lg px-3 py-2 text-sm ${notice.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { OneTimeCodeField } from "@/components/account/one-time-code-field";
import { useBusyRun } from "@/components/account/use-busy-run";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmContactCodeAction } from "@/lib/actions/change-requests/confirm-contact-code";
import { sendContactCodeAction } from "@/lib/actions/change-requests/send-contact-code";
import { submitChangeRequestAction } from "@/lib/actions/change-requests/submit-change-request";
import type { Msg } from "@/lib/i18n/message-key";
import { contactCodeInput, emailChangeRequestInput, phoneChangeRequestInput } from "@/lib/validation/change-request";
import { SentNotice } from "./request-section";

type Props = {
  kind: "EMAIL" | "PHONE";
  /** A code already sent to a new value (masked): the page was reopened, ask for the code. */
  openCodeTarget: string | null;
};
type Step = { name: "enter" } | { name: "code"; sentTo: string } | { name: "sent" };
type Errors = Partial<Record<"value" | "code" | "form", Msg>>;

/**
 * A new contact e-mail or phone number. E-mail and mobile numbers are proven with a code sent to the
 * new address/number before the request reaches the broker; a landline cannot receive one and goes
 * straight to the broker, who checks it.
 */
export function ContactRequestForm({ kind, openCodeTarget }: Props) {
  const t = useTranslations("changeRequests.change");
  const router = useRouter();
  const [step, setStep] = useState<Step>(openCodeTarget ? { name: "code", sentTo: openCodeTarget } : { name: "enter" });
  const [value, setValue] = useState("");
  const [field, setField] = useState<"mobile" | "phone">("mobile");
  const [code, setCode] = useState("");
  const { errors, setErrors, busy, run } = useBusyRun<Errors>("common.errors.unexpected");
  const id = kind === "EMAIL" ? "cr-email" : "cr-number";
  const codeKind = kind;

  function onEnter(event: FormEvent) {
    event.preventDefault();
    const parsed =
      kind === "EMAIL"
        ? emailChangeRequestInput.safeParse({ email: value })
        : phoneChangeRequestInput.safeParse({ field, number: value });
    if (!parsed.success) {
      setErrors({ value: parsed.error.issues[0]?.message as Msg });
      return;
    }
    void run(async () => {
      if (kind === "PHONE" && field === "phone") {
        const result = await submitChangeRequestAction("LANDLINE", { number: value });
        if (!result.ok) {
          const fields = result.fieldErrors ?? {};
          setErrors({ value: fields.number, form: fields.number ? undefined : result.error });
          return;
        }
        setStep({ name: "sent" });
        router.refresh();
        return;
      }
      const result = await sendContactCodeAction(codeKind, kind === "EMAIL" ? { email: value } : { number: value });
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        const valueError = fields.email ?? fields.number;
        setErrors({ value: valueError, form: valueError ? undefined : result.error });
        return;
      }
      setCode("");
      setStep({ name: "code", sentTo: result.data.sentTo });
    });
  }

  function onConfirm(event: FormEvent) {
    event.preventDefault();
    const parsed = contactCodeInput.safeParse({ code });
    if (!parsed.success) {
      setErrors({ code: parsed.error.issues[0]?.message as Msg });
      return;
    }
    void run(async () => {
      const result = await confirmContactCodeAction(codeKind, { code });
      if (!result.ok) {
        if (result.fieldErrors?.code) setErrors({ code: result.fieldErrors.code });
        else setErrors({ form: result.error });
        return;
      }
      setStep({ name: "sent" });
      router.refresh();
    });
  }

  if (step.name === "sent") return <SentNotice />;

  if (step.name === "code") {
    return (
      <form onSubmit={onConfirm} noValidate className="max-w-md space-y-4">
        <p className="text-sm text-slate-700">
          {t.rich("codeSent", { strong: (chunks) => <span className="font-medium">{chunks}</span>, target: step.sentTo })}
        </p>
        <OneTimeCodeField id={`${id}-code`} label={t("code")} value={code} onChange={setCode} error={errors.code} />
        <FormError message={errors.form} />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pending={busy} pendingLabel={t("confirming")} fullWidth={false}>
            {t("confirm")}
          </SubmitButton>
          <button
            type="button"
            className="text-brand-ink text-sm font-medium underline"
            onClick={() => setStep({ name: "enter" })}
          >
            {t("startOver")}
          </button>
        </div>
      </form>
    );
  }

  const landline = kind === "PHONE" && field === "phone";
  return (
    <form onSubmit={onEnter} noValidate className="max-w-md space-y-4">
      {kind === "PHONE" && (
        <fieldset>
          <legend className="text-sm font-medium">{t("phoneField")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {(["mobile", "phone"] as const).map((f) => (
              <label key={f} className="flex items-center gap-2 text-sm">
                <input type="radio" name="cr-phone-field" value={f} checked={field === f} onChange={() => setField(f)} />
                {t(f === "mobile" ? "phoneFieldMobile" : "phoneFieldLandline")}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <FieldShell
        id={id}
        label={kind === "EMAIL" ? t("emailLabel") : t("numberLabel")}
        hint={kind === "PHONE" ? t("numberHint") : undefined}
        error={errors.value}
      >
        <input
          id={id}
          type={kind === "EMAIL" ? "email" : "tel"}
          autoComplete={kind === "EMAIL" ? "email" : "tel"}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={describedBy(id, errors.value, kind === "PHONE" ? t("numberHint") : undefined)}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        />
      </FieldShell>
      <p className="text-sm text-slate-600">
        {kind === "EMAIL" ? t("emailNote") : landline ? t("landlineNote") : t("mobileNote")}
      </p>
      <FormError message={errors.form} />
      <SubmitButton pending={busy} pendingLabel={landline ? t("submitting") : t("sendingCode")} fullWidth={false}>
        {landline ? t("submit") : t("sendCode")}
      </SubmitButton>
    </form>
  );
}

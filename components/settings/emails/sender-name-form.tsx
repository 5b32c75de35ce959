"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { updateMailSettingsAction } from "@/lib/actions/mail-settings/update-mail-settings";
import type { Msg } from "@/lib/i18n/message-key";
import { EMAIL_SENDER_NAME_MAX, mailSenderInput, type MailSenderInput } from "@/lib/validation/mail-settings";

type Props = { initial: string; tenantName: string };

/** "Absendername": the display name in the From header of every e-mail of the portal. */
export function SenderNameForm({ initial, tenantName }: Props) {
  const t = useTranslations("mailPreview.sender");
  const router = useRouter();
  const [error, setError] = useState<Msg | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<MailSenderInput, unknown, MailSenderInput>({
    resolver: zodResolver(mailSenderInput, undefined, { raw: true }),
    defaultValues: { emailSenderName: initial },
  });
  const fieldError = (form.formState.errors.emailSenderName?.message as Msg | undefined) ?? null;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    try {
      const result = await updateMailSettingsAction(values);
      if (!result.ok) {
        const field = result.fieldErrors?.emailSenderName;
        if (field) form.setError("emailSenderName", { message: typeof field === "string" ? field : field.key });
        else setError(result.error);
        return;
      }
      setSaved(true);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    }
  });

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
      <TextField
        id="mail-sender-name"
        label={t("label")}
        hint={t("hint", { name: tenantName })}
        registration={form.register("emailSenderName", { onChange: () => setSaved(false) })}
        error={fieldError}
        maxLength={EMAIL_SENDER_NAME_MAX}
        autoComplete="organization"
        className="max-w-md"
      />
      <FormError message={error} />
      {saved && <FormSuccess>{t("saved")}</FormSuccess>}
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("saving")} fullWidth={false}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateLegalTextsAction } from "@/lib/actions/legal/update-legal-texts";
import type { Msg } from "@/lib/i18n/message-key";
import { legalTextsInput, type LegalTextField } from "@/lib/validation/legal-texts";
import { RichTextEditor } from "./rich-text-editor";

export type LegalSection = "imprint" | "privacy" | "signature";

type Props = {
  section: LegalSection;
  field: LegalTextField;
  initialHtml: string;
  /** where the saved text can be seen: the public page, or the e-mail preview for the signature */
  view: { href: string; newTab: boolean };
};

type Done = "saved" | "cleared" | "unchanged";

/** One section of the legal-texts page; saves only its own text and shows what the server stored. */
export function LegalTextForm({ section, field, initialHtml, view }: Props) {
  const t = useTranslations("legal.settings");
  const [html, setHtml] = useState(initialHtml);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [fieldError, setFieldError] = useState<Msg | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const base = `legal-${section}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldError(null);
    setDone(null);
    const input = { [field]: html };
    const parsed = legalTextsInput.safeParse(input);
    if (!parsed.success) return setFieldError((parsed.error.issues[0]?.message as Msg) ?? "common.errors.checkInput");
    setPending(true);
    try {
      const result = await updateLegalTextsAction(parsed.data);
      if (!result.ok) {
        setError(result.error);
        setFieldError(result.fieldErrors?.[field] ?? null);
        return;
      }
      // The server may have removed something (a script, a javascript: link): show exactly what is stored.
      const stored = result.data.stored[field] ?? "";
      setHtml(stored);
      setDone(result.data.changed.length === 0 ? "unchanged" : stored === "" ? "cleared" : "saved");
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby={`${base}-title`} className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${base}-title`} className="text-lg font-semibold">
          {t(`${section}.title`)}
        </h2>
        <Link
          href={view.href}
          {...(view.newTab ? { target: "_blank", rel: "noopener noreferrer" } : {})}
          className="text-brand-ink text-sm font-medium underline underline-offset-2"
          data-testid={`${base}-view`}
        >
          {section === "signature" ? t("signature.preview") : t("view")}
          {view.newTab ? <span className="sr-only"> {t("newTab")}</span> : null}
        </Link>
      </div>
      <form onSubmit={submit} className="mt-2 space-y-3" noValidate>
        <RichTextEditor
          id={`${base}-editor`}
          label={t(`${section}.title`)}
          labelledBy={`${base}-title`}
          hint={t(`${section}.help`)}
          value={html}
          onChange={(next) => {
            setDone(null);
            setHtml(next);
          }}
          disabled={pending}
          errorId={fieldError ? `${base}-error` : undefined}
          testId={`${base}-editor`}
        />
        <FieldError id={`${base}-error`} message={fieldError} />
        <FormError message={fieldError ? null : error} />
        {done ? <FormSuccess>{done === "unchanged" ? t("unchanged") : t(`${section}.${done}`)}</FormSuccess> : null}
        <SubmitButton pending={pending} pendingLabel={t("saving")} fullWidth={false}>
          {t(`${section}.save`)}
        </SubmitButton>
      </form>
    </section>
  );
}

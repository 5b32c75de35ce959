"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { removeOwnAvatarAction } from "@/lib/actions/staff/remove-own-avatar";
import { setOwnAvatarAction } from "@/lib/actions/staff/set-own-avatar";
import type { Msg } from "@/lib/i18n/message-key";
import { AVATAR_ACCEPT, MAX_AVATAR_BYTES, MAX_AVATAR_MB } from "@/lib/validation/staff-avatar";

type Props = {
  /** Short-lived inline URL of the current photo, or null. */
  photoUrl: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string;
};

function initials(first: string | null, last: string | null, fallback: string): string {
  const letters = [first, last].map((part) => part?.trim().charAt(0) ?? "").join("");
  return (letters || fallback.charAt(0)).toUpperCase();
}

/**
 * "Foto für Kunden" on the staff security page: the portrait customers see on their start page.
 * The size is checked here only to answer early; the server checks size and type again by the bytes.
 */
export function StaffAvatarSettings({ photoUrl, firstName, lastName, email }: Props) {
  const t = useTranslations("broker.avatar");
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"upload" | "remove" | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  const [fileError, setFileError] = useState<Msg | null>(null);
  const [notice, setNotice] = useState<"saved" | "removed" | null>(null);
  const name = [firstName, lastName].filter(Boolean).join(" ") || email;

  async function run(kind: "upload" | "remove", work: () => Promise<{ ok: true } | { ok: false; error: Msg }>) {
    setBusy(kind);
    setError(null);
    setFileError(null);
    setNotice(null);
    try {
      const result = await work();
      if (!result.ok) {
        if (kind === "upload") setFileError(result.error);
        else setError(result.error);
        return;
      }
      setNotice(kind === "upload" ? "saved" : "removed");
      if (fileRef.current) fileRef.current.value = "";
    } catch {
      setError("broker.avatar.errors.tryAgain");
    } finally {
      setBusy(null);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file || file.size === 0) return setFileError("broker.avatar.errors.empty");
    if (file.size > MAX_AVATAR_BYTES) {
      return setFileError({ key: "broker.avatar.errors.tooLarge", values: { maxMb: MAX_AVATAR_MB } });
    }
    const formData = new FormData();
    formData.set("photo", file);
    await run("upload", () => setOwnAvatarAction(formData));
  }

  async function onRemove() {
    if (!window.confirm(t("confirmRemove"))) return;
    await run("remove", () => removeOwnAvatarAction());
  }

  return (
    <section aria-labelledby="staff-avatar" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="staff-avatar" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("intro", { maxMb: MAX_AVATAR_MB })}</p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {photoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a presigned S3 URL valid for 60 s, not for the image optimiser
          <img
            src={photoUrl}
            alt={t("photoOf", { name })}
            width={96}
            height={96}
            className="h-24 w-24 shrink-0 rounded-full bg-slate-100 object-cover"
          />
        ) : (
          <span
            aria-hidden
            className="bg-brand text-on-brand flex h-24 w-24 shrink-0 items-center justify-center rounded-full text-2xl font-semibold"
          >
            {initials(firstName, lastName, name)}
          </span>
        )}
        <div className="min-w-0 flex-1 space-y-3">
          {!photoUrl ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
          <form onSubmit={onSubmit} className="space-y-3" noValidate>
            <div>
              <label htmlFor="staff-avatar-file" className="mb-1 block text-sm font-medium text-slate-700">
                {t("fileLabel")}
              </label>
              <input
                ref={fileRef}
                id="staff-avatar-file"
                name="photo"
                type="file"
                accept={AVATAR_ACCEPT}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={fileError ? "staff-avatar-file-error" : undefined}
                className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
              />
              <FieldError id="staff-avatar-file-error" message={fileError} />
            </div>
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={busy === "upload"} pendingLabel={t("uploading")} fullWidth={false}>
                {photoUrl ? t("replace") : t("upload")}
              </SubmitButton>
              {photoUrl ? (
                <button
                  type="button"
                  onClick={onRemove}
                  disabled={busy !== null}
                  className="rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
                >
                  {busy === "remove" ? t("removing") : t("remove")}
                </button>
              ) : null}
            </div>
          </form>
          <FormError message={error} />
          {notice ? (
            <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
              {t(notice)}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { PanelSection } from "@/components/ui/panel-section";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { removeBrandingImageAction } from "@/lib/actions/branding/remove-branding-image";
import { setBrandingImageAction } from "@/lib/actions/branding/set-branding-image";
import type { Msg } from "@/lib/i18n/message-key";
import {
  BRANDING_IMAGE_ACCEPT,
  BRANDING_IMAGE_LIMITS,
  MAX_INPUT_SIDE,
  brandingImageMaxBytes,
  brandingImageSizeLabel,
  type BrandingImage,
} from "@/lib/validation/branding";

type Props = { kind: BrandingImage; /** current image (same-origin path) or null */ path: string | null };

/**
 * "Logo" or "Favicon": the current image, a file picker with the limits, upload and remove. The size
 * is checked here only to answer early; the server checks size and type again by the bytes.
 */
export function BrandingImagePanel({ kind, path }: Props) {
  const t = useTranslations("branding.image");
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"upload" | "remove" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [fileError, setFileError] = useState<Msg | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  const [notice, setNotice] = useState<"uploaded" | "removed" | null>(null);
  const id = `branding-${kind}`;
  const { width, height } = BRANDING_IMAGE_LIMITS[kind];

  async function run(action: "upload" | "remove", work: () => Promise<ActionResult<null>>) {
    setBusy(action);
    setError(null);
    setFileError(null);
    setNotice(null);
    try {
      const result = await work();
      if (!result.ok) return action === "upload" ? setFileError(result.error) : setError(result.error);
      setNotice(action === "upload" ? "uploaded" : "removed");
      setConfirming(false);
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setBusy(null);
    }
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file || file.size === 0) return setFileError("branding.image.errors.empty");
    if (file.size > brandingImageMaxBytes(kind)) {
      return setFileError({ key: "branding.image.errors.tooLarge", values: { size: brandingImageSizeLabel(kind) } });
    }
    const formData = new FormData();
    formData.set("file", file);
    await run("upload", () => setBrandingImageAction(kind, formData));
  }

  return (
    <PanelSection id={`${id}-title`} title={t(`${kind}.title`)} className="sm:p-6">
      <div data-testid={`${id}-panel`} className="mt-1 space-y-4">
        <p className="text-sm text-slate-600">{t(`${kind}.intro`)}</p>
        {path ? (
          <figure className="space-y-1">
            <div className="flex min-h-20 items-center justify-center rounded-lg border border-slate-200 bg-[repeating-conic-gradient(#e2e8f0_0_25%,#fff_0_50%)] bg-size-[16px_16px] p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- same-origin PNG from /branding/<asset> */}
              <img
                src={path}
                alt={t(`${kind}.current`)}
                className={kind === "logo" ? "max-h-24 w-auto max-w-full object-contain" : "h-16 w-16"}
                data-testid={`${id}-current`}
              />
            </div>
            <figcaption className="text-xs text-slate-500">{t(`${kind}.current`)}</figcaption>
          </figure>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 px-3 py-4 text-sm text-slate-600">{t(`${kind}.none`)}</p>
        )}
        <form onSubmit={onUpload} noValidate className="space-y-3">
          <div>
            <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-medium">
              {t(`${kind}.file`)}
            </label>
            <input
              ref={fileRef}
              id={`${id}-file`}
              name="file"
              type="file"
              accept={BRANDING_IMAGE_ACCEPT}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${id}-file-error` : `${id}-limits`}
              className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
            />
            <p id={`${id}-limits`} className="mt-1 text-xs text-slate-500">
              {t(`${kind}.limits`, { size: brandingImageSizeLabel(kind), max: MAX_INPUT_SIDE, width, height })}
            </p>
            <FieldError id={`${id}-file-error`} message={fileError} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pending={busy === "upload"} pendingLabel={t("uploading")} fullWidth={false}>
              {t("upload")}
            </SubmitButton>
            {path && !confirming ? (
              <button
                type="button"
                onClick={() => setConfirming(true)}
                disabled={busy !== null}
                className="rounded-lg border border-red-300 px-4 py-2.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
              >
                {t("remove")}
              </button>
            ) : null}
          </div>
        </form>
        {path && confirming ? (
          <div role="group" aria-label={t(`${kind}.confirmRemove`)} className="flex flex-wrap items-center gap-3">
            <p className="text-sm font-medium">{t(`${kind}.confirmRemove`)}</p>
            <ConfirmPair
              confirmLabel={t("confirm")}
              pendingLabel={t("removing")}
              cancelLabel={t("cancel")}
              pending={busy === "remove"}
              onConfirm={() => run("remove", () => removeBrandingImageAction(kind))}
              onCancel={() => setConfirming(false)}
            />
          </div>
        ) : null}
        <FormError message={error} />
        {notice ? <FormSuccess>{t(`${kind}.${notice}`)}</FormSuccess> : null}
      </div>
    </PanelSection>
  );
}

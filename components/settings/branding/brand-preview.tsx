"use client";

import { useTranslations } from "next-intl";
import { readableOn } from "@/lib/tenant/contrast";
import { HEX_COLOR } from "@/lib/validation/branding";
import { BrandMark } from "./brand-mark";

type Props = { name: string; logoPath: string | null; primary: string; secondary: string; text: string };

/**
 * A miniature of the customer portal in the colours being edited (not yet saved): header with
 * logo or name on the primary colour, the secondary accent line and badge, body text and a button.
 * Decorative for screen readers; the contrast notes below it say in words what is hard to read.
 */
export function BrandPreview({ name, logoPath, primary, secondary, text }: Props) {
  const t = useTranslations("branding.preview");
  // the same text colours the portal will use (lib/tenant/tenant-branding.ts), once a colour is complete
  const onPrimary = HEX_COLOR.test(primary) ? readableOn(primary, text) : "#ffffff";
  const onSecondary = HEX_COLOR.test(secondary) ? readableOn(secondary, text) : "#ffffff";
  return (
    <div aria-hidden className="overflow-hidden rounded-xl border border-slate-200 bg-slate-50" data-testid="brand-preview">
      <div
        className="flex items-center gap-3 px-4 py-3"
        style={{ backgroundColor: primary, color: onPrimary }}
        data-testid="brand-preview-header"
      >
        {logoPath ? (
          <BrandMark logoPath={logoPath} name={name} variant="header" />
        ) : (
          <span className="truncate font-semibold">{name}</span>
        )}
        <span className="ml-auto hidden text-xs opacity-90 sm:inline">{t("user")}</span>
      </div>
      <div className="h-1" style={{ backgroundColor: secondary }} />
      <div className="space-y-3 p-4" style={{ color: text }}>
        <p className="font-semibold">{t("heading")}</p>
        <p className="text-sm">{t("body")}</p>
        <div className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <span
            className="rounded-full px-2 py-0.5 text-xs font-semibold"
            style={{ backgroundColor: secondary, color: onSecondary }}
          >
            {t("badge")}
          </span>
          <span>{t("accent")}</span>
        </div>
        <span
          className="inline-block rounded-lg px-4 py-2 text-sm font-medium"
          style={{ backgroundColor: primary, color: onPrimary }}
        >
          {t("button")}
        </span>
      </div>
    </div>
  );
}

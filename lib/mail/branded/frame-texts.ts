import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";

/** The frame's own words (mailPreview.frame), in the recipient's language. */
export type FrameTexts = { imprint: string; privacy: string; linkFallback: string };

export function frameTexts(locale: AppLocale): FrameTexts {
  const t = translatorFor(locale);
  return {
    imprint: t("mailPreview.frame.imprint"),
    privacy: t("mailPreview.frame.privacy"),
    linkFallback: t("mailPreview.frame.linkFallback"),
  };
}

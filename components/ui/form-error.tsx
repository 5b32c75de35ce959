"use client";

import { useTranslations } from "next-intl";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";

/** The one place a form shows its overall error, in the visitor's language; announced to screen readers. */
export function FormError({ message }: { message: Msg | null | undefined }) {
  const t = useTranslations();
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
      {translateMessage(t, message)}
    </p>
  );
}

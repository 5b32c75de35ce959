"use client";

import { useTranslations } from "next-intl";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";

/** The message under one input; `id` lets the input point at it with aria-describedby. */
export function FieldError({ id, message }: { id?: string; message: Msg | string | null | undefined }) {
  const t = useTranslations();
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {translateMessage(t, message)}
    </p>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies one DNS value; says "Kopiert" (or how to copy by hand) in a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("domains.dns");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // No clipboard access (insecure origin, denied permission): the text stays selectable.
      setState("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50"
      >
        {t("copy")}
      </button>
      <span role="status" className="text-xs text-slate-600">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}

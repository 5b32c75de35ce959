import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SettingsNav } from "@/components/settings/settings-nav";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";

/** Settings area (owner/admin only): shared title and tabs; every page and action checks again. */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestContext();
  if (!canManageSettings(ctx)) notFound();
  const t = await getTranslations("settings");
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <SettingsNav />
      {children}
    </div>
  );
}

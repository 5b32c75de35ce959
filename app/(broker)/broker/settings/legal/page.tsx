import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LegalTextForm } from "@/components/legal/legal-text-form";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getLegalTexts } from "@/lib/data/legal/get-legal-texts";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal"))("title") };
}

/** Settings → Rechtstexte: imprint, privacy policy and e-mail signature, each saved on its own. */
export default async function LegalSettingsPage() {
  const ctx = await getRequestContext();
  if (!canManageSettings(ctx)) notFound();
  const [texts, t] = await Promise.all([getLegalTexts(ctx), getTranslations("legal.settings")]);
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <LegalTextForm
        section="imprint"
        field="imprintHtml"
        initialHtml={texts.imprintHtml}
        view={{ href: "/impressum", newTab: true }}
      />
      <LegalTextForm
        section="privacy"
        field="privacyHtml"
        initialHtml={texts.privacyHtml}
        view={{ href: "/datenschutz", newTab: true }}
      />
      <LegalTextForm
        section="signature"
        field="emailSignatureHtml"
        initialHtml={texts.emailSignatureHtml}
        view={{ href: "/broker/settings/emails", newTab: false }}
      />
    </div>
  );
}

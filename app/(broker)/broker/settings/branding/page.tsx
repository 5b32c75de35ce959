import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrandingForm } from "@/components/settings/branding/branding-form";
import { BrandingImagePanel } from "@/components/settings/branding/branding-image-panel";
import { getBrandingSettings } from "@/lib/data/branding/get-branding-settings";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("branding"))("title") };
}

/** Settings tab "Darstellung": name, login text, colours with preview, logo and favicon (owner/admin). */
export default async function BrandingSettingsPage() {
  const settings = await getBrandingSettings(await getRequestContext());
  const t = await getTranslations("branding");
  const { logoPath, faviconPath, ...initial } = settings;
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <BrandingForm initial={initial} logoPath={logoPath} />
      <div className="grid gap-6 lg:grid-cols-2">
        <BrandingImagePanel kind="logo" path={logoPath} />
        <BrandingImagePanel kind="favicon" path={faviconPath} />
      </div>
    </div>
  );
}

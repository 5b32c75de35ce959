import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfficeContactForm } from "@/components/settings/general/office-contact-form";
import { TenantSettingsForm } from "@/components/settings/general/tenant-settings-form";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";
import { getOfficeContact } from "@/lib/data/tenant-settings/get-office-contact";
import { getTenantSettings } from "@/lib/data/tenant-settings/get-tenant-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tenantSettings"))("title") };
}

/**
 * Settings → Allgemein: the office's contact details (own form, own save), then language, currency,
 * customer 2FA, session limits, file size and default release template (saved together).
 */
export default async function GeneralSettingsPage() {
  const ctx = await getRequestContext();
  if (!canManageSettings(ctx)) notFound();
  const [settings, contact, t] = await Promise.all([
    getTenantSettings(ctx),
    getOfficeContact(ctx),
    getTranslations("tenantSettings"),
  ]);
  const { values } = settings;
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <OfficeContactForm
        initial={{
          // the form works on typed text; "" is an empty field
          legalName: contact.legalName ?? "",
          contactEmail: contact.contactEmail ?? "",
          contactPhone: contact.contactPhone ?? "",
          street: contact.street ?? "",
          postalCode: contact.postalCode ?? "",
          city: contact.city ?? "",
          country: contact.country,
          officeHours: contact.officeHours ?? "",
        }}
      />
      <TenantSettingsForm
        initial={{
          ...values,
          // the form works on the typed text; "" is "Keine Vorlage"
          sessionIdleMinutes: String(values.sessionIdleMinutes),
          sessionAbsoluteHours: String(values.sessionAbsoluteHours),
          documentMaxMb: String(values.documentMaxMb),
          defaultReleaseTemplateId: values.defaultReleaseTemplateId ?? "",
        }}
        templates={settings.templates}
      />
    </div>
  );
}

import { useTranslations } from "next-intl";
import type { ContactSettings as ContactSettingsData } from "@/lib/data/contact-change/get-contact-settings";
import { ContactChangeForm } from "./contact-change-form";

type Props = { contact: ContactSettingsData };

/** "E-Mail-Adresse und Mobilnummer" on the security page: each change is confirmed with a code. */
export function ContactSettings({ contact }: Props) {
  const t = useTranslations("account.contact");
  return (
    <section aria-labelledby="contact-settings" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="contact-settings" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("emailHeading")}</h3>
          <ContactChangeForm
            channel="email"
            accountEmail={contact.email}
            current={contact.email}
            pending={contact.pending.email}
          />
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("phoneHeading")}</h3>
          <ContactChangeForm
            channel="phone"
            accountEmail={contact.email}
            current={contact.phone}
            pending={contact.pending.phone}
          />
        </div>
      </div>
    </section>
  );
}

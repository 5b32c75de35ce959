import { useTranslations } from "next-intl";
import type { TenantContact } from "@/lib/data/invitations/load-registration";

/** "Falsche E-Mail-Adresse? …" – the customer cannot change the address; the broker can. */
export function BrokerContactHelp({ question, contact }: { question: string; contact: TenantContact }) {
  const t = useTranslations("onboarding.contact");
  return (
    <p className="mt-5 border-t border-slate-100 pt-4 text-sm text-slate-600">
      {question} {t("askBroker")} <span className="font-medium text-slate-900">{contact.name}</span>
      {contact.email && (
        <>
          {", "}
          <a className="text-brand-ink underline" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </>
      )}
      {contact.phone && (
        <>
          {`, ${t("phone")} `}
          <a className="text-brand-ink underline" href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>
            {contact.phone}
          </a>
        </>
      )}
    </p>
  );
}

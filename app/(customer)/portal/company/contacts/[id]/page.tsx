import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyAccountPanel } from "@/components/customer/company/company-account-panel";
import { CompanyContactForm } from "@/components/customer/company/company-contact-form";
import { CompanyNotAvailable } from "@/components/customer/company/company-not-available";
import { PanelSection } from "@/components/ui/panel-section";
import { now } from "@/lib/clock";
import { companyContactsAccess } from "@/lib/data/company-users/company-contact-reader";
import { getCompanyContact } from "@/lib/data/company-users/get-company-contact";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyUsers"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One contact: its details (editable by the user manager) and its portal account with roles. */
export default async function CompanyContactPage({ params }: Props) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  if (!companyContactsAccess(ctx)) return <CompanyNotAvailable />;
  const { id } = await params;
  const [t, locale, detail] = await Promise.all([
    getTranslations("companyUsers"),
    getLocale() as Promise<AppLocale>,
    getCompanyContact(ctx, id),
  ]);
  if (!detail) notFound();
  const { contact, canManage } = detail;
  const name = `${contact.firstName} ${contact.lastName}`;
  return (
    <div className="space-y-6">
      <Link href="/portal/company/contacts" className="text-brand-ink text-sm hover:underline">
        ← {t("detail.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold break-words" data-testid="company-contact-name">
          {name}
        </h1>
        {contact.position && <p className="mt-1 text-slate-600">{contact.position}</p>}
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <PanelSection id="company-contact-details" title={t("detail.contactHeading")} className="space-y-4 sm:p-6">
          <CompanyContactForm mode="edit" contactId={contact.id} contact={contact} readOnly={!canManage} />
        </PanelSection>
        {canManage && (
          <PanelSection id="company-contact-account" title={t("detail.accountHeading")} className="space-y-4 sm:p-6">
            <CompanyAccountPanel
              contactId={contact.id}
              contactName={name}
              account={
                contact.account && {
                  userId: contact.account.userId,
                  status: contact.account.status,
                  roles: contact.account.roles,
                  isUserManager: contact.account.isUserManager,
                  isSelf: contact.account.isSelf,
                  withinReach: contact.account.withinReach,
                  canEnable: contact.account.canEnable,
                }
              }
              assignableRoles={detail.assignableRoles}
              invitation={
                detail.invitation && {
                  validUntil: formatDateTime(detail.invitation.expiresAt, locale),
                  expired: detail.invitation.expiresAt <= now(),
                }
              }
            />
          </PanelSection>
        )}
      </div>
    </div>
  );
}

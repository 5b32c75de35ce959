import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AddressRequestForm } from "@/components/customer/profile/address-request-form";
import { BankRequestForm } from "@/components/customer/profile/bank-request-form";
import { ContactRequestForm } from "@/components/customer/profile/contact-request-form";
import { MasterData } from "@/components/customer/profile/master-data";
import { RequestHistory } from "@/components/customer/profile/request-history";
import { RequestSection } from "@/components/customer/profile/request-section";
import { getProfile } from "@/lib/data/change-requests/get-profile";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("changeRequests.profile"))("title") };
}

export default async function ProfilePage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/profile");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const [profile, t] = await Promise.all([getProfile(ctx), getTranslations("changeRequests")]);

  if (!profile.released) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
        <div className="rounded-2xl border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("profile.notReleasedTitle")}</h2>
          <p className="mt-2 text-slate-700">{t("profile.notReleasedText")}</p>
        </div>
      </div>
    );
  }

  const { customer, canRequest, pendingKinds, openCodes } = profile;
  const holder =
    customer.kind === "COMPANY"
      ? (customer.companyName ?? "")
      : [customer.firstName, customer.lastName].filter(Boolean).join(" ");
  const pending = (kind: (typeof pendingKinds)[number]) => pendingKinds.includes(kind);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
        <p className="mt-1 max-w-prose text-slate-700">{t("profile.intro")}</p>
      </div>
      <MasterData customer={customer} bankAccounts={profile.bankAccounts} />
      {canRequest ? (
        <section aria-labelledby="profile-change" className="space-y-3">
          <div>
            <h2 id="profile-change" className="text-lg font-semibold">
              {t("change.heading")}
            </h2>
            <p className="mt-1 max-w-prose text-sm text-slate-700">{t("change.intro")}</p>
          </div>
          <RequestSection id="change-address" title={t("change.address")} pending={pending("ADDRESS")}>
            <AddressRequestForm defaultCountry={customer.country} />
          </RequestSection>
          <RequestSection id="change-bank" title={t("change.bank")} pending={pending("BANK_ACCOUNT")}>
            <BankRequestForm defaultHolder={holder} />
          </RequestSection>
          <RequestSection id="change-email" title={t("change.email")} pending={pending("EMAIL")}>
            <ContactRequestForm kind="EMAIL" openCodeTarget={openCodes.EMAIL} />
          </RequestSection>
          <RequestSection id="change-phone" title={t("change.phone")} pending={pending("PHONE")}>
            <ContactRequestForm kind="PHONE" openCodeTarget={openCodes.PHONE} />
          </RequestSection>
        </section>
      ) : (
        <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-800">
          {ctx.actor.customerId !== ctx.actor.ownCustomerId ? t("profile.foreignFolder") : t("profile.readOnly")}
        </p>
      )}
      <RequestHistory requests={profile.requests} />
    </div>
  );
}

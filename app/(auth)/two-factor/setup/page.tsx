import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { sealPendingSecret } from "@/lib/auth/complete-two-factor-enrolment";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";
import { createTotpEnrolment } from "@/lib/auth/totp/create-totp-enrolment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.twoFactorSetup"))("title") };
}

export default async function TwoFactorSetupPage() {
  const pending = await getPendingEnrolment();
  if (!pending) redirect("/");
  const enrolment = await createTotpEnrolment({ issuer: pending.tenant.name, accountName: pending.email });
  const t = await getTranslations("account.twoFactorSetup");
  return (
    <main className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-lg rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-brand-ink text-sm font-medium">{pending.tenant.name}</p>
        <h1 className="mt-1 text-xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
        <TwoFactorSetup
          qrDataUrl={enrolment.qrDataUrl}
          secret={enrolment.secret}
          sealed={sealPendingSecret(pending.userId, enrolment.secret)}
        />
      </div>
    </main>
  );
}

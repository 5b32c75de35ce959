import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { sealPendingSecret } from "@/lib/auth/complete-two-factor-enrolment";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";
import { createTotpEnrolment } from "@/lib/auth/totp/create-totp-enrolment";

export const metadata: Metadata = { title: "Zwei-Faktor-Anmeldung einrichten" };

export default async function TwoFactorSetupPage() {
  const pending = await getPendingEnrolment();
  if (!pending) redirect("/");
  const enrolment = await createTotpEnrolment({ issuer: pending.tenant.name, accountName: pending.email });
  return (
    <main className="flex min-h-dvh items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-lg rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-brand text-sm font-medium">{pending.tenant.name}</p>
        <h1 className="mt-1 text-xl font-semibold">Zwei-Faktor-Anmeldung einrichten</h1>
        <p className="mt-2 text-sm text-slate-600">
          Mitarbeiterkonten sind durch einen zweiten Faktor geschützt. Scannen Sie den QR-Code mit einer Authenticator-App (z. B.
          Google Authenticator, Microsoft Authenticator, 1Password) und geben Sie den angezeigten Code ein.
        </p>
        <TwoFactorSetup
          qrDataUrl={enrolment.qrDataUrl}
          secret={enrolment.secret}
          sealed={sealPendingSecret(pending.userId, enrolment.secret)}
        />
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { OperatorCodeForm } from "@/components/platform/operator-code-form";
import { PlatformAuthFrame } from "@/components/platform/platform-auth-frame";
import { startOperatorEnrolment } from "@/lib/platform/auth/operator-enrolment";
import { platformLoginCookieName } from "@/lib/platform/auth/platform-cookies";
import { onPlatformHost } from "@/lib/platform/on-platform-host";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platformAdmin.login.enrol"))("title") };
}

/** First sign-in of an operator: set up the authenticator app (mandatory), confirm with its first code. */
export default async function OperatorEnrolPage() {
  if (!(await onPlatformHost())) notFound();
  const issuer = (await getTranslations("platformAdmin"))("totpIssuer");
  const offer = await startOperatorEnrolment((await cookies()).get(platformLoginCookieName())?.value, issuer);
  // No ticket, or the operator has an app already (then the code step applies, after a new password).
  if (!offer) redirect("/admin/login");
  const t = await getTranslations("platformAdmin.login.enrol");
  return (
    <PlatformAuthFrame title={t("title")} intro={t("intro")}>
      <div className="mb-6 flex flex-col items-center gap-3 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
        <img src={offer.qrDataUrl} alt={t("qrAlt")} width={180} height={180} className="rounded border" />
        <div className="text-sm">
          <p className="text-slate-600">{t("manualKey")}</p>
          <p data-testid="totp-secret" className="mt-1 font-mono break-all">
            {offer.secret.replace(/(.{4})/g, "$1 ").trim()}
          </p>
        </div>
      </div>
      <OperatorCodeForm step="enrol" sealed={offer.sealed} />
    </PlatformAuthFrame>
  );
}

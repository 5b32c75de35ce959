import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BrokerContactHelp } from "@/components/auth/registration/broker-contact-help";
import { CodeStep } from "@/components/auth/registration/code-step";
import { PasswordStep } from "@/components/auth/registration/password-step";
import { RegistrationNotice } from "@/components/auth/registration/registration-notice";
import { RegistrationProgress } from "@/components/auth/registration/registration-progress";
import { RegistrationShell } from "@/components/auth/registration/registration-shell";
import { RequestNewLinkButton } from "@/components/auth/registration/request-new-link-button";
import { loadRegistration } from "@/lib/data/invitations/load-registration";
import { currentHost } from "@/lib/tenant/current-tenant";

// The token is in the URL: never cache the page and never leak the URL as a Referer.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding"))("title"), referrer: "no-referrer" };
}

const STEP_NUMBER = { EMAIL_CODE: 1, PHONE_CODE: 2, PASSWORD: 3 } as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"onboarding">>>;

/**
 * /register/[token]: renders only. Opening the link (also a mail scanner's prefetch) sends,
 * consumes and advances nothing; every step is a POST (server action) that re-validates the token.
 */
export default async function RegisterPage({ params }: { params: Promise<{ token: string }> }) {
  const host = await currentHost();
  if (host.kind !== "tenant") notFound();
  const { token } = await params;
  const view = await loadRegistration({ tenantId: host.tenant.id, token });
  const t = await getTranslations("onboarding");

  // Staff finish on "/" (then set up their second factor); customers on /portal.
  const forStaff = view.state === "open" && "home" in view.progress && view.progress.home === "/";
  return (
    <RegistrationShell tenantName={host.tenant.name} logoPath={host.tenant.logoPath} forStaff={forStaff}>
      {body(view, token, t)}
    </RegistrationShell>
  );
}

function body(view: Awaited<ReturnType<typeof loadRegistration>>, token: string, t: Translate) {
  const loginLink = (
    <Link
      href="/login"
      className="bg-brand text-on-brand block w-full rounded-lg px-4 py-2.5 text-center font-medium hover:opacity-90"
    >
      {t("notice.toLogin")}
    </Link>
  );
  switch (view.state) {
    case "invalid":
      return (
        <RegistrationNotice title={t("notice.invalidTitle")}>
          <p>{t("notice.invalidText")}</p>
          <p>{t("notice.invalidHelp")}</p>
        </RegistrationNotice>
      );
    case "used":
      return (
        <RegistrationNotice title={t("notice.usedTitle")} action={loginLink}>
          <p>{t("notice.usedText")}</p>
        </RegistrationNotice>
      );
    case "expired":
    case "revoked":
      return (
        <>
          <RegistrationNotice
            title={view.state === "expired" ? t("notice.expiredTitle") : t("notice.revokedTitle")}
            action={<RequestNewLinkButton token={token} />}
          >
            <p>{view.state === "expired" ? t("notice.expiredText") : t("notice.revokedText")}</p>
            <p>{t("notice.requestHint")}</p>
          </RegistrationNotice>
          <BrokerContactHelp question={t("contact.questions")} contact={view.tenantContact} />
        </>
      );
    case "open": {
      const { progress } = view;
      return (
        <>
          <RegistrationProgress current={STEP_NUMBER[progress.step]} />
          {progress.step === "PASSWORD" ? (
            <PasswordStep token={token} personal={progress.personal} home={progress.home} />
          ) : (
            <>
              <CodeStep key={progress.step} token={token} {...progress} />
              <BrokerContactHelp
                question={progress.step === "EMAIL_CODE" ? t("contact.wrongEmail") : t("contact.wrongPhone")}
                contact={view.tenantContact}
              />
            </>
          )}
        </>
      );
    }
  }
}

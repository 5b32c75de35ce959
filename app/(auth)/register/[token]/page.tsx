import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
export const metadata: Metadata = { title: "Registrierung", referrer: "no-referrer" };

const STEP_NUMBER = { EMAIL_CODE: 1, PHONE_CODE: 2, PASSWORD: 3 } as const;

/**
 * /register/[token]: renders only. Opening the link (also a mail scanner's prefetch) sends,
 * consumes and advances nothing; every step is a POST (server action) that re-validates the token.
 */
export default async function RegisterPage({ params }: { params: Promise<{ token: string }> }) {
  const host = await currentHost();
  if (host.kind !== "tenant") notFound();
  const { token } = await params;
  const view = await loadRegistration({ tenantId: host.tenant.id, token });

  // Staff finish on "/" (then set up their second factor); customers on /portal.
  const forStaff = view.state === "open" && "home" in view.progress && view.progress.home === "/";
  return (
    <RegistrationShell tenantName={host.tenant.name} forStaff={forStaff}>
      {body(view, token)}
    </RegistrationShell>
  );
}

function body(view: Awaited<ReturnType<typeof loadRegistration>>, token: string) {
  const loginLink = (
    <Link
      href="/login"
      className="bg-brand block w-full rounded-lg px-4 py-2.5 text-center font-medium text-white hover:opacity-90"
    >
      Zur Anmeldung
    </Link>
  );
  switch (view.state) {
    case "invalid":
      return (
        <RegistrationNotice title="Link ungültig">
          <p>
            Dieser Einladungslink ist ungültig oder unvollständig. Bitte öffnen Sie den Link direkt aus der Einladungs-E-Mail.
          </p>
          <p>Falls es weiterhin nicht klappt, bitten Sie Ihren Makler um eine neue Einladung.</p>
        </RegistrationNotice>
      );
    case "used":
      return (
        <RegistrationNotice title="Bereits registriert" action={loginLink}>
          <p>Mit dieser Einladung wurde die Registrierung bereits abgeschlossen. Bitte melden Sie sich mit Ihrem Passwort an.</p>
        </RegistrationNotice>
      );
    case "expired":
    case "revoked":
      return (
        <>
          <RegistrationNotice
            title={view.state === "expired" ? "Link abgelaufen" : "Link nicht mehr gültig"}
            action={<RequestNewLinkButton token={token} />}
          >
            <p>
              {view.state === "expired"
                ? "Aus Sicherheitsgründen ist ein Einladungslink nur 48 Stunden gültig."
                : "Für Sie wurde inzwischen eine neuere Einladung verschickt – bitte verwenden Sie den Link aus der neuesten E-Mail."}
            </p>
            <p>Fordern Sie einfach einen neuen Link an – Ihr Makler wird benachrichtigt.</p>
          </RegistrationNotice>
          <BrokerContactHelp question="Fragen?" contact={view.tenantContact} />
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
                question={progress.step === "EMAIL_CODE" ? "Falsche E-Mail-Adresse?" : "Falsche Mobilnummer?"}
                contact={view.tenantContact}
              />
            </>
          )}
        </>
      );
    }
  }
}

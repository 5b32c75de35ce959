import { useTranslations } from "next-intl";
import type { ContactCard as Contact } from "@/lib/data/portal/get-contact-card";
import { StartCard } from "./start-card";

function initials(first: string | null, last: string | null, fallback: string): string {
  const letters = [first, last].map((part) => part?.trim().charAt(0) ?? "").join("");
  return (letters || fallback.charAt(0)).toUpperCase();
}

const linkClass = "text-brand-ink font-medium [overflow-wrap:anywhere] underline-offset-4 hover:underline";

/** An e-mail address that wraps after the "@" rather than mid-word in a narrow card. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/** The advisor (their photo, or initials when they have none) and the broker's office with hours. */
export function ContactCard({ contact }: { contact: Contact }) {
  const t = useTranslations("portalStart.contact");
  const tAvatar = useTranslations("broker.avatar");
  const { advisor, office } = contact;
  const advisorName = advisor ? [advisor.firstName, advisor.lastName].filter(Boolean).join(" ") || advisor.email : null;
  const cityLine = [office.postalCode, office.city].filter(Boolean).join(" ");
  const hasOfficeDetails = office.phone || office.email || office.street || cityLine || office.officeHours;
  return (
    <StartCard id="start-contact-heading" title={t("heading")}>
      <div className="space-y-4" data-testid="start-contact">
        {advisor && advisorName ? (
          <div className="flex items-start gap-3">
            {advisor.photoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a presigned S3 URL valid for 60 s, not for the image optimiser
              <img
                src={advisor.photoUrl}
                alt={tAvatar("photoOf", { name: advisorName })}
                width={56}
                height={56}
                className="h-14 w-14 shrink-0 rounded-full bg-slate-100 object-cover"
              />
            ) : (
              <span
                aria-hidden
                className="bg-brand text-on-brand flex h-14 w-14 shrink-0 items-center justify-center rounded-full text-lg font-semibold"
              >
                {initials(advisor.firstName, advisor.lastName, advisorName)}
              </span>
            )}
            <div className="min-w-0">
              <p className="text-sm text-slate-600">{t("advisor")}</p>
              <p className="font-semibold">{advisorName}</p>
              <dl className="mt-1 space-y-1 text-sm">
                {advisor.phone ? (
                  <div>
                    <dt className="sr-only">{t("phone")}</dt>
                    <dd>
                      <a href={`tel:${advisor.phone.replace(/[^\d+]/g, "")}`} className={linkClass}>
                        {advisor.phone}
                      </a>
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt className="sr-only">{t("email")}</dt>
                  <dd>
                    <a href={`mailto:${advisor.email}`} className={linkClass}>
                      <EmailText email={advisor.email} />
                    </a>
                  </dd>
                </div>
              </dl>
            </div>
          </div>
        ) : null}
        <div className={advisor ? "border-t border-slate-100 pt-4" : ""}>
          <p className="text-sm text-slate-600">{t("office")}</p>
          <p className="font-semibold">{office.name}</p>
          {hasOfficeDetails ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
              {office.phone ? (
                <>
                  <dt className="text-slate-600">{t("phone")}</dt>
                  <dd>
                    <a href={`tel:${office.phone.replace(/[^\d+]/g, "")}`} className={linkClass}>
                      {office.phone}
                    </a>
                  </dd>
                </>
              ) : null}
              {office.email ? (
                <>
                  <dt className="text-slate-600">{t("email")}</dt>
                  <dd className="min-w-0">
                    <a href={`mailto:${office.email}`} className={linkClass}>
                      <EmailText email={office.email} />
                    </a>
                  </dd>
                </>
              ) : null}
              {office.street || cityLine ? (
                <>
                  <dt className="text-slate-600">{t("address")}</dt>
                  <dd>
                    {office.street ? <span className="block">{office.street}</span> : null}
                    {cityLine ? <span className="block">{cityLine}</span> : null}
                  </dd>
                </>
              ) : null}
              {office.officeHours ? (
                <>
                  <dt className="text-slate-600">{t("officeHours")}</dt>
                  <dd className="whitespace-pre-line">{office.officeHours}</dd>
                </>
              ) : null}
            </dl>
          ) : !advisor ? (
            <p className="mt-2 text-sm text-slate-600">{t("noContact")}</p>
          ) : null}
        </div>
      </div>
    </StartCard>
  );
}

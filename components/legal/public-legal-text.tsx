import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BrandMark } from "@/components/settings/branding/brand-mark";
import type { PublicLegalText as Text, PublicLegalTextKind } from "@/lib/data/legal/get-public-legal-text";
import { RICH_TEXT_CLASSES } from "./rich-text-classes";

type Props = {
  kind: PublicLegalTextKind;
  text: Text;
  /** who is looking: decides whether the way back leads to the sign-in or into the portal */
  signedIn: "STAFF" | "CUSTOMER" | null;
};

const HOME = { STAFF: "/broker", CUSTOMER: "/portal" } as const;

/**
 * /impressum and /datenschutz: the tenant's own text under the tenant's name, never a blank page.
 * `text.html` is sanitised (lib/data/legal/get-public-legal-text.ts); its links already carry
 * target="_blank" rel="noopener noreferrer".
 */
export async function PublicLegalText({ kind, text, signedIn }: Props) {
  const t = await getTranslations("legal.public");
  const back = signedIn ? { href: HOME[signedIn], label: t("toPortal") } : { href: "/login", label: t("toLogin") };
  return (
    <>
      {/* the same bar as the portal's (components/layout/app-header.tsx) */}
      <header className="bg-brand border-brand-2 text-on-brand border-b-4">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link href={back.href} className="text-lg font-semibold">
            {text.logoPath ? <BrandMark logoPath={text.logoPath} name={text.tenantName} variant="header" /> : text.tenantName}
          </Link>
          <Link href={back.href} className="text-sm underline underline-offset-2">
            {back.label}
          </Link>
        </div>
      </header>
      <main className="mx-auto w-full max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-semibold" data-testid="legal-public-heading">
          {t(kind === "imprint" ? "imprintTitle" : "privacyTitle")}
        </h1>
        {text.html ? (
          <div
            className={`mt-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6 ${RICH_TEXT_CLASSES}`}
            data-testid="legal-public-text"
            dangerouslySetInnerHTML={{ __html: text.html }}
          />
        ) : (
          <p role="note" className="mt-4 rounded-lg bg-amber-50 px-4 py-3 text-amber-950" data-testid="legal-public-empty">
            {t(kind === "imprint" ? "imprintEmpty" : "privacyEmpty")}
          </p>
        )}
      </main>
    </>
  );
}

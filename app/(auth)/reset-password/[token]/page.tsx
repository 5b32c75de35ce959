import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { InvalidResetLink } from "@/components/account/invalid-reset-link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { findPasswordResetToken } from "@/lib/data/account/find-password-reset-token";
import { currentHost } from "@/lib/tenant/current-tenant";

// The token is in the path: never send it onwards in a Referer, never index the page.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.resetPassword");
  return { title: t("metaTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

/** GET only renders (mail scanners prefetch links); the token is used by the form's POST. */
export default async function ResetPasswordPage({ params }: Props) {
  const host = await currentHost();
  if (host.kind !== "tenant") redirect("/");
  const { token } = await params;
  const info = await findPasswordResetToken({ tenantId: host.tenant.id, token });
  const t = await getTranslations("account.resetPassword");
  return (
    <AuthCard tenantName={host.tenant.name} logoPath={host.tenant.logoPath} title={info ? t("title") : t("invalidTitle")}>
      {info ? (
        <ResetPasswordForm token={token} personal={{ email: info.email, firstName: info.firstName, lastName: info.lastName }} />
      ) : (
        <InvalidResetLink />
      )}
    </AuthCard>
  );
}

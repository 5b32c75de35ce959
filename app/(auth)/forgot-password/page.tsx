import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";
import { currentHost } from "@/lib/tenant/current-tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const host = await currentHost();
  if (host.kind !== "tenant") redirect("/");
  const t = await getTranslations("account.forgotPassword");
  return (
    <AuthCard tenantName={host.tenant.name} logoPath={host.tenant.logoPath} title={t("title")}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}

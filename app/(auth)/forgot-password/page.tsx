import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";
import { currentHost } from "@/lib/tenant/current-tenant";

export const metadata: Metadata = { title: "Passwort vergessen" };

export default async function ForgotPasswordPage() {
  const host = await currentHost();
  if (host.kind !== "tenant") redirect("/");
  return (
    <AuthCard tenantName={host.tenant.name} title="Passwort vergessen">
      <ForgotPasswordForm />
    </AuthCard>
  );
}

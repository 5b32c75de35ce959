import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { OperatorPasswordForm } from "@/components/platform/operator-password-form";
import { PlatformAuthFrame } from "@/components/platform/platform-auth-frame";
import { getPlatformContext } from "@/lib/platform/platform-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platformAdmin.login"))("title") };
}

/** /admin/login on the root domain: operator sign-in, step 1. */
export default async function OperatorLoginPage() {
  if (await getPlatformContext()) redirect("/admin");
  const t = await getTranslations("platformAdmin.login");
  return (
    <PlatformAuthFrame title={t("title")} intro={t("intro")}>
      <OperatorPasswordForm />
    </PlatformAuthFrame>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { OperatorCodeForm } from "@/components/platform/operator-code-form";
import { PlatformAuthFrame } from "@/components/platform/platform-auth-frame";
import { platformLoginCookieName } from "@/lib/platform/auth/platform-cookies";
import { ticketOperator } from "@/lib/platform/auth/ticket-operator";
import { onPlatformHost } from "@/lib/platform/on-platform-host";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platformAdmin.login.code"))("title") };
}

/** Operator sign-in, step 2: only after a right password (login ticket), and only with an enrolled app. */
export default async function OperatorCodePage() {
  if (!(await onPlatformHost())) notFound();
  const found = await ticketOperator((await cookies()).get(platformLoginCookieName())?.value);
  if (!found) redirect("/admin/login");
  if (!found.enrolled) redirect("/admin/login/enrol");
  const t = await getTranslations("platformAdmin.login.code");
  return (
    <PlatformAuthFrame title={t("title")} intro={t("intro")}>
      <OperatorCodeForm step="code" />
    </PlatformAuthFrame>
  );
}

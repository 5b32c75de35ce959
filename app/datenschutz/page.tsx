import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicLegalText } from "@/components/legal/public-legal-text";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getPublicLegalText } from "@/lib/data/legal/get-public-legal-text";
import { currentHost } from "@/lib/tenant/current-tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("legal.public"))("privacyTitle") };
}

/** The tenant's privacy policy; public (linked from the login page), tenant hosts only (middleware). */
export default async function PrivacyPage() {
  const [text, ctx] = await Promise.all([getPublicLegalText(await currentHost(), "privacy"), getRequestContext()]);
  if (!text) notFound();
  return <PublicLegalText kind="privacy" text={text} signedIn={ctx?.actor.kind ?? null} />;
}

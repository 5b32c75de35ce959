import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PortalHome } from "@/components/customer/portal-home";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { loadPortalHome } from "@/lib/data/portal/load-portal-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portalStart"))("title") };
}

export default async function PortalHomePage() {
  return <PortalHome data={await loadPortalHome(await getRequestContext())} />;
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { HouseholdOverview } from "@/components/customer/household/household-overview";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listHouseholdFolders } from "@/lib/data/households/list-household-folders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.household"))("title") };
}

export default async function HouseholdPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/household");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  return <HouseholdOverview data={await listHouseholdFolders(ctx)} />;
}

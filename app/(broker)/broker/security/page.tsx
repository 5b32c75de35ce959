import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SecuritySettings } from "@/components/account/security-settings";
import { StaffAvatarSettings } from "@/components/broker/staff-avatar-settings";
import { getOwnAccount } from "@/lib/data/account/get-own-account";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getSecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import { getContactSettings } from "@/lib/data/contact-change/get-contact-settings";
import { getOwnAvatar } from "@/lib/data/staff/get-own-avatar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.security"))("title") };
}

export default async function SecurityPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/security");
  const { email, firstName, lastName } = await getOwnAccount(ctx);
  const secondFactor = await getSecondFactorStatus(ctx);
  const contact = await getContactSettings(ctx);
  // the broker layout admits staff only; customers have their own security page under /portal
  const avatar = ctx.actor.kind === "STAFF" ? await getOwnAvatar(ctx) : null;
  return (
    <div className="space-y-8">
      <SecuritySettings account={{ email, firstName, lastName }} secondFactor={secondFactor} contact={contact} />
      {avatar ? <StaffAvatarSettings {...avatar} /> : null}
    </div>
  );
}

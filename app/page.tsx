import { notFound, redirect } from "next/navigation";
import { getPendingEnrolment } from "@/lib/auth/pending-enrolment";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { currentHost } from "@/lib/tenant/current-tenant";
import { PlatformHome } from "@/components/platform/platform-home";

export default async function Home() {
  const host = await currentHost();
  if (host.kind === "platform") return <PlatformHome />;
  // unknown and suspended hosts: the middleware already answered; never show the platform page there
  if (host.kind !== "tenant") notFound();
  const ctx = await getRequestContext();
  if (!ctx && (await getPendingEnrolment())) redirect("/two-factor/setup");
  if (!ctx) redirect("/login");
  redirect(ctx.actor.kind === "STAFF" ? "/broker" : "/portal");
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AccessLog } from "@/components/customer/my-data/access-log";
import { DataExportSection } from "@/components/customer/my-data/data-export-section";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { nextExportAllowedAt } from "@/lib/data/my-data/export-rate-limit";
import { accessLogCursor, listAccessLog } from "@/lib/data/my-data/list-access-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myData"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Meine Daten": download everything about me (GDPR Art. 15/20) and see who at the office accessed my data. */
export default async function MyDataPage({ searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/my-data");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const customerCtx = { ...ctx, actor: ctx.actor };
  const params = await searchParams;
  // a malformed cursor (edited URL) shows the newest entries
  const cursor = accessLogCursor.safeParse(params.before);
  const before = cursor.success ? cursor.data : undefined;
  const [t, log, retryAt] = await Promise.all([
    getTranslations("myData"),
    listAccessLog(customerCtx, { before }),
    customerCtx.actor.folderReadOnly ? null : nextExportAllowedAt(customerCtx),
  ]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
      <DataExportSection
        foreignFolder={customerCtx.actor.folderReadOnly}
        retryAt={retryAt}
        refused={params.export === "refused"}
      />
      <AccessLog items={log.items} before={log.before} olderPage={before !== undefined} />
    </div>
  );
}

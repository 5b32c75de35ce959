import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackToMessages } from "@/components/customer/messages/back-to-messages";
import { MessagesForeignFolder } from "@/components/customer/messages/messages-foreign-folder";
import { MessagesNotReleased } from "@/components/customer/messages/messages-not-released";
import { TicketComposeForm } from "@/components/tickets/ticket-compose-form";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { canWriteModule } from "@/lib/data/portal/folder-rights";
import { listTicketRecipients } from "@/lib/data/tickets/list-ticket-recipients";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portalMessages"))("new.title") };
}

/**
 * Writing to the office: only with COMMUNICATION released as WRITE, in the own folder. The form posts
 * to /api/tickets (files included) and opens the new conversation; the data layer checks again.
 */
export default async function NewMessagePage() {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const customerCtx = { ...ctx, actor: ctx.actor };
  if (ctx.actor.folderReadOnly) return <MessagesForeignFolder />;
  if (ctx.actor.releases.COMMUNICATION === "HIDDEN") return <MessagesNotReleased />;
  const t = await getTranslations("portalMessages");
  if (!canWriteModule(customerCtx, "COMMUNICATION")) {
    return (
      <div className="max-w-2xl space-y-4">
        <BackToMessages />
        <h1 className="text-2xl font-semibold">{t("new.title")}</h1>
        <p className="rounded-2xl border border-slate-200 bg-white p-6 text-slate-700" data-testid="new-message-not-allowed">
          {t("new.readOnly")}
        </p>
      </div>
    );
  }
  const [recipients, maxUploadBytes] = await Promise.all([listTicketRecipients(customerCtx), getUploadLimit(ctx)]);
  return (
    <div className="max-w-2xl space-y-4">
      <BackToMessages />
      <h1 className="text-2xl font-semibold">{t("new.title")}</h1>
      <p className="text-slate-600">{t("new.intro")}</p>
      <section aria-label={t("new.title")} className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <TicketComposeForm
          mode="new"
          action="/api/tickets"
          recipients={recipients}
          showKind
          redirectTemplate="/portal/messages/{id}"
          maxUploadBytes={maxUploadBytes}
        />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listDevMessages } from "@/lib/data/dev/list-dev-messages";
import { devTransportsActive } from "@/lib/env";

// Always read the table fresh; never prerender captured codes into the build.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform.devMailbox"))("title"), robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<{ tenant?: string | string[] }> };

/**
 * Mails and SMS captured by the dev transports. Exists only while they are active (no
 * RESEND_API_KEY): the e2e suite runs a production build on embedded services and reads codes here.
 */
export default async function DevMailboxPage({ searchParams }: Props) {
  if (!devTransportsActive()) notFound();
  const params = await searchParams;
  const tenantSlug = typeof params.tenant === "string" && params.tenant ? params.tenant : null;
  const { messages, tenants, tenantFilter } = await listDevMessages({ tenantSlug });
  const t = await getTranslations("platform.devMailbox");
  const format = await getFormatter();

  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-8 text-slate-900">
      <header className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <Link
          href={tenantFilter ? `/dev/mailbox?tenant=${encodeURIComponent(tenantFilter)}` : "/dev/mailbox"}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
        >
          {t("refresh")}
        </Link>
      </header>

      <nav aria-label={t("filterLabel")} className="mb-6 flex flex-wrap gap-2 text-sm">
        <FilterLink href="/dev/mailbox" active={tenantFilter === null} label={t("allTenants")} />
        {tenants.map((tenant) => (
          <FilterLink
            key={tenant.slug}
            href={`/dev/mailbox?tenant=${encodeURIComponent(tenant.slug)}`}
            active={tenantFilter === tenant.slug}
            label={`${tenant.name} (${tenant.count})`}
          />
        ))}
      </nav>

      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-4" aria-label={t("listLabel")}>
          {messages.map((message) => (
            <li
              key={message.id}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="dev-message"
              data-recipient={message.recipient}
            >
              <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                <span
                  className={
                    message.channel === "EMAIL"
                      ? "rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-800"
                      : "rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-800"
                  }
                >
                  {message.channel === "EMAIL" ? t("email") : t("sms")}
                </span>
                <span>
                  {t.rich("recipient", {
                    recipient: message.recipient,
                    strong: (chunks) => <span className="font-medium text-slate-900">{chunks}</span>,
                  })}
                </span>
                <span>{message.tenantName ? t("tenant", { tenant: message.tenantName }) : t("platform")}</span>
                <time dateTime={message.createdAt.toISOString()} className="ml-auto">
                  {format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                </time>
              </div>
              {message.subject ? <h2 className="mb-2 font-semibold">{message.subject}</h2> : null}
              <pre className="rounded bg-slate-50 p-3 font-sans text-sm break-words whitespace-pre-wrap">{message.text}</pre>
              {message.html ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm text-slate-600">{t("html")}</summary>
                  {/* sandbox="" blocks scripts, forms and navigation of the captured HTML. */}
                  <iframe
                    title={t("htmlTitle", { subject: message.subject ?? message.recipient })}
                    srcDoc={message.html}
                    sandbox=""
                    className="mt-2 h-96 w-full rounded border border-slate-200 bg-white"
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function FilterLink({ href, active, label }: { href: string; active: boolean; label: string }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={
        active
          ? "rounded-full bg-slate-900 px-3 py-1 text-white"
          : "rounded-full border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50"
      }
    >
      {label}
    </Link>
  );
}

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { QuickActions as Actions } from "@/lib/data/portal/load-portal-home";

const ICONS: Record<"message" | "claim" | "upload" | "change", ReactNode> = {
  message: <path d="M4 6h16v10H8l-4 4V6Z" />,
  claim: <path d="M12 3 2.5 20h19L12 3Zm0 6v5m0 3h.01" />,
  upload: <path d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4" />,
  change: <path d="M4 20h4L19 9l-4-4L4 16v4Zm9-13 4 4" />,
};

type Item = { key: keyof typeof ICONS; href: string; external?: boolean };

/** Large tap targets for what customers come to do; each one only when the folder allows it. */
export function QuickActions({ actions }: { actions: Actions }) {
  const t = useTranslations("portalStart.actions");
  const tMessages = useTranslations("portalMessages.quickAction");
  // the loader hands either the portal's own message form or a mailto: fallback
  const messageByMail = actions.messageHref?.startsWith("mailto:") ?? false;
  const items: Item[] = [
    ...(actions.messageHref ? [{ key: "message" as const, href: actions.messageHref, external: messageByMail }] : []),
    ...(actions.reportClaim ? [{ key: "claim" as const, href: "/portal/claims/new" }] : []),
    ...(actions.uploadDocument ? [{ key: "upload" as const, href: "/portal/documents#upload" }] : []),
    ...(actions.changeProfile ? [{ key: "change" as const, href: "/portal/profile" }] : []),
  ];
  if (items.length === 0) return null;
  const hint = {
    message: messageByMail ? t("messageHint") : tMessages("hint"),
    claim: t("claimHint"),
    upload: t("uploadHint"),
    change: t("changeHint"),
  };
  const label = { message: t("message"), claim: t("claim"), upload: t("upload"), change: t("change") };
  const className =
    "hover:border-brand flex h-full min-h-24 flex-col items-start gap-2 rounded-2xl border border-slate-200 bg-white p-3 sm:p-4";
  return (
    <nav aria-labelledby="start-actions-heading">
      <h2 id="start-actions-heading" className="sr-only">
        {t("heading")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {items.map((item) => {
          const content = (
            <>
              <span className="bg-brand text-on-brand flex h-10 w-10 shrink-0 items-center justify-center rounded-xl">
                <svg
                  viewBox="0 0 24 24"
                  className="h-5 w-5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={2}
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  aria-hidden
                >
                  {ICONS[item.key]}
                </svg>
              </span>
              <span className="min-w-0">
                <span className="block leading-snug font-medium">{label[item.key]}</span>
                <span className="block text-xs text-slate-600 sm:text-sm">{hint[item.key]}</span>
              </span>
            </>
          );
          return (
            <li key={item.key}>
              {item.external ? (
                <a href={item.href} className={className} data-testid={`quick-${item.key}`}>
                  {content}
                </a>
              ) : (
                <Link href={item.href} className={className} data-testid={`quick-${item.key}`}>
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FormError } from "@/components/ui/form-error";
import { checkDomainAction } from "@/lib/actions/domains/check-domain";
import { removeDomainAction } from "@/lib/actions/domains/remove-domain";
import { setPrimaryDomainAction } from "@/lib/actions/domains/set-primary-domain";
import type { DomainListItem } from "@/lib/data/domains/list-domains";
import type { Msg } from "@/lib/i18n/message-key";
import { DnsRecordsTable } from "./dns-records-table";
import { DomainHealthNotice } from "./domain-health-notice";
import { DomainStatusBadge } from "./domain-status-badge";

type Busy = "check" | "primary" | "remove" | null;

const BUTTON =
  "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60";

/**
 * One custom domain: status, the last check in words, DNS records while unverified (or while the
 * daily check misses them on a verified one), and its actions.
 */
export function DomainCard({ domain, cnameTarget }: { domain: DomainListItem; cnameTarget: string }) {
  const t = useTranslations("domains");
  const format = useFormatter();
  const router = useRouter();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<Msg | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [justVerified, setJustVerified] = useState(false);
  const verified = domain.status === "VERIFIED";
  const at = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });

  async function run(kind: Exclude<Busy, null>, action: () => Promise<{ ok: boolean; error?: Msg }>, after?: () => void) {
    setBusy(kind);
    setError(null);
    try {
      const result = await action();
      if (!result.ok) return setError(result.error ?? "domains.errors.failed");
      after?.();
      router.refresh();
    } catch {
      setError("domains.errors.failed");
    } finally {
      setBusy(null);
    }
  }

  const check = () =>
    run("check", async () => {
      const result = await checkDomainAction(domain.id);
      if (result.ok) setJustVerified(result.data.status === "VERIFIED" && !result.data.reason);
      return result;
    });

  const reasonText = domain.reason
    ? t(`reasons.${domain.reason}`, { found: domain.found ?? "–", target: cnameTarget })
    : verified && justVerified
      ? t("card.verifiedNow", { host: domain.host })
      : "";

  return (
    <li data-testid="domain-card" data-host={domain.host} className="rounded-2xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium break-all">{domain.host}</p>
          <div className="mt-1 flex flex-wrap gap-2">
            <DomainStatusBadge status={domain.status} />
            {domain.isPrimary && (
              <span data-testid="domain-primary" className="bg-brand text-on-brand rounded-full px-2 py-0.5 text-xs font-medium">
                {t("card.primary")}
              </span>
            )}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {(!verified || domain.lapse) && (
            <button type="button" onClick={check} disabled={busy !== null} className={BUTTON}>
              {busy === "check" ? t("card.checking") : t("card.check")}
            </button>
          )}
          {verified && !domain.isPrimary && (
            <button
              type="button"
              onClick={() => run("primary", () => setPrimaryDomainAction(domain.id))}
              disabled={busy !== null}
              className={BUTTON}
            >
              {busy === "primary" ? t("card.makingPrimary") : t("card.makePrimary")}
            </button>
          )}
          {!confirming && (
            <button type="button" onClick={() => setConfirming(true)} disabled={busy !== null} className={BUTTON}>
              {t("card.remove")}
            </button>
          )}
        </div>
      </div>

      {confirming && (
        <div className="mt-3 flex flex-wrap items-center gap-2 rounded-lg bg-red-50 p-3">
          <p className="w-full text-sm text-red-900">{t("card.removeQuestion", { host: domain.host })}</p>
          <ConfirmPair
            confirmLabel={t("card.removeConfirm")}
            pendingLabel={t("card.removing")}
            cancelLabel={t("card.cancel")}
            pending={busy === "remove"}
            onConfirm={() =>
              run(
                "remove",
                () => removeDomainAction(domain.id),
                () => setConfirming(false),
              )
            }
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}

      <DomainHealthNotice domain={domain} />
      <p role="status" data-testid="domain-check-result" className={reasonText ? "mt-3 text-sm text-slate-800" : ""}>
        {reasonText}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        {verified && domain.verifiedAt
          ? t("card.verifiedAt", { at: at(domain.verifiedAt) })
          : domain.lastCheckedAt
            ? t("card.lastChecked", { at: at(domain.lastCheckedAt) })
            : t("card.notChecked")}
        {!verified && domain.nextCheckAt && <> · {t("card.nextCheck", { at: at(domain.nextCheckAt) })}</>}
        {domain.autoCheckEnded && <> · {t("card.autoCheckEnded")}</>}
      </p>
      <div className="mt-2">
        <FormError message={error} />
      </div>
      {domain.records.length > 0 && <DnsRecordsTable host={domain.host} records={domain.records} apex={domain.apex} />}
    </li>
  );
}

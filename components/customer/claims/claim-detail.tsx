import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PanelSection } from "@/components/ui/panel-section";
import type { ClaimStatusValue } from "@/lib/validation/claim";
import { ClaimStatusBadge } from "./claim-status-badge";
import { ClaimTimeline, type TimelineEntry } from "./claim-timeline";

/** The claim page's h1 (date of the claim) with its current status. */
export function ClaimTitle({ occurred, status }: { occurred: string; status: ClaimStatusValue }) {
  const t = useTranslations("claims");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 className="text-2xl font-semibold">{t("detail.title", { date: occurred })}</h1>
      <ClaimStatusBadge status={status} />
    </div>
  );
}

type Props = {
  occurred: string;
  reportedOn: string;
  description: string;
  /** the contract's name (a link for the broker); null: reported without a contract */
  contract: ReactNode | null;
  /** the broker's view: the customer (first row of the facts) */
  customer?: ReactNode;
  /** the broker's view: the status change, above the history */
  statusPanel?: ReactNode;
  timeline: TimelineEntry[];
  audience: "customer" | "staff";
  /** the content of the files section (list, upload or hints) */
  files: ReactNode;
};

/**
 * The body of a claim page for the customer and the broker. Phones: facts, (status,) history, files;
 * wide screens: (status and) history in the right column.
 */
export function ClaimDetail({
  occurred,
  reportedOn,
  description,
  contract,
  customer,
  statusPanel,
  timeline,
  audience,
  files,
}: Props) {
  const t = useTranslations("claims");
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
      <PanelSection id="facts-heading" title={t("detail.facts")} className="sm:p-5 lg:col-start-1 lg:row-start-1">
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          {customer && (
            <>
              <dt className="text-slate-600">{t("officeDetail.customer")}</dt>
              <dd>{customer}</dd>
            </>
          )}
          <dt className="text-slate-600">{t("detail.occurredOn")}</dt>
          <dd className="tabular-nums">{occurred}</dd>
          <dt className="text-slate-600">{t("detail.reportedOn")}</dt>
          <dd className="tabular-nums">{reportedOn}</dd>
          <dt className="text-slate-600">{t("detail.contract")}</dt>
          <dd className="break-words">{contract ?? t("detail.noContract")}</dd>
        </dl>
        <h3 className="mt-4 text-sm font-semibold">{t("detail.description")}</h3>
        <p className="mt-1 break-words whitespace-pre-line text-slate-800">{description}</p>
      </PanelSection>
      <div className="space-y-6 self-start lg:col-start-2 lg:row-span-2 lg:row-start-1">
        {statusPanel}
        <PanelSection id="timeline-heading" title={t("timeline.title")} className="sm:p-5" headingClassName="mb-4">
          <ClaimTimeline entries={timeline} audience={audience} />
        </PanelSection>
      </div>
      <PanelSection
        id="files-heading"
        title={t("files.title")}
        className="space-y-3 self-start sm:p-5 lg:col-start-1 lg:row-start-2"
      >
        {files}
      </PanelSection>
    </div>
  );
}

import { useLocale } from "next-intl";
import type { PremiumCurrencyGroup } from "@/lib/data/portal/load-premium-overview";
import { formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

const ROW = 52;

/**
 * Horizontal bars, rendered on the server. No viewBox, so text keeps its size on a phone and bars
 * stretch with percentage widths: the line's name above its bar, the amount right of the bar (the bar
 * area is a nested viewport of 72 %, so neither a long name nor a long bar runs into the amount). Hidden from screen
 * readers: the table next to it carries the figures.
 */
export function PremiumChart({
  group,
  lineLabel,
}: {
  group: PremiumCurrencyGroup;
  lineLabel: (line: PremiumCurrencyGroup["lines"][number]) => string;
}) {
  const locale = useLocale() as AppLocale;
  const max = Math.max(...group.lines.map((l) => l.annualCents), 1);
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="100%"
      height={group.lines.length * ROW}
      className="block overflow-visible text-sm"
      data-testid="premium-chart"
    >
      {group.lines.map((line, i) => {
        const y = i * ROW;
        // a sliver stays visible for tiny premiums next to large ones
        const width = Math.max((line.annualCents / max) * 100, 0.8);
        return (
          <g key={line.lineCode ?? `module-${line.module}`}>
            <text x="0" y={y + 16} className="fill-slate-800">
              {lineLabel(line)}
            </text>
            <svg x="0" y={y + 24} width="72%" height="14">
              <rect x="0" y="0" width="100%" height="14" rx="7" className="fill-slate-100" />
              <rect x="0" y="0" width={`${width.toFixed(2)}%`} height="14" rx="7" className="fill-brand" />
            </svg>
            <text x="74%" y={y + 36} className="fill-slate-800 font-medium tabular-nums">
              {formatMoney(line.annual, group.currency, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

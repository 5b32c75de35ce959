import { useTranslations } from "next-intl";
import type { ChangeValues } from "@/lib/validation/change-request";

/** The lines one set of requested/previous values reads as (address block, bank details, a number). */
export function useChangeLines(): (values: ChangeValues | null) => string[] {
  const t = useTranslations("changeRequests");
  const country = (code: string | null) =>
    code === "DE" || code === "AT" || code === "CH" ? t(`countries.${code}`) : (code ?? "");
  return (values) => {
    if (!values) return [t("values.none")];
    switch (values.kind) {
      case "ADDRESS": {
        const v = values.value;
        const lines = [v.street ?? "", [v.postalCode, v.city].filter(Boolean).join(" "), country(v.country)].filter(Boolean);
        return lines.length ? lines : [t("values.none")];
      }
      case "BANK_ACCOUNT": {
        const v = values.value;
        if (!v) return [t("values.none")];
        return [
          t("values.holder", { holder: v.holder }),
          t("values.iban", { iban: v.iban }),
          ...(v.bic ? [t("values.bic", { bic: v.bic })] : []),
        ];
      }
      case "EMAIL":
        return [values.value.email ?? t("values.none")];
      case "PHONE":
        return [t(`values.${values.value.field}`, { number: values.value.number ?? t("values.none") })];
    }
  };
}

/** Values as stacked lines; used in the customer's request list and the broker's comparison. */
export function ChangeSummary({ values, className = "" }: { values: ChangeValues | null; className?: string }) {
  const lines = useChangeLines()(values);
  return (
    <span className={`block ${className}`}>
      {lines.map((line, i) => (
        <span key={i} className="block break-words">
          {line}
        </span>
      ))}
    </span>
  );
}

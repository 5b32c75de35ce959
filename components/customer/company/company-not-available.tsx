import { useTranslations } from "next-intl";
import { SectionNotice } from "../section-notice";

/** /portal/company/* for anyone who is neither the company's user manager nor (for reading) a full-access user. */
export function CompanyNotAvailable() {
  const t = useTranslations("companyUsers");
  return (
    <SectionNotice
      title={t("title")}
      text={t("notAvailable.text")}
      hint={t("notAvailable.hint")}
      link={{ href: "/portal", label: t("notAvailable.back") }}
      testId="company-contacts-not-available"
    />
  );
}

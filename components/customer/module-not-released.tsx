import { useTranslations } from "next-intl";
import { SectionNotice } from "./section-notice";

/**
 * What a customer sees on a section's pages while the broker has not released its module. The
 * section's namespace has "title" and "notReleased.{text,hint,back}".
 */
export function ModuleNotReleased({ section, testId }: { section: "claims" | "portalMessages"; testId?: string }) {
  const t = useTranslations(section);
  return (
    <SectionNotice
      title={t("title")}
      text={t("notReleased.text")}
      hint={t("notReleased.hint")}
      link={{ href: "/portal", label: t("notReleased.back") }}
      testId={testId}
    />
  );
}

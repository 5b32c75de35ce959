import { useTranslations } from "next-intl";
import { SectionNotice } from "../section-notice";

/**
 * A household member's shared folder never shows conversations (they are personal): the messages
 * pages point back to the own folder, switched on the household page.
 */
export function MessagesForeignFolder() {
  const t = useTranslations("portalMessages");
  return (
    <SectionNotice
      title={t("title")}
      text={t("foreignFolder.text")}
      hint={t("foreignFolder.hint")}
      link={{ href: "/portal/household", label: t("foreignFolder.switchBack") }}
      tone="warning"
      testId="messages-foreign-folder"
    />
  );
}

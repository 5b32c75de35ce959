import { useTranslations } from "next-intl";

/**
 * The success note after a contract was deleted: the contract list shows it when opened with
 * ?deleted=1 (DeleteContractPanel sends the customer there).
 */
export function ContractDeletedNotice() {
  const t = useTranslations("ownContracts.removal");
  return (
    <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
      {t("done")}
    </p>
  );
}

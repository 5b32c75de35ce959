import { getTranslations } from "next-intl/server";
import type { PreviewAccount } from "@/lib/data/preview/list-preview-accounts";

type Props = { customerId: string; accounts: PreviewAccount[]; selected: string | null };

/**
 * "Ansicht als": which portal account of a company customer the broker's preview shows. A plain GET form
 * (works without JavaScript) that keeps the choice in `?as=<userId>`; without a choice a hint, without
 * accounts a pointer to the company's portal administration.
 */
export async function PreviewAccountPicker({ customerId, accounts, selected }: Props) {
  const [t, tl, ts] = await Promise.all([
    getTranslations("companyAdmin.preview"),
    getTranslations("labels"),
    getTranslations("companyAdmin.accounts.status"),
  ]);
  if (accounts.length === 0) {
    return (
      <p
        role="note"
        className="rounded-2xl border border-slate-200 bg-white px-4 py-3 text-slate-700"
        data-testid="preview-no-accounts"
      >
        {t("noAccounts")}
      </p>
    );
  }
  const label = (a: PreviewAccount) => {
    const roles = a.roles.length > 0 ? a.roles.map((r) => tl(`companyRole.${r}`)).join(", ") : t("noRoles");
    const text = t("account", { name: a.name, roles });
    return a.status === "ACTIVE" ? text : `${text} – ${ts(a.status)}`;
  };
  return (
    <div className="space-y-3">
      <form
        method="get"
        action={`/broker/customers/${customerId}/preview`}
        className="flex flex-wrap items-end gap-2 rounded-2xl border border-slate-200 bg-white px-4 py-3"
        data-testid="preview-account-picker"
      >
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="preview-as" className="block text-sm font-medium">
            {t("viewAs")}
          </label>
          <select
            id="preview-as"
            name="as"
            defaultValue={selected ?? ""}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
            data-testid="preview-as-select"
          >
            <option value="">{t("choose")}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {label(a)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="bg-brand text-on-brand w-full rounded-lg px-4 py-2 font-medium hover:opacity-90 sm:w-auto"
          data-testid="preview-as-submit"
        >
          {t("show")}
        </button>
      </form>
      {!selected && (
        <p
          role="note"
          className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700"
          data-testid="preview-choose-hint"
        >
          {t("chooseHint")}
        </p>
      )}
    </div>
  );
}

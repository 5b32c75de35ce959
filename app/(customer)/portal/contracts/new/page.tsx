import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { OwnContractForm } from "@/components/customer/own-contracts/own-contract-form";
import { OwnContractsUnavailable } from "@/components/customer/own-contracts/own-contracts-unavailable";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listOwnContractOptions } from "@/lib/data/portal/own-contracts/list-own-contract-options";
import { languageOf, type AppLocale } from "@/lib/i18n/locales";
import { EMPTY_OWN_CONTRACT } from "@/lib/validation/own-contract";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ownContracts.pages"))("newTitle") };
}

/** The customer adds an own contract (Fremdvertrag) in a module the broker released with WRITE. */
export default async function NewOwnContractPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/contracts/new");
  if (ctx.actor.kind !== "CUSTOMER") notFound();
  const [t, locale] = await Promise.all([getTranslations("ownContracts.pages"), getLocale()]);
  const options = await listOwnContractOptions(ctx, languageOf(locale as AppLocale));
  const unavailable = ctx.actor.folderReadOnly ? "foreignFolder" : options.modules.length === 0 ? "notWritable" : null;

  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/portal/contracts" className="text-brand-ink text-sm hover:underline">
        ← {t("backToContracts")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      {unavailable ? (
        <OwnContractsUnavailable reason={unavailable} />
      ) : (
        <>
          <p className="text-slate-700">{t("newIntro")}</p>
          <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
            <OwnContractForm
              defaultValues={{ ...EMPTY_OWN_CONTRACT, module: options.modules[0] ?? EMPTY_OWN_CONTRACT.module }}
              modules={options.modules}
              lines={options.lines}
              insurers={options.insurers}
              currency={options.currency}
              hideFinancials={options.hideFinancials}
              hideExpiryDates={options.hideExpiryDates}
              cancelHref="/portal/contracts"
            />
          </div>
        </>
      )}
    </div>
  );
}

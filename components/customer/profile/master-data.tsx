import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/data/change-requests/get-profile";

type Released = Extract<Profile, { released: true }>;

/** Master data and bank accounts as the broker holds them (IBANs arrive masked from the server). */
export function MasterData({ customer, bankAccounts }: Pick<Released, "customer" | "bankAccounts">) {
  const t = useTranslations("changeRequests.profile");
  const tc = useTranslations("changeRequests.countries");
  const format = useFormatter();
  const none = <span className="text-slate-500">{t("none")}</span>;
  const name =
    customer.kind === "COMPANY"
      ? customer.companyName
      : [customer.salutation, customer.title, customer.firstName, customer.lastName].filter(Boolean).join(" ");
  const countryName = ["DE", "AT", "CH"].includes(customer.country) ? tc(customer.country as "DE") : customer.country;
  const addressLines = [customer.street, [customer.postalCode, customer.city].filter(Boolean).join(" ")].filter(Boolean);
  const rows: { label: string; value: React.ReactNode }[] = [
    { label: t("name"), value: name || none },
    ...(customer.kind === "PERSON"
      ? [
          {
            label: t("birthDate"),
            value: customer.birthDate
              ? format.dateTime(customer.birthDate, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })
              : none,
          },
        ]
      : []),
    { label: t("customerNumber"), value: <span className="tabular-nums">{customer.customerNumber}</span> },
    {
      label: t("address"),
      value: addressLines.length ? (
        <>
          {addressLines.map((l) => (
            <span key={l} className="block">
              {l}
            </span>
          ))}
          <span className="block">{countryName}</span>
        </>
      ) : (
        none
      ),
    },
    { label: t("email"), value: customer.email ? <span className="break-all">{customer.email}</span> : none },
    { label: t("mobile"), value: customer.mobile ?? none },
    { label: t("phone"), value: customer.phone ?? none },
  ];

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="profile-master" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="profile-master" className="text-lg font-semibold">
          {t("masterHeading")}
        </h2>
        <dl className="mt-3 divide-y divide-slate-100 text-sm">
          {rows.map((r) => (
            <div key={r.label} className="grid grid-cols-[8.5rem_1fr] gap-3 py-2">
              <dt className="text-slate-600">{r.label}</dt>
              <dd className="min-w-0">{r.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="profile-bank" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="profile-bank" className="text-lg font-semibold">
          {t("bankHeading")}
        </h2>
        {bankAccounts.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{t("bankEmpty")}</p>
        ) : (
          <>
            <ul className="mt-3 space-y-3">
              {bankAccounts.map((a) => (
                <li key={a.id} className="rounded-xl border border-slate-200 p-3 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">{a.holder}</span>
                    {a.isDefault && (
                      <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t("defaultAccount")}</span>
                    )}
                  </div>
                  <p className="mt-1 font-mono tabular-nums">
                    <span className="sr-only">{t("iban")} </span>
                    {a.ibanMasked}
                  </p>
                  {a.bic && (
                    <p className="text-slate-600">
                      {t("bic")} {a.bic}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-xs text-slate-600">{t("ibanMaskedHint")}</p>
          </>
        )}
      </section>
    </div>
  );
}

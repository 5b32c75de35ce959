import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { contractName } from "@/components/customer/contract-name";
import type { BrokerObjectItem, CustomerObjects } from "@/lib/data/insured-objects/list-customer-insured-objects";

type Props = { customerId: string; data: CustomerObjects };

/** A customer's insured objects on the broker side, one section per kind (vehicles, buildings, machines, other). */
export function InsuredObjectList({ customerId, data }: Props) {
  const t = useTranslations("companyAdmin.objects");
  const locale = useLocale();
  if (data.groups.length === 0) {
    return (
      <p
        className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600"
        data-testid="object-empty"
      >
        {data.canEdit ? t("emptyCanAdd") : t("empty")}
      </p>
    );
  }

  const facts = (o: BrokerObjectItem): [string, string][] => {
    const rows: [string, string | null][] = [];
    if (o.kind === "VEHICLE") rows.push([t("licensePlate"), o.licensePlate], [t("vin"), o.vin]);
    if (o.kind === "BUILDING") {
      const place = [o.postalCode, o.city].filter(Boolean).join(" ");
      rows.push([t("address"), [o.street, place].filter(Boolean).join(", ") || null]);
    }
    if (o.kind === "MACHINE") rows.push([t("manufacturer"), o.manufacturer], [t("serialNumber"), o.serialNumber]);
    rows.push([t("contract"), o.contract ? contractName(o.contract, locale) : t("noContract")]);
    return rows.filter((row): row is [string, string] => row[1] !== null);
  };

  return (
    <div className="space-y-6">
      {data.groups.map((group) => (
        <section
          key={group.kind}
          className="space-y-2"
          aria-labelledby={`objects-${group.kind}`}
          data-testid={`object-group-${group.kind}`}
        >
          <h2 id={`objects-${group.kind}`} className="text-lg font-semibold">
            {t(`groups.${group.kind}`)} <span className="text-sm font-normal text-slate-500">({group.items.length})</span>
          </h2>
          <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white">
            {group.items.map((o) => (
              <li key={o.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3" data-testid="object-row">
                <div className="min-w-52 flex-1 text-sm">
                  <p className="text-base font-medium break-words">{o.name}</p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-slate-700">
                    {facts(o).map(([label, value]) => (
                      <div key={label} className="contents">
                        <dt className="text-slate-500">{label}</dt>
                        <dd className="min-w-0 break-words">{value}</dd>
                      </div>
                    ))}
                  </dl>
                </div>
                {data.canEdit && (
                  <Link
                    href={`/broker/customers/${customerId}/objects/${o.id}`}
                    aria-label={t("editLabel", { name: o.name })}
                    className="text-brand-ink text-sm font-medium whitespace-nowrap hover:underline"
                  >
                    {t("edit")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

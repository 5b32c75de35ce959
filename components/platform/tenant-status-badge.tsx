import { useTranslations } from "next-intl";

/** "Aktiv" / "Gesperrt" as a small pill. */
export function TenantStatusBadge({ status }: { status: "ACTIVE" | "SUSPENDED" }) {
  const t = useTranslations("platformAdmin.status");
  const look = status === "ACTIVE" ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800";
  return (
    <span data-testid="tenant-status" className={`rounded-full px-2 py-0.5 text-xs whitespace-nowrap ${look}`}>
      {t(status)}
    </span>
  );
}

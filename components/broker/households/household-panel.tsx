"use client";

import { useTranslations } from "next-intl";
import type { HouseholdPanelData } from "@/lib/data/households/get-household-panel";
import { AddMemberForm } from "./add-member-form";
import { ConsentForm } from "./consent-form";
import { CreateHouseholdForm } from "./create-household-form";
import { HouseholdConsents } from "./household-consents";
import { HouseholdMembers } from "./household-members";

/**
 * The customer page's "Haushalt": members and the consents that let one member see another's folder
 * in the portal. Data from getHouseholdPanel(); every change goes through lib/actions/households.
 */
export function HouseholdPanel({ customerId, data }: { customerId: string; data: HouseholdPanelData }) {
  const t = useTranslations("households");
  const { household, canManage } = data;
  return (
    <section aria-labelledby="household-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="household-title" className="text-lg font-semibold">
          {t("panel.title")}
        </h2>
        {household && <p className="text-sm text-slate-600">{household.name}</p>}
      </div>
      <div className="space-y-5 rounded-2xl border border-slate-200 bg-white p-5">
        <p className="text-sm text-slate-600">{t("panel.intro")}</p>
        {!canManage && <p className="text-sm text-slate-600">{t("panel.readOnly")}</p>}
        {!household ? (
          <>
            <p className="text-sm">{t("panel.noHousehold")}</p>
            {canManage && <CreateHouseholdForm customerId={customerId} />}
          </>
        ) : (
          <>
            <HouseholdMembers
              customerId={customerId}
              members={household.members}
              hiddenMemberCount={household.hiddenMemberCount}
              canManage={canManage}
            />
            {canManage && <AddMemberForm customerId={customerId} />}
            <div className="space-y-3">
              <h3 className="text-base font-semibold">{t("consents.title")}</h3>
              {canManage && <p className="text-sm text-slate-600">{t("consents.intro")}</p>}
              <HouseholdConsents customerId={customerId} consents={household.consents} canManage={canManage} />
              {canManage &&
                (household.members.length >= 2 ? (
                  <ConsentForm customerId={customerId} members={household.members} forms={household.consentForms} />
                ) : (
                  <p className="text-sm text-slate-600">{t("consents.needTwoMembers")}</p>
                ))}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

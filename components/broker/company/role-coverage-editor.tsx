"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { FormSuccess } from "@/components/ui/form-success";
import { resetRoleCoverageAction } from "@/lib/actions/company-admin/reset-role-coverage";
import { saveRoleCoverageAction } from "@/lib/actions/company-admin/save-role-coverage";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { RoleCoverageSetting } from "@/lib/data/company-roles/get-role-coverage-settings";
import type { Msg } from "@/lib/i18n/message-key";
import type { LineGroup } from "@/lib/validation/company-admin";

const LINE_GROUPS = ["PENSION", "PERSONAL", "MOTOR", "PROPERTY", "OTHER"] as const satisfies readonly LineGroup[];

/** One adjustable company role's line mapping: groups, extra GDV codes, pension and "no line" flags. */
export function RoleCoverageEditor({ setting }: { setting: RoleCoverageSetting }) {
  const t = useTranslations("companyAdmin.roleSettings");
  const tl = useTranslations("labels");
  const router = useRouter();
  const { role, coverage, customized } = setting;
  const [groups, setGroups] = useState<LineGroup[]>(coverage.lineGroups);
  const [codes, setCodes] = useState(coverage.lineCodes.join(", "));
  const [pension, setPension] = useState(coverage.occupationalPension);
  const [unassigned, setUnassigned] = useState(coverage.unassignedLines);
  const [error, setError] = useState<Msg | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, Msg>>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const roleName = tl(`companyRole.${role}`);
  const id = `coverage-${role}`;

  function run(action: () => Promise<ActionResult<unknown>>, success: string, after?: () => void) {
    setError(null);
    setFieldErrors({});
    setDone(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) {
          setError(result.error);
          setFieldErrors(result.fieldErrors ?? {});
          return;
        }
        after?.();
        setDone(success);
        router.refresh();
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  function save(e: React.FormEvent) {
    e.preventDefault();
    run(
      () =>
        saveRoleCoverageAction(role, {
          lineGroups: groups,
          lineCodes: codes,
          occupationalPension: pension,
          unassignedLines: unassigned,
        }),
      t("saved"),
    );
  }

  function reset() {
    if (!window.confirm(t("confirmReset", { role: roleName }))) return;
    run(
      () => resetRoleCoverageAction(role),
      t("resetDone"),
      () => {
        setGroups(setting.defaults.lineGroups);
        setCodes(setting.defaults.lineCodes.join(", "));
        setPension(setting.defaults.occupationalPension);
        setUnassigned(setting.defaults.unassignedLines);
      },
    );
  }

  return (
    <form
      onSubmit={save}
      className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5"
      aria-labelledby={`${id}-heading`}
      data-testid={`role-coverage-${role}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`${id}-heading`} className="font-semibold">
            {roleName}
          </h3>
          <p className="text-xs text-slate-600">{tl(`companyRoleHint.${role}`)}</p>
        </div>
        <span
          className={`rounded-full px-2 py-0.5 text-xs ${customized ? "bg-amber-50 text-amber-900" : "bg-slate-100 text-slate-700"}`}
          data-testid="role-coverage-state"
        >
          {customized ? t("customized") : t("standard")}
        </span>
      </div>
      <fieldset className="space-y-1.5" disabled={pending}>
        <legend className="mb-1 text-sm font-medium">{t("lineGroups")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1.5">
          {LINE_GROUPS.map((g) => (
            <label key={g} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={groups.includes(g)}
                onChange={(e) => setGroups(e.target.checked ? [...groups, g] : groups.filter((x) => x !== g))}
                data-testid={`role-coverage-group-${g}`}
              />
              {tl(`lineGroup.${g}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-codes`} className="block text-sm font-medium">
          {t("lineCodes")}
        </label>
        <input
          id={`${id}-codes`}
          value={codes}
          onChange={(e) => setCodes(e.target.value)}
          disabled={pending}
          inputMode="numeric"
          placeholder="171"
          aria-describedby={`${id}-codes-hint`}
          aria-invalid={fieldErrors.lineCodes ? true : undefined}
          className="w-full max-w-md rounded-lg border border-slate-300 px-3 py-2 text-sm"
          data-testid="role-coverage-codes"
        />
        <p id={`${id}-codes-hint`} className="text-xs text-slate-600">
          {t("lineCodesHint")}
        </p>
        <FieldError message={fieldErrors.lineCodes} />
      </div>
      <div className="space-y-1.5">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={pension}
            disabled={pending}
            onChange={(e) => setPension(e.target.checked)}
            data-testid="role-coverage-pension"
          />
          {t("pension")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={unassigned}
            disabled={pending}
            onChange={(e) => setUnassigned(e.target.checked)}
            data-testid="role-coverage-unassigned"
          />
          {t("unassigned")}
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90 disabled:opacity-60"
          data-testid="role-coverage-save"
        >
          {t("save")}
        </button>
        {customized && (
          <button
            type="button"
            onClick={reset}
            disabled={pending}
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
            data-testid="role-coverage-reset"
          >
            {t("reset")}
          </button>
        )}
      </div>
      <FormError message={fieldErrors.lineCodes ? null : error} />
      {done && <FormSuccess>{done}</FormSuccess>}
    </form>
  );
}

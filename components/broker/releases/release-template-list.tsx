"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { deleteReleaseTemplateAction } from "@/lib/actions/releases/delete-release-template";
import { setDefaultReleaseTemplateAction } from "@/lib/actions/releases/set-default-release-template";
import type { ActionResult } from "@/lib/actions/account/action-result";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { PORTAL_MODULES } from "@/lib/validation/releases";
import type { TemplateChoice } from "./release-matrix";
import { ReleaseTemplateEditor } from "./release-template-editor";

type Props = { templates: TemplateChoice[]; canManage: boolean };

const LEVEL_CHIP = { READ: "bg-sky-50 text-sky-800", WRITE: "bg-emerald-50 text-emerald-800" } as const;

/** "Vorlagen": every template with what it releases; owners and admins create, edit, delete and pick the default. */
export function ReleaseTemplateList({ templates, canManage }: Props) {
  const t = useTranslations("releases");
  const tAll = useTranslations();
  const router = useRouter();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [notice, setNotice] = useState<Msg | null>(null);

  async function run(action: () => Promise<ActionResult<unknown>>, success: Msg) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const result = await action();
      if (!result.ok) return setError(result.error);
      setNotice(success);
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setBusy(false);
    }
  }

  function done(message: Msg) {
    setEditing(null);
    setNotice(message);
    router.refresh();
  }

  const editingTemplate = editing && editing !== "new" ? templates.find((tpl) => tpl.id === editing) : undefined;
  const button =
    "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

  return (
    <section aria-labelledby="release-templates-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="release-templates-title" className="text-lg font-semibold">
          {t("templates.title")}
        </h2>
        {canManage && editing === null && (
          <button
            type="button"
            onClick={() => setEditing("new")}
            className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90"
          >
            {t("templates.new")}
          </button>
        )}
      </div>
      <p className="text-sm text-slate-600">{t("templates.intro")}</p>
      <p className="text-sm text-slate-600">{canManage ? t("templates.defaultHint") : t("templates.ownerOnly")}</p>
      <p role="status" className="text-sm text-emerald-700">
        {notice && translateMessage(tAll, notice)}
      </p>
      <FormError message={error} />
      {editing === "new" && <ReleaseTemplateEditor template={null} onDone={done} onCancel={() => setEditing(null)} />}
      {templates.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {t("templates.empty")}
        </div>
      ) : (
        <ul className="space-y-3">
          {templates.map((tpl) =>
            editingTemplate?.id === tpl.id ? (
              <li key={tpl.id}>
                <ReleaseTemplateEditor template={tpl} onDone={done} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <li key={tpl.id} className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="release-template">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {tpl.name}
                      {tpl.isDefault && (
                        <span className="bg-brand text-on-brand ml-2 rounded-full px-2 py-0.5 align-middle text-xs font-medium">
                          {t("templates.default")}
                        </span>
                      )}
                    </p>
                    <p className="text-xs text-slate-500">
                      {t("templates.released", { count: PORTAL_MODULES.filter((m) => tpl.levels[m] !== "HIDDEN").length })}
                    </p>
                  </div>
                  {canManage && (
                    <div className="flex flex-wrap gap-2">
                      <button
                        type="button"
                        className={button}
                        disabled={busy || editing !== null}
                        onClick={() => setEditing(tpl.id)}
                        aria-label={t("templates.editLabel", { name: tpl.name })}
                      >
                        {t("templates.edit")}
                      </button>
                      {tpl.isDefault ? (
                        <button
                          type="button"
                          className={button}
                          disabled={busy}
                          onClick={() => run(() => setDefaultReleaseTemplateAction(null), "releases.templates.defaultChanged")}
                        >
                          {t("templates.clearDefault")}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className={button}
                          disabled={busy}
                          aria-label={t("templates.makeDefaultLabel", { name: tpl.name })}
                          onClick={() => run(() => setDefaultReleaseTemplateAction(tpl.id), "releases.templates.defaultChanged")}
                        >
                          {t("templates.makeDefault")}
                        </button>
                      )}
                      <button
                        type="button"
                        className={`${button} text-red-700`}
                        disabled={busy || editing !== null}
                        aria-label={t("templates.deleteLabel", { name: tpl.name })}
                        onClick={() => {
                          if (window.confirm(t("templates.confirmDelete", { name: tpl.name }))) {
                            void run(() => deleteReleaseTemplateAction(tpl.id), "releases.templates.deleted");
                          }
                        }}
                      >
                        {t("templates.delete")}
                      </button>
                    </div>
                  )}
                </div>
                <ReleasedModules levels={tpl.levels} />
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function ReleasedModules({ levels }: { levels: TemplateChoice["levels"] }) {
  const t = useTranslations("releases");
  const released = PORTAL_MODULES.flatMap((m) => {
    const level = levels[m];
    return level === "HIDDEN" ? [] : [{ module: m, level }];
  });
  if (released.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-1.5 text-xs">
      {released.map(({ module, level }) => (
        <li key={module} className={`rounded-full px-2 py-0.5 ${LEVEL_CHIP[level]}`}>
          {t(`modules.${module}.label`)}: {t(`levels.${level}.label`)}
        </li>
      ))}
    </ul>
  );
}

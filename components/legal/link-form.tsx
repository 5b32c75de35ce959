"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { linkFromInput } from "@/lib/tenant/rich-text/link-from-input";

type Props = { id: string; editor: Editor; onClose: () => void };

/**
 * The address of a link, inline under the toolbar. Not a <form>: it sits inside the section's form,
 * so Enter applies and Escape cancels here instead of submitting the page. Without a selection the
 * typed address itself becomes the linked text.
 */
export function LinkForm({ id, editor, onClose }: Props) {
  const t = useTranslations("legal.editor");
  const [address, setAddress] = useState<string>(() => editor.getAttributes("link").href ?? "");
  const [invalid, setInvalid] = useState(false);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const href = linkFromInput(address);
    if (!href) return setInvalid(true);
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: address.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  }

  return (
    <div id={id} className="flex flex-wrap items-end gap-2 border-t border-slate-200 bg-slate-50 p-2">
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor={`${id}-address`} className="block text-sm font-medium">
          {t("linkLabel")}
        </label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoComplete="off"
          // opened on purpose by the "Link einfügen" button: the address is the next thing to type
          autoFocus
          value={address}
          onChange={(e) => {
            setInvalid(false);
            setAddress(e.target.value);
          }}
          onKeyDown={onKeyDown}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm"
        />
        <p
          id={`${id}-hint`}
          className={`mt-1 text-xs ${invalid ? "text-red-700" : "text-slate-600"}`}
          role={invalid ? "alert" : undefined}
        >
          {invalid ? t("linkInvalid") : t("linkHint")}
        </p>
      </div>
      <div className="flex gap-2 pb-6">
        <button
          type="button"
          onClick={apply}
          className="bg-brand text-on-brand rounded-lg px-3 py-1.5 text-sm font-medium hover:opacity-90"
        >
          {t("apply")}
        </button>
        <button type="button" onClick={close} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-white">
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}

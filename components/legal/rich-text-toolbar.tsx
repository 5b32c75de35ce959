"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent, type ReactNode } from "react";
import { LinkForm } from "./link-form";

type Props = { editor: Editor; editorId: string; label: string; disabled: boolean };

const BUTTON =
  "rounded-md px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 " +
  "focus-visible:outline-brand disabled:opacity-40 aria-pressed:bg-slate-200 aria-pressed:text-slate-900";

/** Arrow keys, Home and End move between the toolbar's enabled buttons (WAI-ARIA toolbar pattern). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (next === undefined || at < 0) return;
  event.preventDefault();
  buttons[(next + buttons.length) % buttons.length]?.focus();
}

/**
 * The editor's buttons: reachable with Tab and with the arrow keys; toggles say whether they are on
 * (aria-pressed). "Link einfügen" opens a small address form right under the toolbar.
 */
export function RichTextToolbar({ editor, editorId, label, disabled }: Props) {
  const t = useTranslations("legal.editor");
  const [linkOpen, setLinkOpen] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      link: e.isActive("link"),
    }),
  });

  const toggle = (key: keyof typeof active, run: () => void, content: ReactNode) => (
    <button type="button" className={BUTTON} aria-pressed={active[key]} disabled={disabled} onClick={run}>
      {content}
    </button>
  );

  return (
    <div className="border-b border-slate-200">
      <div
        role="toolbar"
        aria-label={t("toolbar", { label })}
        aria-controls={editorId}
        onKeyDown={moveFocus}
        className="flex flex-wrap gap-1 p-1"
      >
        {toggle("bold", () => editor.chain().focus().toggleBold().run(), <strong>{t("bold")}</strong>)}
        {toggle("italic", () => editor.chain().focus().toggleItalic().run(), <em>{t("italic")}</em>)}
        {toggle("bulletList", () => editor.chain().focus().toggleBulletList().run(), t("bulletList"))}
        {toggle("orderedList", () => editor.chain().focus().toggleOrderedList().run(), t("orderedList"))}
        <button
          type="button"
          className={BUTTON}
          disabled={disabled}
          aria-expanded={linkOpen}
          aria-controls={`${editorId}-link`}
          onClick={() => setLinkOpen(true)}
        >
          {t("addLink")}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={disabled || !active.link}
          onClick={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}
        >
          {t("removeLink")}
        </button>
      </div>
      {linkOpen ? <LinkForm id={`${editorId}-link`} editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}

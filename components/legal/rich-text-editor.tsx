"use client";

import Link from "@tiptap/extension-link";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { RICH_TEXT_CLASSES } from "./rich-text-classes";
import { RichTextToolbar } from "./rich-text-toolbar";

type Props = {
  /** id of the editable area; label, hint and toolbar ids derive from it */
  id: string;
  /** the field's name, for the toolbar's accessible name */
  label: string;
  /** id of a visible element that already names the field (e.g. the section heading); else `label` is shown above */
  labelledBy?: string;
  hint?: string;
  /** the editor's HTML ("" when empty); a new value from outside (e.g. what the server stored) replaces the content */
  value: string;
  onChange: (html: string) => void;
  disabled?: boolean;
  /** id of an error message under the editor */
  errorId?: string;
  testId?: string;
};

/**
 * Rich-text field of the legal-texts page: bold, italic, lists and links — exactly what the server's
 * allow-list keeps (lib/tenant/rich-text/sanitize-rich-text.ts), so pasted Word or e-mail text is
 * reduced to that while pasting and what the broker sees is what gets stored. The server sanitises
 * again regardless. Keyboard: Tab reaches the toolbar and the text; Ctrl+B / Ctrl+I work inside.
 */
export function RichTextEditor({ id, label, labelledBy, hint, value, onChange, disabled = false, errorId, testId }: Props) {
  const t = useTranslations("legal.editor");
  const labelId = labelledBy ?? `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ");

  const editor = useEditor({
    // Rendered on the server as an empty shell; the editor mounts in the browser (no hydration mismatch).
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        HTMLAttributes: { target: "_blank", rel: "noopener noreferrer" },
      }),
    ],
    content: value,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(testId ? { "data-testid": testId } : {}),
        class: `min-h-40 px-3 py-2 focus:outline-none ${RICH_TEXT_CLASSES}`,
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? "" : e.getHTML()),
  });

  useEffect(() => {
    if (!editor) return;
    const current = editor.isEmpty ? "" : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    // no update event: locking the field while saving is not an edit (it would clear the success line)
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  return (
    <div>
      {labelledBy ? null : (
        <span id={labelId} className="block text-sm font-medium">
          {label}
        </span>
      )}
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="focus-within:ring-brand mt-2 rounded-lg border border-slate-300 bg-white focus-within:ring-2">
        {editor ? (
          <RichTextToolbar editor={editor} editorId={id} label={label} disabled={disabled} />
        ) : (
          <p className="px-3 py-2 text-sm text-slate-500">{t("loading")}</p>
        )}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

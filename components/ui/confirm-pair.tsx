import type { ReactNode } from "react";

const SIZES = {
  xs: "px-3 py-1 text-xs whitespace-nowrap",
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2.5",
} as const;

type Props = {
  /** the destructive action, e.g. "Ja, löschen" */
  confirmLabel: ReactNode;
  /** shown on the confirm button while the action runs (defaults to confirmLabel) */
  pendingLabel?: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** both buttons are disabled while the action runs */
  pending: boolean;
  size?: keyof typeof SIZES;
};

/**
 * The two buttons of an inline confirmation step: a red "yes, do it" and a plain "cancel". The
 * caller places them (its own flex container) next to the question.
 */
export function ConfirmPair({ confirmLabel, pendingLabel, cancelLabel, onConfirm, onCancel, pending, size = "sm" }: Props) {
  return (
    <>
      <button
        type="button"
        onClick={onConfirm}
        disabled={pending}
        className={`rounded-lg bg-red-700 font-medium text-white hover:bg-red-800 disabled:opacity-60 ${SIZES[size]}`}
      >
        {pending && pendingLabel ? pendingLabel : confirmLabel}
      </button>
      <button
        type="button"
        onClick={onCancel}
        disabled={pending}
        className={`rounded-lg border border-slate-300 bg-white font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60 ${SIZES[size]}`}
      >
        {cancelLabel}
      </button>
    </>
  );
}

import type { ReactNode } from "react";

/** The counterpart of FormError: a form's "done" line, announced politely to screen readers. */
export function FormSuccess({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}

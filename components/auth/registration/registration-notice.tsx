import type { ReactNode } from "react";

/** The friendly end states: invalid, expired, replaced, already registered. */
export function RegistrationNotice({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">{title}</h1>
      <div className="space-y-2 text-sm text-slate-700">{children}</div>
      {action}
    </div>
  );
}

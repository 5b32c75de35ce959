import type { ReactNode } from "react";

/** The centred, branded frame of the signed-out account pages (same look as the login page). */
export function AuthCard({ tenantName, title, children }: { tenantName: string; title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="bg-brand mx-auto mb-3 h-12 w-12 rounded-xl" aria-hidden />
          <p className="text-sm text-slate-600">{tenantName}</p>
          <h1 className="mt-1 text-xl font-semibold">{title}</h1>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}

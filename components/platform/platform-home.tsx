/** Neutral page on the platform's root domain: no broker brand, no sign-in. */
export function PlatformHome() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-20">
      <p className="text-sm font-medium tracking-wide text-slate-500 uppercase">Plattform</p>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">Kundenportal für Versicherungsmakler</h1>
      <p className="mt-4 text-slate-600">
        Dieses Portal wird von Versicherungsmaklern unter ihrer eigenen Adresse betrieben. Bitte öffnen Sie den Link, den Sie von
        Ihrem Makler erhalten haben.
      </p>
    </main>
  );
}

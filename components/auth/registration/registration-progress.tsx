const STEPS = ["E-Mail", "Mobilnummer", "Passwort"] as const;

/** "Schritt 2 von 3" with three bars; the current step is announced to screen readers. */
export function RegistrationProgress({ current }: { current: 1 | 2 | 3 }) {
  return (
    <div className="mb-5">
      <p className="text-sm font-medium text-slate-600" data-testid="registration-step">
        Schritt {current} von 3
      </p>
      <ol className="mt-2 grid grid-cols-3 gap-2" aria-label="Fortschritt der Registrierung">
        {STEPS.map((label, i) => {
          const n = i + 1;
          const state = n < current ? "erledigt" : n === current ? "aktuell" : "offen";
          return (
            <li key={label} aria-current={n === current ? "step" : undefined}>
              <span className={`block h-1.5 rounded-full ${n <= current ? "bg-brand" : "bg-slate-200"}`} aria-hidden />
              <span className={`mt-1 block text-xs ${n === current ? "font-semibold text-slate-900" : "text-slate-500"}`}>
                {label}
                <span className="sr-only"> ({state})</span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

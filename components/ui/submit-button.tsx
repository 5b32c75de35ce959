import type { ReactNode } from "react";

type Props = { pending: boolean; pendingLabel: string; children: ReactNode; fullWidth?: boolean };

/** Primary submit button in the tenant's colour; shows what is happening while the request runs. */
export function SubmitButton({ pending, pendingLabel, children, fullWidth = true }: Props) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60 ${fullWidth ? "w-full" : ""}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

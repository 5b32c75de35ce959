import type { ReactNode } from "react";
import type { ContractFormVariant } from "./contract-field";

/** Each form keeps its look: the broker's is denser (four columns for term and money). */
export const CONTRACT_FORM_LOOK = {
  broker: { legend: "mb-2 text-base font-semibold", wide: "grid gap-4 sm:grid-cols-4" },
  portal: { legend: "mb-3 text-lg font-semibold", wide: "grid gap-4 sm:grid-cols-2" },
} as const satisfies Record<ContractFormVariant, { legend: string; wide: string }>;

type Props = { variant: ContractFormVariant; legend: string; className?: string; children: ReactNode };

export function ContractFieldset({ variant, legend, className, children }: Props) {
  return (
    <fieldset className={className}>
      <legend className={CONTRACT_FORM_LOOK[variant].legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

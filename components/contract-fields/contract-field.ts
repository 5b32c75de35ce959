import type { FieldValues, Path, UseFormRegister, UseFormRegisterReturn } from "react-hook-form";
import type { Msg } from "@/lib/i18n/message-key";
import type { ContractInput } from "@/lib/validation/contract";
import type { OwnContractInput } from "@/lib/validation/own-contract";

/** The broker's contract form (contracts.form) and the customer's own-contract form (ownContracts.form). */
export type ContractFormVariant = "broker" | "portal";

export const CONTRACT_FORM_LABELS = { broker: "contracts.form", portal: "ownContracts.form" } as const;

/** Fields both forms have, under the same name and with the same rules. */
export type ContractFieldName = keyof ContractInput & keyof OwnContractInput;

/** One field wired to its form: the input's id is the field name (labels and e2e tests rely on it). */
export type ContractField = { id: ContractFieldName; registration: UseFormRegisterReturn; error?: Msg | string };
export type BindContractField = (name: ContractFieldName) => ContractField;

/** Wires the shared field groups to one form: client-side errors first, then the server's. */
export function contractFieldBinder<T extends FieldValues>(
  register: UseFormRegister<T>,
  error: (name: ContractFieldName) => Msg | string | undefined,
): BindContractField {
  return (name) => ({ id: name, registration: register(name as Path<T>), error: error(name) });
}

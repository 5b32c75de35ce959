// The blank broker form lives next to the schema, with the customer form's (lib/validation/contract.ts).
export { NEW_CONTRACT_VALUES } from "@/lib/validation/contract";

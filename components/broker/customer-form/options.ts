export type Option = { id: string; label: string };

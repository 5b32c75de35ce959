import { z } from "zod";
import { cursorPage } from "./pagination";

const empty = (v: unknown) => (v === "" ? undefined : v);

export const CUSTOMER_SORTS = ["name", "number", "newest"] as const;
export const INVITATION_FILTERS = ["none", "sent", "expired", "registered"] as const;

/** The customer list's URL parameters; anything unknown falls back to the default list. */
export const customerSearch = cursorPage.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => (v ? v : undefined)),
  advisor: z.preprocess(empty, z.union([z.uuid(), z.literal("none")]).optional()),
  kind: z.preprocess(empty, z.enum(["PERSON", "COMPANY"]).optional()),
  invitation: z.preprocess(empty, z.enum(INVITATION_FILTERS).optional()),
  sort: z.preprocess(empty, z.enum(CUSTOMER_SORTS).default("name")),
});
export type CustomerSearch = z.infer<typeof customerSearch>;

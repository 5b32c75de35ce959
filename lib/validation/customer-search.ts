import { z } from "zod";
import { cursorPage } from "./pagination";

export const customerSearch = cursorPage.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type CustomerSearch = z.infer<typeof customerSearch>;

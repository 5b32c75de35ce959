import "server-only";
import type { z } from "zod";

/**
 * Search params of a ticket list, straight from the address bar: the filters fall back to their
 * defaults on their own (catch); a broken cursor starts at the first page, a broken page size uses
 * the default, instead of an error page.
 */
export function parseTicketListSearch<S extends z.ZodType>(schema: S, params: Record<string, unknown>): z.output<S> {
  const attempts = [params, { ...params, cursor: undefined }, { ...params, cursor: undefined, take: undefined }, {}];
  for (const attempt of attempts) {
    const parsed = schema.safeParse(attempt);
    if (parsed.success) return parsed.data;
  }
  return schema.parse({});
}

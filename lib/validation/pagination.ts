import { z } from "zod";

export const cursorPage = z.object({
  cursor: z.string().uuid().optional(),
  take: z.coerce.number().int().min(1).max(100).default(25),
});
export type CursorPage = z.infer<typeof cursorPage>;

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Takes take+1 rows to know whether another page exists. */
export function toPage<T extends { id: string }>(rows: T[], take: number): Page<T> {
  const hasMore = rows.length > take;
  const items = hasMore ? rows.slice(0, take) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

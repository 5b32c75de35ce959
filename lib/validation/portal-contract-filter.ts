import { z } from "zod";
import { CONTRACT_STATUSES } from "./contract";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** GET params of /portal/contracts: ?line=<GDV code>&status=<ContractStatus>; empty means "all". */
export const portalContractFilter = z.object({
  line: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[0-9A-Za-z-]{1,10}$/)
      .optional(),
  ),
  status: z.preprocess(blankToUndefined, z.enum(CONTRACT_STATUSES).optional()),
});
export type PortalContractFilter = z.infer<typeof portalContractFilter>;

export type ParsedPortalContractFilter = { filter: PortalContractFilter; wasReset: boolean };

/**
 * Reads the filter from the URL. Anything that does not fit — a tampered link, a repeated param, a
 * line the customer has no contract in — resets the whole filter (the page says so) instead of failing.
 */
export function parsePortalContractFilter(
  params: Record<string, string | string[] | undefined>,
  knownLineCodes: readonly string[],
): ParsedPortalContractFilter {
  const parsed = portalContractFilter.safeParse({ line: params.line, status: params.status });
  if (!parsed.success) return { filter: {}, wasReset: true };
  if (parsed.data.line !== undefined && !knownLineCodes.includes(parsed.data.line)) return { filter: {}, wasReset: true };
  return { filter: parsed.data, wasReset: false };
}

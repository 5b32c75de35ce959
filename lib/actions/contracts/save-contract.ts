"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createContract } from "@/lib/data/contracts/create-contract";
import { updateContract } from "@/lib/data/contracts/update-contract";
import type { ContractInput } from "@/lib/validation/contract";
import { writeResult } from "../write-result";
import { refuseDenied } from "../refuse-denied";

const target = z.union([z.object({ customerId: z.uuid() }), z.object({ contractId: z.uuid() })]);

/** New contract for a customer, or changes to an existing one (the form knows which). */
export async function saveContractAction(
  where: z.input<typeof target>,
  input: ContractInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = target.safeParse(where);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  const ids = parsed.data;
  return refuseDenied(async () =>
    writeResult(
      "customerId" in ids ? await createContract(ctx, ids.customerId, input) : await updateContract(ctx, ids.contractId, input),
    ),
  );
}

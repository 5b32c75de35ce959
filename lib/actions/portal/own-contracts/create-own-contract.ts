"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createOwnContract } from "@/lib/data/portal/own-contracts/create-own-contract";
import type { OwnContractInput } from "@/lib/validation/own-contract";
import { writeResult } from "../../write-result";
import { refuseFolderWrite } from "./refuse-folder-write";

/** The customer adds an own contract (Fremdvertrag) to their folder. */
export async function createOwnContractAction(input: OwnContractInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseFolderWrite(async () => writeResult(await createOwnContract(ctx, input)));
}

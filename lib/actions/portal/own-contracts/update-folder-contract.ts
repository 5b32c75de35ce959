"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateFolderContract } from "@/lib/data/portal/own-contracts/update-folder-contract";
import type { OwnContractInput } from "@/lib/validation/own-contract";
import { writeResult } from "../../write-result";
import { refuseFolderWrite } from "./refuse-folder-write";

/** The customer saves changes to a contract of their folder (own or the broker's, with a WRITE release). */
export async function updateFolderContractAction(
  contractId: string,
  input: OwnContractInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(contractId).success) return { ok: false, error: "ownContracts.errors.notAllowed" };
  return refuseFolderWrite(async () => writeResult(await updateFolderContract(ctx, contractId, input)));
}

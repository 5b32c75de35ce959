"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deleteFolderContract } from "@/lib/data/portal/own-contracts/delete-folder-contract";
import { writeResult } from "../../write-result";
import { refuseFolderWrite } from "./refuse-folder-write";

/** The customer removes a contract from their folder (after confirming in the page). */
export async function deleteFolderContractAction(contractId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(contractId).success) return { ok: false, error: "ownContracts.errors.notAllowed" };
  return refuseFolderWrite(async () => writeResult(await deleteFolderContract(ctx, contractId)));
}

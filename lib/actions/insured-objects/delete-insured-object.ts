"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deleteInsuredObject } from "@/lib/data/insured-objects/delete-insured-object";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function deleteInsuredObjectAction(objectId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(objectId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await deleteInsuredObject(ctx, objectId)));
}

// Shared by the "my data" tests (data export, access log).
import { contextFor } from "./request-context";

/** The context of a customer's login while the household folder of `folderCustomerId` is open. */
export const folderContextFor = (userId: string, folderCustomerId: string | null) =>
  contextFor(userId, undefined, { folderCustomerId });

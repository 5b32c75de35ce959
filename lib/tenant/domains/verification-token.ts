import { randomBytes } from "node:crypto";

/** The value of a domain's TXT record `portal-verify=<token>`: 128 random bits, hex. */
export const newVerificationToken = () => randomBytes(16).toString("hex");

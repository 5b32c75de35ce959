import type { DnsRecordInstruction } from "../../validation/domains";
import { txtRecordName, txtRecordValue } from "./domain-check";

/** The records a broker sets for `host`, in the order the check looks at them. */
export function dnsInstructions(host: string, token: string, target: string): DnsRecordInstruction[] {
  return [
    { type: "TXT", name: txtRecordName(host), value: txtRecordValue(token) },
    { type: "CNAME", name: host, value: target },
  ];
}

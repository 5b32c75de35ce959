import { createOperator } from "@/lib/platform/auth/create-operator";
import { DEMO_OPERATOR } from "./demo-logins";

/** Creates the demo operator unless the address exists (an operator's enrolled app survives restarts). */
export async function seedPlatformOperator(log: (message: string) => void): Promise<void> {
  const created = await createOperator(DEMO_OPERATOR);
  log(
    created
      ? `Plattform-Betreiber ${DEMO_OPERATOR.email} angelegt`
      : `Plattform-Betreiber ${DEMO_OPERATOR.email} existiert bereits`,
  );
}

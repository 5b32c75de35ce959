import { ModuleNotReleased } from "../module-not-released";

/** What a customer sees on a claims page while the broker has not released the CLAIMS module. */
export const ClaimsNotReleased = () => <ModuleNotReleased section="claims" />;

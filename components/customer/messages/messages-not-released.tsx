import { ModuleNotReleased } from "../module-not-released";

/** What a customer sees on a messages page while the broker has not released COMMUNICATION. */
export const MessagesNotReleased = () => <ModuleNotReleased section="portalMessages" testId="messages-not-released" />;

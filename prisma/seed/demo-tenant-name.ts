export const DEMO_NAME = "Muster Versicherungsmakler GmbH";

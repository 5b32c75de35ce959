/** Associated data of an operator's encrypted TOTP secret: binds it to its row (cf. totpSecretContext). */
export const operatorTotpContext = (operatorId: string) => `platform-totp:${operatorId}`;

/** The pending secret of an enrolment travels sealed through the page, bound to operator and ticket. */
export const operatorEnrolContext = (ticket: { operatorId: string; sessionVersion: number; passwordAt: number }) =>
  `platform-totp-enrol:${ticket.operatorId}:${ticket.sessionVersion}:${ticket.passwordAt}`;

/** SMS text for the phone confirmation code: short, code first (phones show it in the preview). */
export function registrationCodeSms(input: { tenantName: string; code: string }): string {
  return `${input.code} ist Ihr Code für das Kundenportal von ${input.tenantName}. Gültig 10 Minuten. Nicht weitergeben.`;
}

import { z } from "zod";

// Kept free of the zxcvbn dictionaries so forms stay light; the common/personal checks run on the
// server with checkNewPassword (lib/auth/password-policy.ts). Same limits, counted in code points.
const MIN = 12;
const MAX = 128;
const codePoints = (value: string) => [...value.normalize("NFC")].length;

export const newPasswordInput = z
  .object({
    password: z
      .string({ error: "Bitte geben Sie ein Passwort ein." })
      .refine((v) => codePoints(v) >= MIN, `Das Passwort muss mindestens ${MIN} Zeichen lang sein.`)
      .refine((v) => codePoints(v) <= MAX, `Das Passwort darf höchstens ${MAX} Zeichen lang sein.`),
    passwordRepeat: z.string({ error: "Bitte wiederholen Sie das Passwort." }),
  })
  .refine((v) => v.password === v.passwordRepeat, {
    message: "Die Passwörter stimmen nicht überein.",
    path: ["passwordRepeat"],
  });
export type NewPasswordInput = z.infer<typeof newPasswordInput>;

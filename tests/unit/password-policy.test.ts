import { describe, expect, it } from "vitest";
import { checkNewPassword } from "@/lib/auth/password-policy";
import { passwordStrength } from "@/lib/auth/password-strength";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { newPasswordInput } from "@/lib/validation/new-password";

const nobody = {};
// Random-looking, no dictionary words: what a password manager would produce.
const RANDOM_12 = "k7#Vq9!mLz2P";

describe("new password policy", () => {
  it("refuses 11 characters and accepts a random-looking password of 12", () => {
    expect(checkNewPassword(RANDOM_12.slice(0, 11), nobody)).toMatchObject({ ok: false, code: "too_short" });
    expect(checkNewPassword(RANDOM_12, nobody)).toEqual({ ok: true });
  });

  it("refuses more than 128 characters with a message key that reads in German and English", () => {
    const result = checkNewPassword("xQ7!".repeat(32) + "a", nobody);
    expect(result).toEqual({ ok: false, code: "too_long", message: "onboarding.password.validation.tooLong" });
    if (result.ok) return;
    expect(translateMessage(translatorFor("de-DE"), result.message)).toBe("Das Passwort darf höchstens 128 Zeichen lang sein.");
    expect(translateMessage(translatorFor("en-GB"), result.message)).toBe("The password must not be longer than 128 characters.");
  });

  it("counts an umlaut and an emoji as one character each", () => {
    // 11 code points, but 12 UTF-16 units: still too short
    expect(checkNewPassword("k7#Vq9!mLz😀", nobody)).toMatchObject({ ok: false, code: "too_short" });
    // 12 code points (13 UTF-16 units)
    expect(checkNewPassword("k7#Vq9!mLzä😀", nobody)).toEqual({ ok: true });
    // a decomposed umlaut (a + combining diaeresis) counts as one as well: 11 code points after NFC
    expect(checkNewPassword("k7#Vq9!mLa\u0308😀", nobody)).toMatchObject({ ok: false, code: "too_short" });
    expect(checkNewPassword("k7#Vq9!mLa\u0308😀z", nobody)).toEqual({ ok: true });
  });

  it.each(["passwort1234", "Passwort12345", "123456789012", "qwertzuiop123", "Passwort!Passwort!"])(
    "refuses the common password %s",
    (password) => {
      const result = checkNewPassword(password, nobody);
      expect(result).toMatchObject({ ok: false, code: "common" });
      if (!result.ok) expect(result.message).toBe("onboarding.password.validation.common");
    },
  );

  it("accepts a passphrase of several words", () => {
    expect(checkNewPassword("Korrekt-Pferd-Batterie-42", nobody)).toEqual({ ok: true });
  });

  it("refuses a password containing the user's first or last name, case-insensitive", () => {
    const max = { firstName: "Max", lastName: "Mustermann" };
    expect(checkNewPassword("Max.Mustermann-2026", max)).toEqual({
      ok: false,
      code: "personal",
      message: "onboarding.password.validation.personal",
    });
    expect(checkNewPassword("xq7!MUSTERMANN!zz", { lastName: "Mustermann" })).toMatchObject({ code: "personal" });
    expect(checkNewPassword("Blau-Elefant-MAX-91", { firstName: "Max" })).toMatchObject({ code: "personal" });
  });

  it("refuses a password containing the e-mail local part or the domain label", () => {
    const email = { email: "erika.schmidt@versicherung-meier.de" };
    expect(checkNewPassword("erika.schmidt#Q7v!", email)).toMatchObject({ code: "personal" });
    expect(checkNewPassword("Q7v!Schmidt#rot-gelb", email)).toMatchObject({ code: "personal" });
    expect(checkNewPassword("Meier#Q7v!rot-gelb", email)).toMatchObject({ code: "personal" });
    expect(checkNewPassword("Q7v!versicherung-meier#x", email)).toMatchObject({ code: "personal" });
  });

  it("ignores name parts shorter than 3 characters and freemail domains", () => {
    expect(checkNewPassword(`Li${RANDOM_12}`, { firstName: "Li" })).toEqual({ ok: true });
    expect(checkNewPassword(`gmx${RANDOM_12}`, { email: "zq@gmx.de" })).toEqual({ ok: true });
  });
});

describe("password strength meter", () => {
  it("labels weak and strong passwords with catalog keys", () => {
    const level = "onboarding.password.strength.levels";
    expect(passwordStrength("", {})).toMatchObject({ score: 0, label: `${level}.veryWeak` });
    expect(passwordStrength("passwort1234", {})).toMatchObject({ score: 1, label: `${level}.weak` });
    expect(passwordStrength("Fußball12345", {})).toMatchObject({ score: 2, label: `${level}.fair` });
    expect(passwordStrength("Korrekt-Pferd-Batterie-42", {})).toMatchObject({ score: 4, label: `${level}.veryStrong` });
  });

  it("turns zxcvbn's feedback into catalog keys that exist", () => {
    const { feedback } = passwordStrength("passwort1234", {});
    expect(feedback).toMatch(/^onboarding\.password\.strength\.(warnings|suggestions)\./);
    expect(translateMessage(translatorFor("de-DE"), feedback!)).not.toBe(translatorFor("de-DE")("common.errors.checkInput"));
  });

  it("rates a password containing the user's name as very weak", () => {
    const personal = { firstName: "Max", lastName: "Mustermann" };
    expect(passwordStrength("Max.Mustermann-2026", personal)).toEqual({
      score: 0,
      label: "onboarding.password.strength.levels.veryWeak",
      feedback: "onboarding.password.strength.personal",
    });
  });

  it("never calls a password shorter than 12 characters strong", () => {
    const result = passwordStrength("k7#Vq9!mL", {});
    expect(result.score).toBeLessThanOrEqual(1);
    expect(translateMessage(translatorFor("de-DE"), result.feedback!)).toBe("Noch 3 Zeichen bis zur Mindestlänge von 12.");
    expect(translateMessage(translatorFor("en-GB"), result.feedback!)).toBe(
      "3 more characters to reach the minimum length of 12.",
    );
  });
});

describe("new password form schema", () => {
  it("refuses mismatching repetitions on the repeat field", () => {
    const result = newPasswordInput.safeParse({ password: RANDOM_12, passwordRepeat: `${RANDOM_12}x` });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["passwordRepeat"], message: "onboarding.password.validation.mismatch" }),
    ]);
  });

  it("checks the length in code points and accepts a matching pair", () => {
    expect(newPasswordInput.safeParse({ password: "k7#Vq9!mLz😀", passwordRepeat: "k7#Vq9!mLz😀" }).success).toBe(false);
    expect(newPasswordInput.safeParse({ password: RANDOM_12, passwordRepeat: RANDOM_12 }).success).toBe(true);
  });
});

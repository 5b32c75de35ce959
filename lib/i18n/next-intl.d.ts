import type { AppLocale } from "./locales";
import type { Messages } from "./messages/catalog";

// Typed keys: t("login.title") compiles only if the German catalog has it.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}

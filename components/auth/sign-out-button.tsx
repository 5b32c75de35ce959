"use client";

import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("login");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className={className}>
      {t("signOut")}
    </button>
  );
}

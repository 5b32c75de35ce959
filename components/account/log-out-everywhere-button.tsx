"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { logOutEverywhereAction } from "@/lib/actions/account/log-out-everywhere";

export function LogOutEverywhereButton() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    if (!window.confirm("Wirklich auf allen Geräten abmelden? Auch dieses Gerät wird abgemeldet.")) return;
    setPending(true);
    setError(null);
    try {
      const result = await logOutEverywhereAction();
      if (!result.ok) {
        setError(result.error);
        setPending(false);
        return;
      }
      // The cookie here is already invalid; removing it sends the browser to the login page.
      await signOut({ callbackUrl: "/login" });
    } catch {
      setError("Das hat nicht geklappt. Bitte versuchen Sie es erneut.");
      setPending(false);
    }
  }

  return (
    <div>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? "Wird abgemeldet …" : "Überall abmelden"}
      </button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Seite nicht gefunden</h1>
      <p className="mt-3 text-slate-600">
        Diese Seite gibt es nicht oder sie ist für Sie nicht freigegeben. Wenn Sie einen Link Ihres Maklers verwenden, wenden Sie
        sich bitte an Ihren Ansprechpartner.
      </p>
      <Link href="/" className="text-brand mt-6 inline-block font-medium underline">
        Zur Startseite
      </Link>
    </main>
  );
}

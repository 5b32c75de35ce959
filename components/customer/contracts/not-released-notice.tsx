/** The friendly answer on a folder page whose section the broker has not released (instead of a 404 or an error). */
export function NotReleasedNotice({ title, text }: { title: string; text: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{text}</p>
    </div>
  );
}

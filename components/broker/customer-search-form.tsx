/** Plain GET form: works without JavaScript and keeps the search in the URL. */
export function CustomerSearchForm({ defaultValue }: { defaultValue: string }) {
  return (
    <form role="search" action="/broker" className="flex w-full gap-2 sm:w-auto">
      <label htmlFor="customer-search" className="sr-only">
        Kunden suchen
      </label>
      <input
        id="customer-search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Name, Kundennr., E-Mail, Policennr."
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm sm:w-80"
      />
      <button className="bg-brand rounded-lg px-4 py-2 text-sm font-medium text-white">Suchen</button>
    </form>
  );
}

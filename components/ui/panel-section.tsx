import type { ReactNode } from "react";

type Props = {
  /** id of the heading; the section is labelled by it */
  id: string;
  title: ReactNode;
  /** extra classes of the section (padding from sm up, spacing, grid placement) */
  className?: string;
  /** extra classes of the heading (its spacing) */
  headingClassName?: string;
  children: ReactNode;
};

/** A white card section with its h2 as the accessible name. */
export function PanelSection({ id, title, className = "", headingClassName = "", children }: Props) {
  return (
    <section aria-labelledby={id} className={`rounded-2xl border border-slate-200 bg-white p-4 ${className}`}>
      <h2 id={id} className={`text-lg font-semibold ${headingClassName}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

import type { ReactNode } from "react";

const SHOWN_FROM = { md: "md:block", xl: "xl:block" } as const;

type Props = {
  /** read by screen readers only */
  caption: ReactNode;
  /** the column headings (ColumnHeading) */
  columns: ReactNode;
  /** the rows (<tr>) */
  children: ReactNode;
  /** the width from which the table replaces the cards shown on phones */
  from?: keyof typeof SHOWN_FROM;
  testId?: string;
};

/** The wide-screen table of a list whose phone view is cards: framed, captioned, with a header row. */
export function DesktopTable({ caption, columns, children, from = "md", testId }: Props) {
  return (
    <div className={`hidden overflow-x-auto rounded-2xl border border-slate-200 bg-white ${SHOWN_FROM[from]}`}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>{columns}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** A column heading of a DesktopTable; `className` sets padding and alignment. */
export function ColumnHeading({ children, className = "px-4 py-3" }: { children: ReactNode; className?: string }) {
  return (
    <th scope="col" className={className}>
      {children}
    </th>
  );
}

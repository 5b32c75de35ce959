import Link from "next/link";

const TONES = {
  plain: {
    box: "rounded-2xl border border-slate-200 bg-white p-6",
    hint: "mt-2 text-slate-600",
    link: "text-brand-ink mt-4 inline-block font-medium underline-offset-2 hover:underline",
  },
  warning: {
    box: "rounded-2xl border border-amber-300 bg-amber-50 p-6 text-amber-950",
    hint: "mt-2",
    link: "mt-4 inline-block font-medium underline",
  },
} as const;

type Props = {
  title: string;
  text: string;
  hint: string;
  link: { href: string; label: string };
  tone?: keyof typeof TONES;
  testId?: string;
};

/**
 * A portal section's page when it cannot show its content (module not released, a household member's
 * folder): the section's heading and a boxed note with the way out.
 */
export function SectionNotice({ title, text, hint, link, tone = "plain", testId }: Props) {
  const classes = TONES[tone];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <div className={classes.box} data-testid={testId}>
        <p className="font-medium">{text}</p>
        <p className={classes.hint}>{hint}</p>
        <Link href={link.href} className={classes.link}>
          {link.label}
        </Link>
      </div>
    </div>
  );
}

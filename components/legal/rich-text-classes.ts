// Readable typography for the stored rich text (editor and public pages look the same), with
// Tailwind's arbitrary child selectors instead of a typography plugin.
export const RICH_TEXT_CLASSES =
  "text-slate-800 leading-relaxed break-words [&_p]:my-2 [&_h2]:mt-6 [&_h2]:mb-2 [&_h2]:text-lg [&_h2]:font-semibold " +
  "[&_h3]:mt-4 [&_h3]:mb-1 [&_h3]:font-semibold [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal " +
  "[&_ol]:pl-6 [&_li]:my-0.5 [&_li>p]:my-0 [&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 " +
  "[&_blockquote]:pl-3 [&_a]:text-brand [&_a]:underline [&_a]:underline-offset-2 [&_strong]:font-semibold";

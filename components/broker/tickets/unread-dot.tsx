/** The visual unread marker; screen readers get the word "Ungelesen" next to the subject instead. */
export function UnreadDot() {
  return <span className="bg-brand inline-block size-2 shrink-0 rounded-full" aria-hidden="true" />;
}

/**
 * Text from the records, in any script, inside a line of the interface: isolated in a `<bdi>` so
 * that an Arabic name on a French page (or the reverse) does not reorder what is around it. Text
 * that already isolates its own parts (a list of names from lib/i18n/list-format.ts joinNames,
 * U+2068…U+2069) is shown in the page's direction instead: a `<bdi>` would lay the whole list out in
 * its first name's direction and reverse the names and their separators.
 */
export function RecordText({ text, className, title }: { text: string; className?: string; title?: string }) {
  return text.includes("\u2068") ? (
    <span className={className} title={title}>
      {text}
    </span>
  ) : (
    <bdi className={className} title={title}>
      {text}
    </bdi>
  );
}

import { safeWebUrl } from '#src/shared/lib/url.ts';

/** A stored address as a link when it is a web address (http or https, `safeWebUrl`); anything else as plain text. */
export function WebLink({ value }: { value: string }) {
  const href = safeWebUrl(value);
  if (!href) return <span dir="auto">{value}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" dir="auto" className="web-link">
      {value}
    </a>
  );
}

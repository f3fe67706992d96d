/**
 * The generated page as the CMS will show it: the very HTML of lib/publications/html.ts (escaped
 * there, built only from records), styled from outside so that the file itself stays clean.
 */
import "./publication.css";

export function PublicationArticle({ html, label }: { html: string; label: string }) {
  return <div className="publication" role="region" aria-label={label} data-testid="publication-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

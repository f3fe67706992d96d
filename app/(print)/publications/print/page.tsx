import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/countries/print-button";
import { PublicationArticle } from "@/components/publications/publication-article";
import { requirePermission } from "@/lib/auth/session";
import { renderArticleHtml } from "@/lib/publications/html";
import { assertMayPublish } from "@/lib/publications/queries";
import { fetchCooperationDocumentOrLimit, parsePublicationQuery, publicationSearch } from "@/lib/publications/view";
import { titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";

export const generateMetadata = titleMetadata("publications", "title");

/** The generated page laid out for A4 (the print layout's @page), to print or save as PDF. */
export default async function PublicationPrintPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("read", "event");
  assertMayPublish(user);
  const { query } = parsePublicationQuery(await searchParams);
  const { doc, tooLarge } = fetchCooperationDocumentOrLimit(user, query);
  const t = await getTranslations("publications");
  if (!doc)
    return (
      <div className="flex flex-col gap-4">
        <Link href={`/publications?${publicationSearch(query)}`} className="text-sm text-primary hover:underline">
          {t("back")}
        </Link>
        <p role="alert">{t("tooLarge", tooLarge ?? { count: 0, max: 0 })}</p>
      </div>
    );
  return (
    <div className="flex flex-col gap-4" lang={doc.lang} dir={doc.dir}>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/publications?${publicationSearch(query)}`} className="text-sm text-primary hover:underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <PublicationArticle html={renderArticleHtml(doc)} label={doc.title} />
    </div>
  );
}

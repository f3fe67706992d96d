import { getTranslations } from "next-intl/server";
import { PublicationArticle } from "@/components/publications/publication-article";
import { PublicationDownloads } from "@/components/publications/publication-downloads";
import { PublicationPeriodForm } from "@/components/publications/period-form";
import { PublishingLists } from "@/components/publications/publishing-lists";
import { requirePermission } from "@/lib/auth/session";
import { fetchPublicationsPage, parsePublicationQuery, publicationSearch } from "@/lib/publications/view";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("publications", "title");

/** What the department publishes: the cooperation page of a period, its downloads, IATI files. */
export default async function PublicationsPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("read", "event");
  const [t, locale] = [await getTranslations("publications"), await pageLocale()];
  const { query, typed, errors } = parsePublicationQuery(await searchParams);
  const page = fetchPublicationsPage(user, query, locale);
  return (
    <RouteMessages route="publications">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
        <PublicationPeriodForm values={typed} errors={errors} />
        <PublicationDownloads search={publicationSearch(query)} iatiFirstProject={page.iatiFirstProject} />
        <section aria-labelledby="preview" className="flex flex-col gap-2">
          <h2 id="preview" className="text-xl font-bold">
            {t("preview")}
          </h2>
          {page.articleHtml === null ? (
            <p role="alert" className="rounded-lg border border-warning bg-warning/10 p-4 text-sm">
              {t("tooLarge", page.tooLarge ?? { count: 0, max: 0 })}
            </p>
          ) : (
            <div className="rounded-lg border bg-white p-4 text-black shadow-sm sm:p-6">
              <PublicationArticle html={page.articleHtml} label={t("preview")} />
            </div>
          )}
        </section>
        <PublishingLists lists={page.lists} locale={locale} />
      </div>
    </RouteMessages>
  );
}

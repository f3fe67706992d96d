import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { dataQualityEntityHref, fetchDataQualityIssues } from "@/lib/data-quality/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("dataQuality"))("title") };
}

export default async function DataQualityPage() {
  const user = await requirePermission("read", "dataQuality");
  const [t, locale] = [await getTranslations("dataQuality"), await getLocale()];
  const issues = fetchDataQualityIssues(user);
  const note = (i: (typeof issues)[number]) => (locale === "fr" ? i.noteFr : locale === "en" ? i.noteEn : i.noteAr);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro", { count: issues.length })}</p>
      </div>
      <ol className="flex flex-col gap-3">
        {issues.map((issue) => {
          const href = dataQualityEntityHref(issue.entityType, issue.entityId);
          return (
            <li key={issue.id}>
              <Card>
                <CardHeader>
                  <CardTitle className="flex flex-wrap items-center gap-2 text-base">
                    <Badge variant={issue.kind === "repeated" || issue.kind === "inconsistent" ? "warning" : "secondary"}>
                      {t(`kinds.${issue.kind}`)}
                    </Badge>
                    {href && (
                      <Link href={href} className="text-sm font-normal text-primary underline-offset-4 hover:underline">
                        {t("openRecord")}
                      </Link>
                    )}
                  </CardTitle>
                </CardHeader>
                <CardContent className="flex flex-col gap-2">
                  <p>{note(issue)}</p>
                  <blockquote lang="ar" dir="rtl" className="border-s-4 border-muted ps-3 text-sm text-muted-foreground">
                    {issue.sourceExcerpt}
                  </blockquote>
                </CardContent>
              </Card>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

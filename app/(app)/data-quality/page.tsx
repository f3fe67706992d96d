import { getTranslations } from "next-intl/server";
import { DataQualityFiltersForm } from "@/components/data-quality/data-quality-filters";
import { DataQualityList } from "@/components/data-quality/data-quality-list";
import { Pagination } from "@/components/shell/pagination";
import { requirePermission } from "@/lib/auth/session";
import { fetchDataQualityView } from "@/lib/data-quality/queries";
import { dataQualityFiltersSchema } from "@/lib/data-quality/schema";
import { PageHeading } from "@/components/page-kit/page-heading";
import { listLinks } from "@/lib/pages/list-url";
import { titleMetadata } from "@/lib/pages/locale";
import type { SearchPageProps } from "@/lib/pages/list";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("dataQuality", "title");

export default async function DataQualityPage({ searchParams }: SearchPageProps) {
  const user = await requirePermission("read", "dataQuality");
  const raw = await searchParams;
  const first = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : undefined);
  const filters = dataQualityFiltersSchema.parse({ kind: first("kind"), type: first("type"), state: first("state") });
  const [t, view] = [await getTranslations("dataQuality"), fetchDataQualityView(user, filters, Number(first("page") ?? 1))];
  const { params } = listLinks("/data-quality", filters, ["kind", "type", "state"], { state: "open" });
  return (
    <RouteMessages route="data-quality">
      <div className="flex flex-col gap-4">
        <PageHeading title={t("title")} intro={t("workIntro", { count: view.openTotal })} />
        <DataQualityFiltersForm filters={filters} />
        <DataQualityList view={view} />
        <Pagination basePath="/data-quality" params={params} page={view.page} pageCount={view.pageCount} total={view.total} />
      </div>
    </RouteMessages>
  );
}

import { getTranslations } from "next-intl/server";
import { DataQualityFiltersForm } from "@/components/data-quality/data-quality-filters";
import { DataQualityList } from "@/components/data-quality/data-quality-list";
import { Pagination } from "@/components/shell/pagination";
import { requirePermission } from "@/lib/auth/session";
import { fetchDataQualityView } from "@/lib/data-quality/queries";
import { dataQualityFiltersSchema } from "@/lib/data-quality/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("dataQuality"))("title") };
}

export default async function DataQualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read", "dataQuality");
  const raw = await searchParams;
  const first = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : undefined);
  const filters = dataQualityFiltersSchema.parse({ kind: first("kind"), type: first("type"), state: first("state") });
  const [t, view] = [await getTranslations("dataQuality"), fetchDataQualityView(user, filters, Number(first("page") ?? 1))];
  const params = { kind: filters.kind, type: filters.type, state: filters.state === "open" ? undefined : filters.state };
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("workIntro", { count: view.openTotal })}</p>
      </div>
      <DataQualityFiltersForm filters={filters} />
      <DataQualityList view={view} />
      <Pagination basePath="/data-quality" params={params} page={view.page} pageCount={view.pageCount} total={view.total} />
    </div>
  );
}

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ImportFlow } from "@/components/imports/import-flow";
import { requireUser } from "@/lib/auth/session";
import { fetchImportPage } from "@/lib/imports/queries";
import { cn } from "@/lib/utils";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("imports", "title");

export default async function ImportsPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const user = await requireUser();
  const { kind } = await searchParams;
  const view = fetchImportPage(user, Array.isArray(kind) ? kind[0] : kind, await pageLocale());
  const t = await getTranslations("imports");
  return (
    <RouteMessages route="imports">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
        <nav aria-label={t("kindsLabel")} className="flex flex-wrap gap-1 border-b">
          {view.kinds.map((k) => (
            <Link
              key={k}
              href={`/imports?kind=${k}`}
              aria-current={k === view.kind ? "page" : undefined}
              className={cn("-mb-px border-b-2 px-3 py-2 text-sm", k === view.kind ? "border-primary font-semibold" : "border-transparent text-muted-foreground hover:text-foreground")}
            >
              {t(`kinds.${k}`)}
            </Link>
          ))}
        </nav>
        <ImportFlow key={view.kind} kind={view.kind} columns={view.columns} />
      </div>
    </RouteMessages>
  );
}

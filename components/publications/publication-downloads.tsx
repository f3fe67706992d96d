/**
 * The outputs of the generated page (clean HTML for the CMS, Word, the A4 print view for a PDF)
 * and the IATI activity files (all validated projects, or one).
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Download, FileCode2, FileText, Printer } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { IatiProjectForm } from "./iati-project-form";
import { LabelledSection } from "@/components/sections/labelled-section";

export async function PublicationDownloads({ search, iatiFirstProject }: { search: string; iatiFirstProject: { value: string; label: string } | null }) {
  const t = await getTranslations("publications");
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <LabelledSection id="downloads" title={t("downloads.heading")} className="gap-2 rounded-lg border bg-card p-4" headingClassName="font-semibold">
        <div className="flex flex-wrap gap-2">
          <a href={`/api/publications/cooperation-page?format=html&${search}`} className={buttonVariants({ variant: "outline", size: "sm" })} download>
            <FileCode2 aria-hidden className="size-4" />
            {t("downloads.html")}
          </a>
          <a href={`/api/publications/cooperation-page?format=docx&${search}`} className={buttonVariants({ variant: "outline", size: "sm" })} download>
            <FileText aria-hidden className="size-4" />
            {t("downloads.docx")}
          </a>
          <Link href={`/publications/print?${search}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
            <Printer aria-hidden className="size-4" />
            {t("downloads.print")}
          </Link>
        </div>
      </LabelledSection>
      <LabelledSection id="iati" title={t("iati.heading")} className="gap-2 rounded-lg border bg-card p-4" headingClassName="font-semibold">
        <p className="text-sm text-muted-foreground">{t("iati.intro")}</p>
        <div className="flex flex-wrap items-end gap-2">
          <a href="/api/iati/activities" className={buttonVariants({ variant: "outline", size: "sm" })} download>
            <Download aria-hidden className="size-4" />
            {t("iati.all")}
          </a>
          <IatiProjectForm first={iatiFirstProject} labels={{ project: t("iati.one"), download: t("iati.download") }} />
        </div>
      </LabelledSection>
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/projects/project-form";
import { requirePermission } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { projectFormChoices } from "@/lib/projects/form-values";
import { fetchProjectFormOptions } from "@/lib/projects/queries";
import { emptyProjectForm } from "@/lib/projects/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("projects"))("new") };
}

/** `/projects/new?programme=<id>` starts the project inside that programme. */
export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ programme?: string }> }) {
  const user = await requirePermission("create", "project");
  const [t, locale] = [await getTranslations("projects"), await getLocale()];
  const options = fetchProjectFormOptions(user);
  const programme = (await searchParams).programme;
  const programmeId = programme && options.programmes.some((p) => String(p.id) === programme) ? programme : "";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <ProjectForm mode="create" initialValues={emptyProjectForm(programmeId)} choices={projectFormChoices(options, isLocale(locale) ? locale : "ar")} />
    </div>
  );
}

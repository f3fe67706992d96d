import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/projects/project-form";
import { requirePermission } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates/partial-date";
import { isLocale } from "@/lib/i18n/config";
import { projectFormChoices, projectLabel, projectToFormValues } from "@/lib/projects/form-values";
import { fetchProject, fetchProjectFormOptions } from "@/lib/projects/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("projects"))("edit") };
}

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("update", "project");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const stored = fetchProject(user, id, todayIn());
  if (!stored) notFound();
  const [t, current] = [await getTranslations("projects"), await getLocale()];
  const locale = isLocale(current) ? current : "ar";
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("edit")}</h1>
        <p className="text-muted-foreground" dir="auto">
          {projectLabel(stored.project, locale)}
        </p>
      </div>
      <ProjectForm
        mode="edit"
        projectId={id}
        version={stored.project.version}
        initialValues={projectToFormValues(stored)}
        choices={projectFormChoices(fetchProjectFormOptions(user), locale)}
      />
    </div>
  );
}

import { FormPage } from "@/components/page-kit/form-page";
import { ProjectForm } from "@/components/projects/project-form";
import { todayIn } from "@/lib/dates/partial-date";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { recordForPage, type RecordPageProps } from "@/lib/pages/record";
import { projectFormChoices, projectLabel, projectToFormValues } from "@/lib/projects/form-values";
import { fetchProject, fetchProjectFormOptions } from "@/lib/projects/queries";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("projects", "edit");

export default async function EditProjectPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "update", "project", (user, id) => fetchProject(user, id, todayIn()));
  const locale = await pageLocale();
  return (
    <RouteMessages route="projects/form">
      <FormPage namespace="projects" mode="edit" recordName={projectLabel(stored.project, locale)}>
        <ProjectForm
          mode="edit"
          projectId={id}
          version={stored.project.version}
          initialValues={projectToFormValues(stored)}
          choices={projectFormChoices(fetchProjectFormOptions(user), locale)}
        />
      </FormPage>
    </RouteMessages>
  );
}

import { FormPage } from "@/components/page-kit/form-page";
import { ProjectForm } from "@/components/projects/project-form";
import { requirePermission } from "@/lib/auth/session";
import { pageLocale, titleMetadata } from "@/lib/pages/locale";
import { projectFormChoices } from "@/lib/projects/form-values";
import { fetchProjectFormOptions } from "@/lib/projects/queries";
import { emptyProjectForm } from "@/lib/projects/schema";
import { RouteMessages } from "@/components/shell/route-messages";

export const generateMetadata = titleMetadata("projects", "new");

/** `/projects/new?programme=<id>` starts the project inside that programme. */
export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ programme?: string }> }) {
  const user = await requirePermission("create", "project");
  const options = fetchProjectFormOptions(user);
  const programme = (await searchParams).programme;
  const programmeId = programme && options.programmes.some((p) => String(p.id) === programme) ? programme : "";
  return (
    <RouteMessages route="projects/form">
      <FormPage namespace="projects" mode="new">
        <ProjectForm mode="create" initialValues={emptyProjectForm(programmeId)} choices={projectFormChoices(options, await pageLocale())} />
      </FormPage>
    </RouteMessages>
  );
}

/** The pages a change to a project (or one of its milestones) makes stale. */
import "server-only";
import { revalidatePath } from "next/cache";

/** Revalidates the projects list, the project's page and its programme's page. */
export function revalidateProjects(projectId?: number, programmeId?: number | null): void {
  revalidatePath("/projects");
  if (projectId) revalidatePath(`/projects/${projectId}`);
  if (programmeId) revalidatePath(`/programmes/${programmeId}`);
}

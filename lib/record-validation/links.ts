/** Where a record of the validation queue lives in the app (pure; used by pages and components). */
import type { ValidationEntityType } from "./schema";

/**
 * The page of one record: its own page, or, for a milestone (activity), its project's page.
 * @param projectId the milestone's project (ignored for other types)
 */
export function recordPath(entityType: ValidationEntityType, id: number, projectId?: number | null): string {
  switch (entityType) {
    case "meeting":
      return `/meetings/${id}`;
    case "project":
      return `/projects/${id}`;
    case "agreement":
      return `/agreements/${id}`;
    case "organisation":
      return `/organisations/${id}`;
    case "person":
      return `/people/${id}`;
    case "activity":
      return `/projects/${projectId ?? ""}`;
  }
}

/**
 * The buttons at the end of a record page's header, in the order every record page shows them:
 * edit, the record's own extras (merge…), archive, restore; each only where the record's
 * abilities (from its room's detail query) allow it.
 */
import { ArchiveButton } from "@/components/forms/archive-button";
import { EditLink } from "@/components/shell/record-page";

type ArchiveAction = React.ComponentProps<typeof ArchiveButton>["action"];

/**
 * @param basePath the record's list (`/people`): the edit link is `${basePath}/${id}/edit`, and
 *   archiving goes back to the list
 * @param version the record's row version, which archive and restore check
 * @param restore the room's restore action, for a record that can come back (not meetings)
 * @param children buttons between edit and archive (e.g. the merge dialog)
 */
export function RecordActions({
  basePath,
  id,
  version,
  abilities,
  editLabel,
  archive,
  restore,
  children,
}: {
  basePath: string;
  id: number;
  version: number;
  abilities: { update?: boolean; archive?: boolean; restore?: boolean };
  editLabel: string;
  archive: ArchiveAction;
  restore?: ArchiveAction;
  children?: React.ReactNode;
}) {
  return (
    <>
      {abilities.update && <EditLink href={`${basePath}/${id}/edit`} label={editLabel} />}
      {children}
      {abilities.archive && <ArchiveButton kind="archive" action={archive} id={id} version={version} redirectTo={basePath} />}
      {abilities.restore && restore && <ArchiveButton kind="restore" action={restore} id={id} version={version} />}
    </>
  );
}

"use client";

/**
 * Archive (with a confirmation) or restore a project or a programme. Shown only to those the
 * permission table allows; the server checks again.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Archive, ArchiveRestore } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ActionErrorText, useActionRunner } from "@/components/forms/action-runner";
import { archiveProgramme, restoreProgramme } from "@/lib/programmes/actions";
import { archiveProject, restoreProject } from "@/lib/projects/actions";

const actions = {
  project: { archive: archiveProject, restore: restoreProject },
  programme: { archive: archiveProgramme, restore: restoreProgramme },
};

export function ArchiveControls({
  kind,
  id,
  version,
  archived,
  afterArchive,
}: {
  kind: "project" | "programme";
  id: number;
  version: number;
  archived: boolean;
  /** Where to go once archived (the record leaves the lists). */
  afterArchive: string;
}) {
  const t = useTranslations("projects.archive");
  const router = useRouter();
  const { pending, error, run } = useActionRunner();

  return (
    <div className="flex flex-col items-end gap-1">
      {archived ? (
        <Button
          type="button"
          variant="outline"
          disabled={pending}
          onClick={() => run(() => actions[kind].restore({ id, version }))}
        >
          <ArchiveRestore aria-hidden className="size-4" />
          {t("restore")}
        </Button>
      ) : (
        <ConfirmDialog
          trigger={
            <Button type="button" variant="outline" disabled={pending}>
              <Archive aria-hidden className="size-4" />
              {t("archive")}
            </Button>
          }
          title={t(kind === "project" ? "confirmProjectTitle" : "confirmProgrammeTitle")}
          description={t("confirmBody")}
          cancelLabel={t("cancel")}
          confirmLabel={t("archive")}
          onConfirm={() =>
            run(
              () => actions[kind].archive({ id, version }),
              () => router.push(afterArchive),
            )
          }
        />
      )}
      <ActionErrorText error={error} />
    </div>
  );
}

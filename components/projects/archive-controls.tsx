"use client";

/**
 * Archive (with a confirmation) or restore a project or a programme. Shown only to those the
 * permission table allows; the server checks again.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Archive, ArchiveRestore } from "lucide-react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { archiveProgramme, restoreProgramme } from "@/lib/programmes/actions";
import { archiveProject, restoreProject } from "@/lib/projects/actions";

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
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: "archive" | "restore") {
    setBusy(true);
    setError(null);
    const call = kind === "project" ? (action === "archive" ? archiveProject : restoreProject) : action === "archive" ? archiveProgramme : restoreProgramme;
    const result = await call({ id, version });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (action === "archive") router.push(afterArchive);
    router.refresh();
  }

  return (
    <div className="flex flex-col items-end gap-1">
      {archived ? (
        <Button type="button" variant="outline" disabled={busy} onClick={() => run("restore")}>
          <ArchiveRestore aria-hidden className="size-4" />
          {t("restore")}
        </Button>
      ) : (
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button type="button" variant="outline" disabled={busy}>
              <Archive aria-hidden className="size-4" />
              {t("archive")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t(kind === "project" ? "confirmProjectTitle" : "confirmProgrammeTitle")}</AlertDialogTitle>
              <AlertDialogDescription>{t("confirmBody")}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
              <AlertDialogAction onClick={() => run("archive")}>{t("archive")}</AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {te.has(error) ? te(error) : te("failed")}
        </p>
      )}
    </div>
  );
}

"use client";

/**
 * Archive or restore a record after a confirmation. The action is the feature's server action
 * (it checks the permission again); the button is shown only to roles the table allows.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Archive, ArchiveRestore } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ActionErrorText, useActionRunner } from "@/components/forms/action-runner";
import type { ActionResult } from "@/lib/write/run-mutation";

export function ArchiveButton({
  kind,
  action,
  id,
  version,
  redirectTo,
}: {
  kind: "archive" | "restore";
  action: (input: { id: number; version: number }) => Promise<ActionResult<unknown>>;
  id: number;
  version: number;
  /** Where to go after archiving (a list); restoring stays on the page. */
  redirectTo?: string;
}) {
  const t = useTranslations("records");
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const Icon = kind === "archive" ? Archive : ArchiveRestore;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" disabled={pending}>
          <Icon aria-hidden className="size-4" />
          {t(kind)}
        </Button>
      }
      title={t(`${kind}ConfirmTitle`)}
      description={t(`${kind}ConfirmBody`)}
      cancelLabel={t("cancel")}
      confirmLabel={t(kind)}
      onConfirm={(event) => {
        // The dialog stays open until the action answers, so that a refusal is shown in it.
        event.preventDefault();
        run(
          () => action({ id, version }),
          () => redirectTo && router.push(redirectTo),
        );
      }}
    >
      <ActionErrorText error={error} />
    </ConfirmDialog>
  );
}

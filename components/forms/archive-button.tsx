"use client";

/**
 * Archive or restore a record after a confirmation. The action is the feature's server action
 * (it checks the permission again); the button is shown only to roles the table allows.
 */
import { useState, useTransition } from "react";
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
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const Icon = kind === "archive" ? Archive : ArchiveRestore;
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" disabled={pending}>
          <Icon aria-hidden className="size-4" />
          {t(kind)}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t(`${kind}ConfirmTitle`)}</AlertDialogTitle>
          <AlertDialogDescription>{t(`${kind}ConfirmBody`)}</AlertDialogDescription>
        </AlertDialogHeader>
        {error && (
          <p role="alert" className="text-sm font-medium text-destructive">
            {te.has(error) ? te(error) : te("failed")}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            onClick={(event) => {
              event.preventDefault();
              startTransition(async () => {
                const result = await action({ id, version });
                if (!result.ok) {
                  setError(result.message);
                  return;
                }
                if (redirectTo) router.push(redirectTo);
                router.refresh();
              });
            }}
          >
            {t(kind)}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

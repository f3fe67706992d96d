"use client";

/**
 * Merge another record of the same person (or organisation) into the one on the page: choose the
 * duplicate, read what will happen, confirm. The server moves every reference in one transaction.
 */
import { useId, useState } from "react";
import { AsyncCombobox } from "@/components/forms/async-combobox-field";
import type { Choice } from "@/lib/choices/schema";
import { useTranslations } from "next-intl";
import { Merge } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { ActionErrorText, useActionRunner } from "@/components/forms/action-runner";
import { FormDialog } from "@/components/forms/form-dialog";
import type { ActionResult } from "@/lib/write/run-mutation";

/**
 * `kind` says what the records are, for the dialog's title ("the same person" / "the same
 * organisation") and for the picker, which finds the duplicate as the user types (lib/choices).
 */
export function MergeDialog({
  kind,
  keepId,
  keepVersion,
  keepName,
  merge,
}: {
  kind: "person" | "organisation";
  keepId: number;
  keepVersion: number;
  keepName: string;
  merge: (input: { keepId: number; keepVersion: number; mergeId: number; mergeVersion: number }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("merge");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [candidate, setCandidate] = useState<Choice | null>(null);
  const { pending, error, run } = useActionRunner();
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      title={t(`titles.${kind}`)}
      description={t("help", { name: keepName })}
      trigger={
        <Button variant="outline">
          <Merge aria-hidden className="size-4" />
          {t("open")}
        </Button>
      }
    >
      <div className="grid gap-1.5">
        <Label htmlFor={id}>{t("duplicate")}</Label>
        <AsyncCombobox
          id={id}
          kind={kind}
          label={t("duplicate")}
          placeholder={t("choose")}
          value={candidate?.value ?? ""}
          exclude={String(keepId)}
          onChange={(_value, choice) => setCandidate(choice)}
        />
      </div>
      {candidate && (
        <p className="text-sm" data-testid="merge-summary">
          {t("summary", { duplicate: candidate.label, kept: keepName })}
        </p>
      )}
      <ActionErrorText error={error} />
      <DialogFooter>
        <Button
          disabled={!candidate || pending}
          onClick={() => {
            if (!candidate) return;
            run(
              () => merge({ keepId, keepVersion, mergeId: Number(candidate.value), mergeVersion: candidate.version ?? 0 }),
              () => {
                setOpen(false);
                setCandidate(null);
              },
            );
          }}
        >
          {t("confirm")}
        </Button>
      </DialogFooter>
    </FormDialog>
  );
}

"use client";

/**
 * Merge another record of the same person (or organisation) into the one on the page: choose the
 * duplicate, read what will happen, confirm. The server moves every reference in one transaction.
 */
import { useId, useState, useTransition } from "react";
import { AsyncCombobox } from "@/components/forms/async-combobox-field";
import type { Choice } from "@/lib/choices/schema";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Merge } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
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
  const te = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [candidate, setCandidate] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Merge aria-hidden className="size-4" />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t(`titles.${kind}`)}</DialogTitle>
          <DialogDescription>{t("help", { name: keepName })}</DialogDescription>
        </DialogHeader>
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
        {error && (
          <p role="alert" className="text-sm font-medium text-destructive">
            {te.has(error) ? te(error) : te("failed")}
          </p>
        )}
        <DialogFooter>
          <Button
            disabled={!candidate || pending}
            onClick={() => {
              if (!candidate) return;
              setError(null);
              startTransition(async () => {
                const result = await merge({ keepId, keepVersion, mergeId: Number(candidate.value), mergeVersion: candidate.version ?? 0 });
                if (!result.ok) {
                  setError(result.message);
                  return;
                }
                setOpen(false);
                setCandidate(null);
                router.refresh();
              });
            }}
          >
            {t("confirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

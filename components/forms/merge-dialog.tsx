"use client";

/**
 * Merge another record of the same person (or organisation) into the one on the page: choose the
 * duplicate, read what will happen, confirm. The server moves every reference in one transaction.
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Merge } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/write/run-mutation";

export type MergeCandidate = { id: number; version: number; label: string };

/**
 * `kind` says what the records are, for the dialog's title ("the same person" / "the same organisation").
 */
export function MergeDialog({
  kind,
  keepId,
  keepVersion,
  keepName,
  candidates,
  merge,
}: {
  kind: "person" | "organisation";
  keepId: number;
  keepVersion: number;
  keepName: string;
  candidates: MergeCandidate[];
  merge: (input: { keepId: number; keepVersion: number; mergeId: number; mergeVersion: number }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("merge");
  const te = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const candidate = candidates.find((c) => String(c.id) === chosen);
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
          {/* A native list: long, searchable by typing, and dependable inside a dialog. */}
          <select
            id={id}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            className="h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <option value="" disabled>
              {t("choose")}
            </option>
            {candidates.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.label}
              </option>
            ))}
          </select>
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
                const result = await merge({ keepId, keepVersion, mergeId: candidate.id, mergeVersion: candidate.version });
                if (!result.ok) {
                  setError(result.message);
                  return;
                }
                setOpen(false);
                setChosen("");
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

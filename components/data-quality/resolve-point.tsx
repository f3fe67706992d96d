"use client";

/**
 * A supervisor's actions on one data-quality point: mark it resolved with a note (required,
 * asked in a dialog, kept when the server refuses), or reopen a resolved one. The server action
 * checks the permission and the point's version again.
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { reopenDataQualityPoint, resolveDataQualityPoint } from "@/lib/data-quality/actions";

export function ResolvePoint({ id, version, resolved }: { id: number; version: number; resolved: boolean }) {
  const t = useTranslations("dataQuality");
  const te = useTranslations("errors");
  const router = useRouter();
  const noteId = useId();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorText = (key: string) => (te.has(key) ? te(key) : te("failed"));

  function resolve() {
    setError(null);
    setNoteError(null);
    startTransition(async () => {
      const result = await resolveDataQualityPoint({ id, version, note });
      if (!result.ok) {
        const key = result.fieldErrors?.note?.[0];
        if (key) setNoteError(key);
        else setError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  function reopen() {
    setError(null);
    startTransition(async () => {
      const result = await reopenDataQualityPoint({ id, version });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }

  if (resolved) {
    return (
      <div className="flex flex-col gap-1">
        <Button size="sm" variant="outline" onClick={reopen} disabled={pending} className="self-start">
          <RotateCcw aria-hidden className="size-4" />
          {t("reopen")}
        </Button>
        {error && (
          <p role="alert" className="text-sm font-medium text-destructive">
            {errorText(error)}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button size="sm" disabled={pending} className="self-start">
            <Check aria-hidden className="size-4" />
            {t("resolve")}
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{t("resolveTitle")}</DialogTitle>
          </DialogHeader>
          <div className="grid gap-1.5">
            <Label htmlFor={noteId}>
              {t("resolutionNote")}
              <span aria-hidden className="text-destructive">
                *
              </span>
            </Label>
            <Textarea
              id={noteId}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={!!noteError}
              aria-describedby={noteError ? `${noteId}-error` : undefined}
              aria-required
              dir="auto"
              rows={4}
            />
            {noteError && (
              <p id={`${noteId}-error`} role="alert" className="text-sm font-medium text-destructive">
                {errorText(noteError)}
              </p>
            )}
            {error && (
              <p role="alert" className="text-sm font-medium text-destructive">
                {errorText(error)}
              </p>
            )}
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">{t("cancel")}</Button>
            </DialogClose>
            <Button onClick={resolve} disabled={pending}>
              {t("resolveConfirm")}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      {error && !open && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}

"use client";

/**
 * A page form's last row: save (disabled, and saying so, while the action runs) and cancel, which
 * goes back to where the user came from without saving.
 */
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

export function FormActions({
  submitting,
  labels,
}: {
  submitting: boolean;
  /** The room's own words for the three states (e.g. `projects.form.save`). */
  labels: { save: string; saving: string; cancel: string };
}) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" disabled={submitting}>
        {submitting ? labels.saving : labels.save}
      </Button>
      <Button type="button" variant="ghost" onClick={() => router.back()}>
        {labels.cancel}
      </Button>
    </div>
  );
}

"use client";

/**
 * One project's IATI file: a GET form to the export route with the chosen project, picked by
 * search among the projects (so the page stays small however many there are); it starts on the
 * first validated project.
 */
import { useId, useState } from "react";
import { Download } from "@/components/ui/icons";
import { AsyncCombobox } from "@/components/forms/async-combobox-field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";

export function IatiProjectForm({ first, labels }: { first: { value: string; label: string } | null; labels: { project: string; download: string } }) {
  const id = useId();
  const [project, setProject] = useState(first?.value ?? "");
  if (!first) return null;
  return (
    <form method="get" action="/api/iati/activities" className="flex flex-wrap items-end gap-2">
      <div className="grid w-56 gap-1.5">
        <Label htmlFor={id}>{labels.project}</Label>
        <AsyncCombobox id={id} kind="project" label={labels.project} value={project} onChange={(next) => setProject(next)} initialChoices={[first]} />
        <input type="hidden" name="project" value={project} />
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={!project}>
        <Download aria-hidden className="size-4" />
        {labels.download}
      </Button>
    </form>
  );
}

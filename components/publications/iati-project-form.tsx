"use client";

/** One project's IATI file: a GET form to the export route with the chosen project. */
import { useId } from "react";
import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export function IatiProjectForm({ projects, labels }: { projects: { id: number; label: string }[]; labels: { project: string; download: string } }) {
  const id = useId();
  if (projects.length === 0) return null;
  return (
    <form method="get" action="/api/iati/activities" className="flex flex-wrap items-end gap-2">
      <div className="grid gap-1.5">
        <Label htmlFor={id}>{labels.project}</Label>
        <Select name="project" defaultValue={String(projects[0]!.id)}>
          <SelectTrigger id={id} className="w-56">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {projects.map((p) => (
              <SelectItem key={p.id} value={String(p.id)}>
                <bdi>{p.label}</bdi>
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <Button type="submit" size="sm" variant="outline">
        <Download aria-hidden className="size-4" />
        {labels.download}
      </Button>
    </form>
  );
}

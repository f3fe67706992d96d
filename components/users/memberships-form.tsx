"use client";

/**
 * The steering committees an account sits on: one checkbox per project. Saving replaces the list
 * (the server checks the projects and the account's version).
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Save } from "lucide-react";
import { Button } from "@/components/ui/button";
import { setCommitteeMemberships } from "@/lib/users/actions";

export function MembershipsForm({
  account,
  projects,
  selected,
}: {
  account: { id: number; version: number };
  projects: { id: number; label: string; title: string }[];
  selected: number[];
}) {
  const t = useTranslations("users.memberships");
  const te = useTranslations("errors");
  const router = useRouter();
  const [chosen, setChosen] = useState(() => new Set(selected));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setSaved(false);
        startTransition(async () => {
          const result = await setCommitteeMemberships({ id: account.id, version: account.version, projectIds: [...chosen] });
          if (!result.ok) {
            setError(result.message);
            return;
          }
          setSaved(true);
          router.refresh();
        });
      }}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm text-muted-foreground">{t("help")}</legend>
        {projects.map((project) => (
          <label key={project.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-primary"
              checked={chosen.has(project.id)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(project.id);
                else next.delete(project.id);
                setChosen(next);
              }}
            />
            <span>
              <bdi className="font-medium">{project.label}</bdi>
              {project.title && project.title !== project.label && (
                <span className="text-muted-foreground" dir="auto">
                  {" "}
                  — {project.title}
                </span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {te.has(error) ? te(error) : te("failed")}
        </p>
      )}
      {saved && (
        <p role="status" className="text-sm text-success">
          {t("saved")}
        </p>
      )}
      <div>
        <Button type="submit" variant="outline" disabled={pending}>
          <Save aria-hidden className="size-4" />
          {t("save")}
        </Button>
      </div>
    </form>
  );
}

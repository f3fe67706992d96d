"use client";

/**
 * The steering committees an account sits on: the current ones (acronym and title, each with a
 * remove button) and a record picker that adds a project, asked of the server as the admin types
 * (components/forms/async-combobox-field.tsx: about 20 matches at a time, Arabic-normalised), so the
 * page carries the account's committees and never the whole projects table. Saving replaces the
 * list through `setCommitteeMemberships` (the server checks the projects and the account's version).
 */
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Save, X } from "@/components/ui/icons";
import { AsyncCombobox } from "@/components/forms/async-combobox-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Choice } from "@/lib/choices/schema";
import { setCommitteeMemberships } from "@/lib/users/actions";

/** A project on the list: its acronym (null when it has none), its title in the interface language. */
export type MembershipItem = { id: number; code: string | null; title: string; archived: boolean };

/** A project the picker offered, as the list shows it. */
function itemOf(choice: Choice): MembershipItem {
  return { id: Number(choice.value), code: choice.code ?? null, title: choice.name ?? choice.label, archived: false };
}

function sameIds(a: readonly MembershipItem[], b: readonly MembershipItem[]): boolean {
  const ids = new Set(a.map((item) => item.id));
  return a.length === b.length && b.every((item) => ids.has(item.id));
}

/**
 * The memberships form of one account (admins' user page). `current` is what is stored: the list
 * starts from it, and the "unsaved" note compares with it.
 */
export function MembershipsForm({ account, current }: { account: { id: number; version: number }; current: MembershipItem[] }) {
  const t = useTranslations("users.memberships");
  const te = useTranslations("errors");
  const router = useRouter();
  const pickerId = useId();
  const [items, setItems] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const picker = useRef<HTMLButtonElement | null>(null);
  const removeButtons = useRef(new Map<number, HTMLButtonElement>());
  // After a removal, focus goes to the next entry's remove button (or the previous one, or the picker).
  const focusNext = useRef<number | "picker" | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    (target === "picker" ? picker.current : removeButtons.current.get(target))?.focus();
  }, [items]);

  const add = (choice: Choice | null) => {
    if (!choice) return;
    setSaved(false);
    setItems((previous) => (previous.some((item) => item.id === Number(choice.value)) ? previous : [...previous, itemOf(choice)]));
  };
  const remove = (index: number) => {
    setSaved(false);
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? neighbour.id : "picker";
    setItems(items.filter((_, i) => i !== index));
  };

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setSaved(false);
        startTransition(async () => {
          const result = await setCommitteeMemberships({ id: account.id, version: account.version, projectIds: items.map((item) => item.id) });
          if (!result.ok) {
            setError(result.message);
            return;
          }
          setSaved(true);
          router.refresh();
        });
      }}
    >
      <p className="text-sm text-muted-foreground">{t("help")}</p>
      {items.length === 0 ? (
        <p className="text-sm" data-testid="committee-memberships-none">
          {t("none")}
        </p>
      ) : (
        <ul aria-label={t("current")} className="flex flex-col gap-2">
          {items.map((item, index) => {
            const main = item.code ?? item.title;
            return (
              <li key={item.id} className="flex items-center justify-between gap-2 rounded-md border px-3 py-1.5 text-sm" data-testid="committee-membership">
                <span className="min-w-0">
                  <bdi className="font-medium">{main}</bdi>
                  {item.code && item.title && item.title !== item.code && (
                    <span className="text-muted-foreground" dir="auto">
                      {" "}
                      — {item.title}
                    </span>
                  )}
                  {item.archived && (
                    <Badge variant="secondary" className="ms-2">
                      {t("archived")}
                    </Badge>
                  )}
                </span>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon-sm"
                  className="shrink-0"
                  aria-label={t("remove", { project: main })}
                  ref={(node) => {
                    if (node) removeButtons.current.set(item.id, node);
                    else removeButtons.current.delete(item.id);
                  }}
                  onClick={() => remove(index)}
                >
                  <X aria-hidden className="size-4" />
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="grid gap-1.5">
        <label htmlFor={pickerId} className="text-sm leading-none font-medium">
          {t("add")}
        </label>
        <AsyncCombobox id={pickerId} kind="project" label={t("add")} value="" placeholder={t("addPlaceholder")} onChange={(_, choice) => add(choice)} buttonRef={picker} />
      </div>
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
      {!saved && !sameIds(items, current) && (
        <p role="status" className="text-sm text-muted-foreground">
          {t("unsaved")}
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

"use client";

/** Create / edit a programme (a group of projects): names, country, funder, planned period. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/forms/fields";
import { PartialDateField } from "@/components/projects/partial-date-field";
import { createProgramme, updateProgramme } from "@/lib/projects/actions";
import type { ProgrammeFormChoices } from "@/lib/projects/form-values";
import { programmeFormSchema, type ProgrammeFormValues } from "@/lib/projects/schema";
import type { ActionResult } from "@/lib/write/run-mutation";

type Props =
  | { mode: "create"; initialValues: ProgrammeFormValues; choices: ProgrammeFormChoices }
  | { mode: "edit"; initialValues: ProgrammeFormValues; choices: ProgrammeFormChoices; programmeId: number; version: number };

export function ProgrammeForm(props: Props) {
  const tf = useTranslations("programmes.form");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProgrammeFormValues>({ resolver: zodResolver(programmeFormSchema), defaultValues: props.initialValues, mode: "onTouched" });

  async function onSubmit(values: ProgrammeFormValues) {
    setFormError(null);
    const result: ActionResult<{ id: number }> =
      props.mode === "create" ? await createProgramme(values) : await updateProgramme({ id: props.programmeId, version: props.version, values });
    if (result.ok) {
      router.push(`/programmes/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [path, keys] of Object.entries(result.fieldErrors ?? {})) {
      const field = path.replace(/^values\./, "");
      if (field !== "_form") form.setError(field as never, { type: "server", message: keys[0] });
    }
    setFormError(result.message);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
      {formError && (
        <Alert variant="destructive" role="alert">
          <AlertTitle>{te.has(formError) ? te(formError) : te("failed")}</AlertTitle>
          {formError === "conflict" && props.mode === "edit" && (
            <AlertDescription>
              <p>{te("conflictHelp")}</p>
              <Link className="underline" href={`/programmes/${props.programmeId}`} target="_blank">
                {te("conflictOpenCurrent")}
              </Link>
            </AlertDescription>
          )}
        </Alert>
      )}
      <Card>
        <CardContent className="grid gap-4 pt-6 sm:grid-cols-3">
          <TextField form={form} name="nameAr" label={tf("nameAr")} dir="rtl" lang="ar" className="sm:col-span-3" hint={tf("nameHint")} />
          <TextField form={form} name="nameFr" label={tf("nameFr")} dir="ltr" lang="fr" className="sm:col-span-3" />
          <TextField form={form} name="nameEn" label={tf("nameEn")} dir="ltr" lang="en" className="sm:col-span-3" />
          <TextField form={form} name="acronym" label={tf("acronym")} dir="auto" />
          <SelectField form={form} name="countryCode" label={tf("country")} options={props.choices.countries} emptyLabel={tf("noCountry")} />
          <SelectField form={form} name="fundingOrganisationId" label={tf("funder")} options={props.choices.organisations} emptyLabel={tf("noFunder")} />
          <PartialDateField form={form} name="plannedStart" label={tf("plannedStart")} />
          <PartialDateField form={form} name="plannedEnd" label={tf("plannedEnd")} />
        </CardContent>
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? tf("saving") : tf("save")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          {tf("cancel")}
        </Button>
      </div>
    </form>
  );
}

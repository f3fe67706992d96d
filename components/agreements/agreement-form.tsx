"use client";

/**
 * Create / edit an agreement: react-hook-form with the zod schema the server also uses. On create
 * the form also asks the status the agreement is in (and since when); afterwards the status moves
 * only through the transition form of the agreement's page.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SelectField, TextField, TextareaField, type Option } from "@/components/forms/fields";
import { agreementTypes, signingStatuses } from "@/db/schema";
import { createAgreement, updateAgreement } from "@/lib/agreements/actions";
import {
  agreementCreateSchema,
  agreementFormSchema,
  type AgreementCreateValues,
  type AgreementFormValues,
} from "@/lib/agreements/schema";
import { dateColumnOf } from "@/lib/agreements/workflow";
import type { ActionResult } from "@/lib/write/run-mutation";

export type AgreementFormOptions = { countries: Option[]; organisations: Option[] };

type Props =
  | { mode: "create"; initialValues: AgreementCreateValues; options: AgreementFormOptions }
  | { mode: "edit"; initialValues: AgreementFormValues; options: AgreementFormOptions; agreementId: number; version: number };

export function AgreementForm(props: Props) {
  const t = useTranslations("agreements");
  const tf = useTranslations("agreements.form");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(props.mode === "edit" ? props.version : 0);
  const form = useForm<AgreementCreateValues>({
    // The edit form has no status fields: it is validated by the edit schema.
    resolver: zodResolver(props.mode === "create" ? agreementCreateSchema : (agreementFormSchema as unknown as typeof agreementCreateSchema)),
    defaultValues: props.initialValues as AgreementCreateValues,
    mode: "onTouched",
  });
  const status = useWatch({ control: form.control, name: "signingStatus" });

  async function onSubmit(values: AgreementCreateValues) {
    setFormError(null);
    let result: ActionResult<{ id: number; version?: number }>;
    if (props.mode === "create") {
      result = await createAgreement(values);
    } else {
      const { signingStatus: _status, statusOn: _since, ...edit } = values;
      result = await updateAgreement({ id: props.agreementId, version, values: edit });
    }
    if (result.ok) {
      if (result.data.version) setVersion(result.data.version);
      router.push(`/agreements/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [path, keys] of Object.entries(result.fieldErrors ?? {})) {
      if (path !== "_form") form.setError(path.replace(/^values\./, "") as never, { type: "server", message: keys[0] });
    }
    setFormError(result.message);
  }

  const dateHint = tf("partialDateHint");
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-6" aria-label={tf("label")}>
      {formError && (
        <Alert variant="destructive" role="alert">
          <AlertTitle>{te.has(formError) ? te(formError) : te("failed")}</AlertTitle>
          {formError === "conflict" && props.mode === "edit" && (
            <AlertDescription>
              <p>{te("conflictHelp")}</p>
              <Link className="underline" href={`/agreements/${props.agreementId}`} target="_blank">
                {te("conflictOpenCurrent")}
              </Link>
            </AlertDescription>
          )}
        </Alert>
      )}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{tf("what")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-3">
          <SelectField form={form} name="type" label={tf("type")} options={agreementTypes.map((k) => ({ value: k, label: t(`types.${k}`) }))} required />
          {props.mode === "create" && (
            <>
              <SelectField
                form={form}
                name="signingStatus"
                label={tf("signingStatus")}
                options={signingStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
                required
              />
              {!dateColumnOf(status) && (
                <TextField form={form} name="statusOn" label={tf("statusOn")} hint={tf("statusOnHint")} dir="ltr" inputMode="numeric" placeholder="2024-05-14" />
              )}
            </>
          )}
          <TextField form={form} name="titleAr" label={tf("titleAr")} dir="rtl" lang="ar" className="sm:col-span-3" />
          <TextField form={form} name="titleFr" label={tf("titleFr")} dir="ltr" lang="fr" className="sm:col-span-3" />
          <TextField form={form} name="titleEn" label={tf("titleEn")} dir="ltr" lang="en" className="sm:col-span-3" />
          <TextareaField form={form} name="subjectAr" label={tf("subjectAr")} dir="rtl" lang="ar" rows={2} className="sm:col-span-3" />
          <TextareaField form={form} name="subjectFr" label={tf("subjectFr")} dir="ltr" lang="fr" rows={2} className="sm:col-span-3" />
          <TextareaField form={form} name="subjectEn" label={tf("subjectEn")} dir="ltr" lang="en" rows={2} className="sm:col-span-3" />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{tf("who")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-3">
          <SelectField form={form} name="counterpartCountryCode" label={tf("counterpartCountry")} options={props.options.countries} emptyLabel={tf("none")} />
          <SelectField
            form={form}
            name="counterpartOrganisationId"
            label={tf("counterpartOrganisation")}
            options={props.options.organisations}
            emptyLabel={tf("none")}
            hint={tf("counterpartHint")}
          />
          <TextField form={form} name="unitInCharge" label={tf("unitInCharge")} dir="auto" />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{tf("dates")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-4">
          <TextField form={form} name="signedOn" label={tf("signedOn")} hint={dateHint} dir="ltr" inputMode="numeric" placeholder="2018-03-20" />
          <TextField form={form} name="placeOfSignature" label={tf("placeOfSignature")} dir="auto" />
          <TextField form={form} name="inForceOn" label={tf("inForceOn")} hint={dateHint} dir="ltr" inputMode="numeric" />
          <TextField form={form} name="expiresOn" label={tf("expiresOn")} hint={dateHint} dir="ltr" inputMode="numeric" />
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

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";
import { StoredRecordHistory } from "@/components/shell/record-history";
import { ArchivedNotice, RecordHeader, SectionCard } from "@/components/shell/record-page";
import { RecordActions } from "@/components/page-kit/record-actions";
import { SigningStatusBadge } from "@/components/agreements/status-badge";
import { AgreementStatusHistory } from "@/components/agreements/status-history";
import { AgreementTransitionForm } from "@/components/agreements/transition-form";
import { archiveAgreement, restoreAgreement } from "@/lib/agreements/actions";
import { agreementTitle, counterpartLabel } from "@/lib/agreements/display";
import { fetchAgreement } from "@/lib/agreements/queries";
import { fetchAttachmentPanel } from "@/lib/attachments/queries";
import { nextStatuses } from "@/lib/agreements/workflow";
import { formatPartialDate, todayIn } from "@/lib/dates/partial-date";
import { pageLocale } from "@/lib/pages/locale";
import { recordForPage, recordTitleMetadata, type RecordPageProps } from "@/lib/pages/record";
import { ValidationPanel } from "@/components/record-validation/validation-panel";
import { RouteMessages } from "@/components/shell/route-messages";

/** The tab: the agreement's title in the reader's language. */
export const generateMetadata = recordTitleMetadata(
  "agreement",
  (user, id) => fetchAgreement(user, id, { allowArchived: true }),
  (stored, locale) => agreementTitle(stored.agreement, locale),
  "agreements",
  "title",
);

export default async function AgreementPage({ params }: RecordPageProps) {
  const { user, id, record: stored } = await recordForPage(params, "read", "agreement", (user, id) => fetchAgreement(user, id, { allowArchived: true }));
  const attachments = fetchAttachmentPanel(user, "agreement", id);
  const [t, locale] = [await getTranslations("agreements"), await pageLocale()];
  const { agreement } = stored;
  const title = agreementTitle(agreement, locale);
  const counterpart = counterpartLabel({ ...stored, counterpartCountryCode: agreement.counterpartCountryCode }, locale);
  const subjects = [
    { lang: "ar", text: agreement.subject },
    { lang: "fr", text: agreement.subjectFr },
    { lang: "en", text: agreement.subjectEn },
  ].filter((s): s is { lang: string; text: string } => !!s.text);
  // The subject in the reader's language first (else the first one stated); the others on demand.
  const subject = subjects.find((s) => s.lang === locale) ?? subjects[0];
  const otherSubjects = subjects.filter((s) => s !== subject);
  const canUpdate = stored.abilities.update;
  return (
    <RouteMessages route="agreements/record">
      <article className="flex flex-col gap-6">
        {agreement.archivedAt && <ArchivedNotice title={t("archived")} />}
        <RecordHeader
          back={{ href: "/agreements", label: t("title") }}
          actions={
            <RecordActions
              basePath="/agreements"
              id={id}
              version={agreement.version}
              abilities={stored.abilities}
              editLabel={t("edit")}
              archive={archiveAgreement}
              restore={restoreAgreement}
            />
          }
        >
          <h1 className="text-2xl font-bold">{title ? <bdi>{title}</bdi> : `${t(`types.${agreement.type}`)} — ${counterpart.country || counterpart.organisation}`}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
            <span data-testid="agreement-status">
              <SigningStatusBadge status={agreement.signingStatus} label={t(`statuses.${agreement.signingStatus}`)} />
            </span>
            <span>{t(`types.${agreement.type}`)}</span>
          </p>
        </RecordHeader>

        <ValidationPanel mayValidate={stored.abilities.validate} entityType="agreement" record={agreement} recordName={title || t(`types.${agreement.type}`)} />

        <div className="grid gap-6 lg:grid-cols-2">
          <SectionCard title={t("detail.summary")}>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("columns.counterpart")}</dt>
              <dd data-testid="agreement-counterpart">
                {counterpart.country && agreement.counterpartCountryCode && (
                  <Link href={`/countries/${agreement.counterpartCountryCode}`} className="text-primary hover:underline">
                    {counterpart.country}
                  </Link>
                )}
                {counterpart.country && counterpart.organisation && " · "}
                {counterpart.organisation && (
                  <Link href={`/organisations/${agreement.counterpartOrganisationId}`} className="text-primary hover:underline">
                    <bdi>{counterpart.organisation}</bdi>
                  </Link>
                )}
                {!counterpart.country && !counterpart.organisation && "—"}
              </dd>
              <dt className="font-medium">{t("form.unitInCharge")}</dt>
              <dd dir={agreement.unitInCharge ? "auto" : undefined}>{agreement.unitInCharge || "—"}</dd>
              <dt className="font-medium">{t("form.signedOn")}</dt>
              <dd data-testid="agreement-signed-on">{formatPartialDate(agreement.signedOn, locale) || "—"}</dd>
              <dt className="font-medium">{t("form.placeOfSignature")}</dt>
              <dd dir={agreement.placeOfSignature ? "auto" : undefined}>{agreement.placeOfSignature || "—"}</dd>
              <dt className="font-medium">{t("form.inForceOn")}</dt>
              <dd>{formatPartialDate(agreement.inForceOn, locale) || "—"}</dd>
              <dt className="font-medium">{t("form.expiresOn")}</dt>
              <dd>{formatPartialDate(agreement.expiresOn, locale) || "—"}</dd>
              <dt className="font-medium">{t("detail.subject")}</dt>
              <dd className="flex flex-col gap-2">
                {!subject && "—"}
                {subject && (
                  <p lang={subject.lang} dir={subject.lang === "ar" ? "rtl" : "ltr"} className="whitespace-pre-line">
                    {subject.text}
                  </p>
                )}
                {otherSubjects.length > 0 && (
                  <details className="text-sm text-muted-foreground">
                    <summary className="cursor-pointer">{t("detail.otherLanguages")}</summary>
                    {otherSubjects.map((s) => (
                      <p key={s.lang} lang={s.lang} dir={s.lang === "ar" ? "rtl" : "ltr"} className="mt-1 whitespace-pre-line">
                        {s.text}
                      </p>
                    ))}
                  </details>
                )}
              </dd>
            </dl>
          </SectionCard>

          <SectionCard title={t("detail.workflow")} contentClassName="flex flex-col gap-6">
            {canUpdate && (
              <AgreementTransitionForm
                key={agreement.version}
                agreementId={id}
                version={agreement.version}
                currentStatus={agreement.signingStatus}
                nextStatuses={nextStatuses(agreement.signingStatus)}
                today={todayIn()}
              />
            )}
            <section aria-labelledby="status-history-heading" className="flex flex-col gap-3">
              <h3 id="status-history-heading" className="font-semibold">
                {t("detail.statusHistory")}
              </h3>
              <AgreementStatusHistory steps={stored.statusChanges} locale={locale} />
            </section>
          </SectionCard>
        </div>

        {attachments && <AttachmentsPanel view={attachments} className="rounded-xl border bg-card p-4" />}

        <StoredRecordHistory record={agreement} stored={stored} locale={locale} />
      </article>
    </RouteMessages>
  );
}

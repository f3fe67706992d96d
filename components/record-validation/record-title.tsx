import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/config";
import { localizedName } from "@/lib/i18n/localized";
import { recordPath } from "@/lib/record-validation/links";
import type { RecordSummary } from "@/lib/record-validation/queries";

/**
 * A record of any validatable type, as a link to its page: its name in the interface language
 * (isolated, since names keep their own script), what it is, and the date that situates it.
 */
export function RecordTitle({ record, locale }: { record: RecordSummary; locale: Locale }) {
  const t = useTranslations("validation.types");
  const name = localizedName(record, locale) || record.acronym || `#${record.id}`;
  const date = formatPartialDate(record.date, locale);
  return (
    <span className="flex flex-col gap-0.5">
      <Link href={recordPath(record.entityType, record.id, record.projectId)} className="font-medium text-primary underline-offset-4 hover:underline">
        <bdi>{record.acronym && record.entityType === "project" && name !== record.acronym ? `${record.acronym} · ${name}` : name}</bdi>
      </Link>
      <span className="text-xs text-muted-foreground">
        {t(record.entityType)}
        {record.entityType === "activity" && record.acronym && (
          <>
            {" · "}
            <bdi>{record.acronym}</bdi>
          </>
        )}
        {date && ` · ${date}`}
      </span>
    </span>
  );
}

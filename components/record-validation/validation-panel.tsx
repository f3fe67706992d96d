import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { validationStatuses } from "@/db/enums";
import type { ValidationEntityType } from "@/lib/record-validation/schema";
import { ValidationActions } from "./validation-actions";
import { ValidationStatusBadge } from "./validation-status-badge";

/**
 * A record page's validation box: the state, the supervisor's comment when sent back, and, for
 * those who may validate this type (`mayValidate`, the record's `abilities.validate` from its
 * room's queries), the two decisions. Mount it on any validatable record's page.
 */
export async function ValidationPanel({
  mayValidate,
  entityType,
  record,
  recordName,
}: {
  mayValidate: boolean;
  entityType: ValidationEntityType;
  record: { id: number; version: number; validationStatus: (typeof validationStatuses)[number]; validationComment: string | null };
  recordName: string;
}) {
  const t = await getTranslations("validation");
  const waiting = record.validationStatus === "new" || record.validationStatus === "edited";
  return (
    <Card className="gap-3 py-4" data-testid="validation-panel">
      <CardHeader className="px-4">
        <CardTitle className="flex flex-wrap items-center gap-2">
          <h2 className="text-base">{t("panelTitle")}</h2>
          <ValidationStatusBadge status={record.validationStatus} />
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 px-4 text-sm">
        {record.validationStatus === "sent_back" && record.validationComment && (
          <blockquote className="border-s-4 border-destructive/60 ps-3 whitespace-pre-line" dir="auto" data-testid="validation-comment">
            {record.validationComment}
          </blockquote>
        )}
        <p className="text-muted-foreground">{t(`panelHelp.${record.validationStatus}`)}</p>
        {mayValidate && waiting && (
          <ValidationActions entityType={entityType} id={record.id} version={record.version} recordName={recordName} />
        )}
      </CardContent>
    </Card>
  );
}

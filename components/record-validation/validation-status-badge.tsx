import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { validationStatuses } from "@/db/enums";

const variants = {
  new: "warning",
  edited: "warning",
  validated: "success",
  sent_back: "destructive",
} as const;

/** A record's validation state: new, edited (not validated), validated, sent back. */
export function ValidationStatusBadge({ status }: { status: (typeof validationStatuses)[number] }) {
  const t = useTranslations("validation.statuses");
  return (
    <Badge variant={variants[status]} data-testid="validation-status">
      {t(status)}
    </Badge>
  );
}

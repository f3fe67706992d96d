import { Badge } from "@/components/ui/badge";
import type { SigningStatus } from "@/lib/agreements/workflow";

const variants: Record<SigningStatus, React.ComponentProps<typeof Badge>["variant"]> = {
  draft: "outline",
  under_negotiation: "secondary",
  text_agreed: "secondary",
  awaiting_signature: "warning",
  signed: "default",
  in_force: "success",
  expired: "outline",
  terminated: "destructive",
};

/** A signing status as a coloured badge; `label` is the status's name in the user's language. */
export function SigningStatusBadge({ status, label }: { status: SigningStatus; label: string }) {
  return (
    <Badge variant={variants[status]} data-status={status}>
      {label}
    </Badge>
  );
}

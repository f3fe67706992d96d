"use client";

/** A one-time password, shown once right after it was made, with a copy button. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Copy, KeyRound } from "@/components/ui/icons";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function OneTimePassword({ password, forName }: { password: string; forName: string }) {
  const t = useTranslations("users.oneTime");
  const [copied, setCopied] = useState(false);
  return (
    <Alert variant="warning" role="status" data-testid="one-time-password-box">
      <KeyRound aria-hidden />
      <AlertTitle>{t.rich("title", { name: forName, bdi: (chunks) => <bdi>{chunks}</bdi> })}</AlertTitle>
      <AlertDescription className="flex flex-col gap-2">
        <span className="flex flex-wrap items-center gap-2">
          <code dir="ltr" className="rounded bg-background px-2 py-1 font-mono text-base tracking-wider" data-testid="one-time-password">
            {password}
          </code>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={async () => {
              await navigator.clipboard?.writeText(password);
              setCopied(true);
            }}
          >
            <Copy aria-hidden className="size-4" />
            {copied ? t("copied") : t("copy")}
          </Button>
        </span>
        <span>{t("help")}</span>
      </AlertDescription>
    </Alert>
  );
}

/**
 * A record's text in the interface language, or its original (lib/i18n/localized.ts
 * `localizedText`) with its own `lang` and direction and a discreet "original in …" marker.
 */
import { useTranslations } from "next-intl";
import { directionOf } from "@/lib/i18n/config";
import type { LocalizedText as Text } from "@/lib/i18n/localized";
import { cn } from "@/lib/utils";

export function LocalizedText({ value, className }: { value: Text | null; className?: string }) {
  const t = useTranslations("shell");
  if (!value) return null;
  return (
    <>
      <bdi lang={value.lang} dir={directionOf(value.lang)} className={className} data-testid="localized-text">
        {value.text}
      </bdi>
      {value.isOriginal && (
        <span className={cn("ms-1 align-middle text-xs font-normal text-muted-foreground")} data-testid="original-language-marker">
          ({t(`originalIn.${value.lang}`)})
        </span>
      )}
    </>
  );
}

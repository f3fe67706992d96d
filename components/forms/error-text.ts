import { useTranslations } from "next-intl";

/**
 * Translates an error message key (`errors.*`), falling back to the generic one. Returns
 * `(key) => text`, `undefined` for no key. Kept apart from components/forms/fields.tsx so that
 * plain (non react-hook-form) controls can use it without loading react-hook-form.
 */
export function useErrorText() {
  const t = useTranslations("errors");
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("invalid")) : undefined);
}

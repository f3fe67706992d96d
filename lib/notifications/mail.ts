/**
 * E-mails of notices, in the recipient's language: the daily digest and an urgent notice on its
 * own. Arabic mail is written right to left (`dir="rtl"` and `lang="ar"` on the HTML, RLM-free
 * plain text). Pure rendering plus the SMTP transport (nodemailer) built from `SMTP_URL`.
 */
import nodemailer from "nodemailer";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { NotificationKind } from "@/db/enums";
import { directionOf, type Locale } from "@/lib/i18n/config";
import type { NotificationParams } from "./kinds";
import { renderNotice, type Translate } from "./render";

const messages = { ar, fr, en } as const;

/** Is outgoing mail configured (`SMTP_URL`, e.g. `smtp://user:pass@mail.example:587`)? */
export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The SMTP transport of `SMTP_URL`, or null when it is not set (then nothing is ever sent). */
export function transportFromEnv(): nodemailer.Transporter | null {
  const url = process.env.SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}

/** A translator over the whole messages file of `locale` (outside any request). */
export function translatorFor(locale: Locale): Translate {
  return createTranslator({ locale, messages: messages[locale] as Record<string, unknown> }) as unknown as Translate;
}

export type MailNotice = { kind: NotificationKind; params: NotificationParams; href: string };
export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * Renders a digest (several notices) or an urgent notice (one) for a recipient.
 * @param origin the app's public origin (`https://taawun.example`), for the links
 */
export function renderMail(kind: "digest" | "urgent", recipient: { name: string; locale: Locale }, notices: MailNotice[], origin: string): RenderedMail {
  const t = translatorFor(recipient.locale);
  const dir = directionOf(recipient.locale);
  const items = notices.map((n) => ({ ...renderNotice(t, recipient.locale, n), url: new URL(n.href, origin).toString() }));
  const subject =
    kind === "digest"
      ? t("notifications.mail.digestSubject", { count: notices.length })
      : t("notifications.mail.urgentSubject", { title: items[0]?.title ?? "" });
  const greeting = t("notifications.mail.greeting", { name: recipient.name });
  const intro = kind === "digest" ? t("notifications.mail.digestIntro", { count: notices.length }) : t("notifications.mail.urgentIntro");
  const footer = t("notifications.mail.footer");
  const text = [greeting, "", intro, "", ...items.flatMap((i) => [`- ${i.title}`, ...(i.detail ? [`  ${i.detail}`] : []), `  ${i.url}`]), "", footer].join("\n");
  const html = `<!doctype html><html lang="${recipient.locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body dir="${dir}" style="font-family: 'Noto Sans Arabic', Arial, sans-serif; text-align: ${dir === "rtl" ? "right" : "left"};">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>
<ul>${items.map((i) => `<li><a href="${escapeHtml(i.url)}"><bdi>${escapeHtml(i.title)}</bdi></a>${i.detail ? `<br><span>${escapeHtml(i.detail)}</span>` : ""}</li>`).join("")}</ul>
<p style="color:#666">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text, html };
}

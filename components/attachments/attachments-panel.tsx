"use client";

/**
 * The files attached to one record (a meeting, an agreement, a project, a milestone): the list
 * with download links, a drop zone and a file picker that upload with a progress bar, archiving,
 * and, for supervisors, the archived files to restore. What the user may do comes from the view
 * model (lib/attachments/queries.ts); the server checks everything again (the upload route,
 * lib/attachments/actions.ts). Files are checked by content on the server; here only the size is
 * checked first, to spare a long upload that would be refused.
 */
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Archive, ArchiveRestore, Download, FileText, FileSpreadsheet, FileImage, Upload } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { archiveAttachment, restoreAttachment } from "@/lib/attachments/actions";
import { attachmentKind, formatFileSize } from "@/lib/attachments/display";
import type { AttachmentListItem, AttachmentPanelView } from "@/lib/attachments/queries";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/accepted";
import { formatInstant } from "@/lib/dates/instant";
import { isLocale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** The extensions the picker offers (the server decides by content, not by these). */
const PICKER_ACCEPT = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

type UploadState = { name: string; progress: number } | null;

/** Sends one file to the upload route; resolves to the refusal's message key, or null when attached. */
function sendFile(view: Pick<AttachmentPanelView, "entityType" | "entityId">, file: File, onProgress: (fraction: number) => void): Promise<string | null> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.set("entityType", view.entityType);
    body.set("entityId", String(view.entityId));
    body.set("file", file);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/attachments");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) return resolve(null);
      // The proxy refuses an oversized body before the app, in plain text.
      if (request.status === 413) return resolve("attachmentTooLarge");
      try {
        const answer = JSON.parse(request.responseText) as { message?: string };
        resolve(answer.message ?? "failed");
      } catch {
        resolve("failed");
      }
    };
    request.onerror = () => resolve("uploadFailed");
    request.send(body);
  });
}

export function AttachmentsPanel({ view, title, headingLevel = 2, className }: { view: AttachmentPanelView; title?: string; headingLevel?: 2 | 3; className?: string }) {
  const t = useTranslations("attachments");
  const te = useTranslations("errors");
  const current = useLocale();
  const locale = isLocale(current) ? current : "ar";
  const router = useRouter();
  const inputId = useId();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<UploadState>(null);
  const [error, setError] = useState<{ name?: string; key: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pending, startTransition] = useTransition();
  const Heading = headingLevel === 2 ? "h2" : "h3";

  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : te.has(key) ? te(key) : te("failed"));

  async function uploadFiles(files: File[]) {
    setError(null);
    setNotice(null);
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setError({ name: file.name, key: "attachmentTooLarge" });
        continue;
      }
      setUpload({ name: file.name, progress: 0 });
      const refusal = await sendFile(view, file, (progress) => setUpload({ name: file.name, progress }));
      setUpload(null);
      if (refusal) setError({ name: file.name, key: refusal });
      else setNotice(t("uploaded", { name: file.name }));
    }
    if (input.current) input.current.value = "";
    router.refresh();
  }

  function setArchived(file: AttachmentListItem, mode: "archive" | "restore") {
    setError(null);
    setNotice(null);
    startTransition(async () => {
      const action = mode === "archive" ? archiveAttachment : restoreAttachment;
      const result = await action({ id: file.id, version: file.version, entityType: view.entityType });
      if (!result.ok) setError({ name: file.originalName, key: result.message });
      else setNotice(t(mode === "archive" ? "archivedNotice" : "restoredNotice", { name: file.originalName }));
      router.refresh();
    });
  }

  const busy = upload !== null || pending;
  return (
    <section aria-labelledby={headingId} className={cn("flex flex-col gap-3", className)} data-testid={`attachments-${view.entityType}-${view.entityId}`}>
      <Heading id={headingId} className={headingLevel === 2 ? "text-lg font-semibold" : "font-semibold"}>
        {title ?? t("title")}
      </Heading>

      {view.files.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-lg border" aria-label={t("listLabel")}>
          {view.files.map((file) => (
            <FileRow key={file.id} file={file} locale={locale}>
              {view.abilities.archive && (
                <Button variant="ghost" size="sm" onClick={() => setArchived(file, "archive")} disabled={busy} aria-label={t("archiveLabel", { name: file.originalName })}>
                  <Archive aria-hidden className="size-4" />
                  <span className="max-sm:sr-only">{t("archive")}</span>
                </Button>
              )}
            </FileRow>
          ))}
        </ul>
      )}

      {view.abilities.upload && (
        <div
          className={cn(
            "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-4 text-center text-sm transition-colors",
            dragging ? "border-primary bg-primary/5" : "border-muted-foreground/30",
          )}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            if (!busy && event.dataTransfer.files.length > 0) void uploadFiles([...event.dataTransfer.files]);
          }}
          data-testid="attachments-drop-zone"
        >
          <Upload aria-hidden className="size-5 text-muted-foreground" />
          <p>
            {t("dropHere")}{" "}
            <label htmlFor={inputId} className="cursor-pointer font-medium text-primary underline-offset-4 hover:underline">
              {t("choose")}
            </label>
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            multiple
            accept={PICKER_ACCEPT}
            className="sr-only"
            disabled={busy}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              if (files.length > 0) void uploadFiles(files);
            }}
          />
          <p className="text-xs text-muted-foreground">{t("accepted")}</p>
          {upload && (
            <div className="flex w-full max-w-sm flex-col gap-1" aria-live="polite">
              <p className="truncate text-xs" dir="auto">
                {t("uploading", { name: upload.name })}
              </p>
              <div
                role="progressbar"
                aria-label={t("progressLabel")}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(upload.progress * 100)}
                className="h-2 w-full overflow-hidden rounded-full bg-muted"
              >
                <div className="h-full bg-primary transition-[width]" style={{ width: `${Math.round(upload.progress * 100)}%` }} />
              </div>
            </div>
          )}
        </div>
      )}

      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error.name && (
            <>
              <bdi>{error.name}</bdi>
              {": "}
            </>
          )}
          {message(error.key)}
        </p>
      )}
      {notice && (
        <p role="status" className="text-sm text-muted-foreground">
          {notice}
        </p>
      )}

      {view.abilities.restore && view.archived.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">{t("archivedTitle", { count: view.archived.length })}</summary>
          <ul className="mt-2 flex flex-col divide-y rounded-lg border bg-muted/30">
            {view.archived.map((file) => (
              <FileRow key={file.id} file={file} locale={locale} archived>
                <Button variant="ghost" size="sm" onClick={() => setArchived(file, "restore")} disabled={busy} aria-label={t("restoreLabel", { name: file.originalName })}>
                  <ArchiveRestore aria-hidden className="size-4" />
                  <span className="max-sm:sr-only">{t("restore")}</span>
                </Button>
              </FileRow>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** One file of the list: its kind, name (a download link unless archived), size, uploader and date. */
function FileRow({ file, locale, archived = false, children }: { file: AttachmentListItem; locale: "ar" | "fr" | "en"; archived?: boolean; children?: React.ReactNode }) {
  const t = useTranslations("attachments");
  const kind = attachmentKind(file.mediaType);
  const Icon = kind === "xlsx" ? FileSpreadsheet : kind === "png" || kind === "jpg" ? FileImage : FileText;
  return (
    <li className="flex items-center gap-3 px-3 py-2" data-testid={`attachment-${file.id}`}>
      <Icon aria-hidden className="size-5 shrink-0 text-muted-foreground" />
      <div className="flex min-w-0 flex-1 flex-col">
        {archived ? (
          <span className="truncate">
            <bdi>{file.originalName}</bdi>
          </span>
        ) : (
          <a href={`/api/attachments/${file.id}`} download className="inline-flex min-w-0 items-center gap-1 font-medium text-primary hover:underline" aria-label={t("download", { name: file.originalName })}>
            <span className="truncate">
            <bdi>{file.originalName}</bdi>
          </span>
            <Download aria-hidden className="size-3.5 shrink-0" />
          </a>
        )}
        <span className="text-xs text-muted-foreground">
          {[kind ? t(`kinds.${kind}`) : null, formatFileSize(file.sizeBytes, locale), file.uploaderName, formatInstant(file.uploadedAt, locale, "date")]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
      {children}
    </li>
  );
}

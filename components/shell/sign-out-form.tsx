"use client";

/**
 * The sign-out form's one piece of script: when the page was rendered without next-auth's CSRF
 * token (the browser had no CSRF cookie yet), it fetches one from /api/auth/csrf before posting.
 * With a token, or without JavaScript, the form posts as it is.
 */
export function SignOutForm({ csrfToken, className, children }: { csrfToken: string; className?: string; children: React.ReactNode }) {
  return (
    <form
      method="post"
      action="/api/auth/signout"
      className={className}
      onSubmit={async (event) => {
        const form = event.currentTarget;
        const field = form.elements.namedItem("csrfToken") as HTMLInputElement;
        if (field.value) return;
        event.preventDefault();
        const response = await fetch("/api/auth/csrf", { credentials: "same-origin" });
        field.value = ((await response.json()) as { csrfToken: string }).csrfToken;
        form.submit();
      }}
    >
      <input type="hidden" name="csrfToken" defaultValue={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/login" />
      {children}
    </form>
  );
}

"use client";

/**
 * The review page's confirmation of a decision taken (e.g. «"Workshop" approved»): a status line
 * (role=status, read out by screen readers) above the milestones that wait, which stays on the
 * page while the decided milestone's card leaves it (its review form goes with the card, so the
 * confirmation cannot live there).
 *
 * Usage: `<ReviewStatusProvider>…the awaiting milestones…</ReviewStatusProvider>`, and in a
 * review form `const confirm = useReviewConfirmation(); confirm(message)`.
 */
import { createContext, useContext, useState } from "react";

const Confirm = createContext<(message: string) => void>(() => {});

/** Holds the latest confirmation and shows it above `children`. */
export function ReviewStatusProvider({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <Confirm value={setMessage}>
      {/* Always in the page (empty, it takes no room), so that a screen reader hears the text when it arrives. */}
      <div role="status" className="empty:sr-only">
        {message && (
          <p className="rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm font-medium" dir="auto">
            {message}
          </p>
        )}
      </div>
      {children}
    </Confirm>
  );
}

/** Returns `(message) => void`, which shows `message` (already translated) in the page's status line. */
export function useReviewConfirmation() {
  return useContext(Confirm);
}

import { NotFoundMessage } from "@/components/page-kit/message-page";

/** Not-found outside every layout with navigation: the page is its own `main`. */
export default function NotFound() {
  return <NotFoundMessage standalone />;
}

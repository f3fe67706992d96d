import { NotFoundMessage } from "@/components/page-kit/message-page";

/** Not-found inside the app keeps the header and navigation (a refused record looks the same). */
export default function AppNotFound() {
  return <NotFoundMessage />;
}

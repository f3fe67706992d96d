import "./print.css";
import { requireUser } from "@/lib/auth/session";

/** Pages made to be printed: no application chrome; the app's fonts, language and direction. */
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <main className="briefing mx-auto w-full max-w-[210mm] bg-white p-8 text-black print:max-w-none print:p-0">{children}</main>;
}

import { Link } from "@/components/ui/link";
import { Upload } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";

/** The "Import" button of a list (shown where the user may create the list's records). */
export function ImportLink({ kind, label }: { kind: "meetings" | "people" | "organisations"; label: string }) {
  return (
    <Link href={`/imports?kind=${kind}`} className={buttonVariants({ variant: "outline" })}>
      <Upload aria-hidden className="size-4" />
      {label}
    </Link>
  );
}

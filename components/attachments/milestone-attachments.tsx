import { getTranslations } from "next-intl/server";
import type { AttachmentPanelView } from "@/lib/attachments/queries";
import { AttachmentsPanel } from "./attachments-panel";

/**
 * The files of a project's milestones, on the project page: one collapsible entry per milestone
 * (open when it has files), each with its attachments panel.
 */
export async function MilestoneAttachments({ milestones, panels }: { milestones: { id: number; title: string }[]; panels: Map<number, AttachmentPanelView> }) {
  const t = await getTranslations("attachments");
  const shown = milestones.filter((m) => panels.has(m.id));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="milestone-attachments" className="flex flex-col gap-3 rounded-xl border bg-card p-4" data-testid="milestone-attachments">
      <h2 id="milestone-attachments" className="text-lg font-semibold">
        {t("milestonesTitle")}
      </h2>
      <ul className="flex flex-col divide-y">
        {shown.map((milestone) => {
          const panel = panels.get(milestone.id)!;
          return (
            <li key={milestone.id} className="py-2">
              <details open={panel.files.length > 0}>
                <summary className="cursor-pointer">
                  <bdi dir="auto">{milestone.title}</bdi>{" "}
                  <span className="text-sm text-muted-foreground">({t("count", { count: panel.files.length })})</span>
                </summary>
                <AttachmentsPanel view={panel} title={t("milestoneFiles", { title: milestone.title })} headingLevel={3} className="mt-2 ps-4" />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

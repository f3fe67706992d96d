import { expect, test } from "@playwright/test";
import { createTestUser, withDb } from "./support/db";
import { signIn } from "./support/fixtures";
import { recordMeeting } from "./support/meeting-form";

/** Yesterday in Morocco (Africa/Casablanca), as `dd/mm/yyyy` (typed) and `YYYY-MM-DD` (stored). */
function yesterdayInCasablanca() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  const iso = date.toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-");
  return { typed: `${d}/${m}/${y}`, iso };
}

test("staff assigns a follow-up due yesterday to a supervisor, who sees it overdue with the bell, marks it done, and the count drops", async ({ browser }) => {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  // A supervisor of their own: the bell counts only what concerns them (other stories share the database).
  const supervisorName = `Superviseure ${unique}`;
  const supervisor = await createTestUser("supervisor", { locale: "fr", name: supervisorName });
  const staff = await createTestUser("staff", { locale: "fr" });
  const description = `Transmettre la note de cadrage ${unique}`;
  const due = yesterdayInCasablanca();

  // Staff records the meeting and its follow-up, owned by the supervisor, due yesterday.
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff.email, staff.password);
  await staffPage.goto("/meetings/new");
  const meetingId = await recordMeeting(staffPage, "fr", {
    date: "2026-11-20",
    newPersonName: `Interlocutrice ${unique}`,
    followUps: [{ description, ownerName: supervisorName, dueOn: due.typed }],
  });
  const stored = withDb((db) => db.prepare("select id, owner_kind, owner_user_id, due_on, status from follow_up_actions where meeting_id = ?").all(meetingId));
  expect(stored).toEqual([{ id: expect.any(Number), owner_kind: "user", owner_user_id: supervisor.id, due_on: due.iso, status: "open" }]);
  const followUpId = (stored[0] as { id: number }).id;

  // The supervisor's home: the follow-up in "my follow-ups", overdue; the bell counts it.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, supervisor.email, supervisor.password);
  const mine = page.getByTestId("my-follow-ups");
  const item = mine.getByTestId("follow-up").filter({ hasText: description });
  await expect(item).toHaveAttribute("data-overdue", "true");
  await expect(item.getByText("En retard", { exact: true })).toBeVisible();
  // Overdue first: it heads the list.
  await expect(mine.getByTestId("follow-up").first()).toContainText(description);
  const bell = page.getByTestId("notification-bell");
  await expect(bell.getByTestId("notification-count")).toHaveText("1");
  await expect(bell).toHaveAccessibleName("Notifications, 1 non lue");

  // The notice itself, in the supervisor's language, links to the meeting.
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const notice = page.getByTestId("notification").filter({ hasText: description });
  // The description is isolated (U+2068 … U+2069): its own script cannot scramble the sentence.
  await expect(notice).toContainText(`Une suite à donner vous est confiée : \u2068${description}\u2069`);
  await expect(notice.getByRole("link", { name: new RegExp(description) })).toHaveAttribute("href", `/meetings/${meetingId}`);

  // Marks it done from the home page; the count drops.
  await page.goto("/");
  await item.getByRole("button", { name: `Marquer comme fait : ${description}` }).click();
  await expect(page.getByTestId("my-follow-ups").getByTestId("follow-up").filter({ hasText: description })).toHaveCount(0);
  await expect(bell.getByTestId("notification-count")).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Notifications, rien de nouveau");

  // Closed through the write path: who and when, a new version, an audit entry.
  const closed = withDb((db) => db.prepare("select status, closed_by, closed_at is not null as stamped, version from follow_up_actions where id = ?").get(followUpId));
  expect(closed).toEqual({ status: "done", closed_by: supervisor.id, stamped: 1, version: 2 });
  const audit = withDb((db) => db.prepare("select action, user_id from audit_log where entity_type = 'followUp' and entity_id = ?").all(followUpId));
  expect(audit).toEqual([{ action: "close", user_id: supervisor.id }]);
});

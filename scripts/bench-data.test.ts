/**
 * The life-size database (scripts/bench-data.ts), written at a small scale to a real file, holds
 * only values the app knows: every status and kind column is one of db/enums.ts's lists, so
 * the pages a benchmark or a tester opens show words, never a raw message key (its follow-ups
 * were written "in_progress" and "cancelled", a milestone's statuses, and showed
 * "followUps.statuses.cancelled" on the meetings' pages).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { activityStatuses, agreementTypes, followUpStatuses, meetingKinds, projectStatuses, signingStatuses, validationStatuses } from "@/db/enums";
import { buildLifeSizeDatabase } from "./bench-data";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-data-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("bench:data", () => {
  it("writes only the statuses and kinds the app knows", async () => {
    const file = path.join(dir, "life.db");
    await buildLifeSizeDatabase(file, 0.01);
    const db = new Database(file, { readonly: true });
    const values = (sql: string) => (db.prepare(sql).pluck().all() as string[]).sort();
    const columns: [string, readonly string[]][] = [
      ["select distinct status from follow_up_actions", followUpStatuses],
      ["select distinct status from activities", activityStatuses],
      ["select distinct kind from meetings", meetingKinds],
      ["select distinct status from projects", projectStatuses],
      ["select distinct type from agreements", agreementTypes],
      ["select distinct signing_status from agreements", signingStatuses],
      ["select distinct validation_status from meetings", validationStatuses],
    ];
    for (const [sql, allowed] of columns) {
      const found = values(sql);
      expect(found.length, sql).toBeGreaterThan(0);
      expect(found.filter((v) => !allowed.includes(v)), sql).toEqual([]);
    }
    db.close();
  }, 120_000);
});

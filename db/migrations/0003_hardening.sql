CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `login_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`expire` integer
);
--> statement-breakpoint
ALTER TABLE `projects` ADD `budget_hundredths` integer;--> statement-breakpoint
-- Budgets were floats in major units with at most two decimals (the form refused more): the
-- nearest integer number of hundredths is the value that was typed.
UPDATE `projects` SET `budget_hundredths` = CAST(ROUND(`budget_amount` * 100) AS INTEGER) WHERE `budget_amount` IS NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` DROP COLUMN `budget_amount`;--> statement-breakpoint
-- A person listed twice at one meeting keeps one row (the first), with a title or organisation
-- that only a later duplicate carried.
UPDATE `meeting_counterparts` SET
	`title_at_meeting` = COALESCE(`title_at_meeting`, (SELECT d.`title_at_meeting` FROM `meeting_counterparts` d WHERE d.`meeting_id` = `meeting_counterparts`.`meeting_id` AND d.`person_id` = `meeting_counterparts`.`person_id` AND d.`title_at_meeting` IS NOT NULL ORDER BY d.`id` LIMIT 1)),
	`organisation_id` = COALESCE(`organisation_id`, (SELECT d.`organisation_id` FROM `meeting_counterparts` d WHERE d.`meeting_id` = `meeting_counterparts`.`meeting_id` AND d.`person_id` = `meeting_counterparts`.`person_id` AND d.`organisation_id` IS NOT NULL ORDER BY d.`id` LIMIT 1));--> statement-breakpoint
DELETE FROM `meeting_counterparts` WHERE `id` NOT IN (SELECT MIN(`id`) FROM `meeting_counterparts` GROUP BY `meeting_id`, `person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_counterparts_person_once` ON `meeting_counterparts` (`meeting_id`,`person_id`);
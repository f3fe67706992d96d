CREATE TABLE `notification_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`user_id` integer NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`sent_at` text NOT NULL,
	`message_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notification_deliveries_key_unique` ON `notification_deliveries` (`key`);--> statement-breakpoint
CREATE TABLE `notification_email_preferences` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`email` integer NOT NULL,
	PRIMARY KEY(`user_id`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`href` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`dedupe_key` text,
	`created_at` text NOT NULL,
	`read_at` text,
	`emailed_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_user_unread_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_idx` ON `notifications` (`user_id`,`dedupe_key`);--> statement-breakpoint
DROP INDEX `follow_up_actions_open_due_idx`;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `owner_kind` text;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `owner_person_id` integer REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `owner_organisation_id` integer REFERENCES organisations(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `closed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `project_id` integer REFERENCES projects(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `agreement_id` integer REFERENCES agreements(id);--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `follow_up_actions` ADD `updated_by` integer REFERENCES users(id);--> statement-breakpoint
-- Statuses: "in progress" is still open; "cancelled" is dropped.
UPDATE `follow_up_actions` SET `status` = 'open' WHERE `status` = 'in_progress';--> statement-breakpoint
UPDATE `follow_up_actions` SET `status` = 'dropped' WHERE `status` = 'cancelled';--> statement-breakpoint
-- Owners: a user already linked stays a user; a free-text owner that names exactly one active user,
-- one live person or one live organisation (by a name or its acronym) becomes that record; any other
-- text stays as typed, as a named owner outside the directory. Nothing is guessed beyond exact names.
UPDATE `follow_up_actions` SET `owner_kind` = 'user' WHERE `owner_user_id` IS NOT NULL;--> statement-breakpoint
UPDATE `follow_up_actions` SET `owner_kind` = 'user', `owner_user_id` = (SELECT u.`id` FROM `users` u WHERE u.`active` = 1 AND u.`role` IN ('staff', 'supervisor') AND trim(u.`name`) = trim(`follow_up_actions`.`owner`))
  WHERE `owner_kind` IS NULL AND `owner` IS NOT NULL AND (SELECT count(*) FROM `users` u WHERE u.`active` = 1 AND u.`role` IN ('staff', 'supervisor') AND trim(u.`name`) = trim(`follow_up_actions`.`owner`)) = 1;--> statement-breakpoint
UPDATE `follow_up_actions` SET `owner_kind` = 'person', `owner_person_id` = (SELECT p.`id` FROM `people` p WHERE p.`archived_at` IS NULL AND p.`merged_into_id` IS NULL AND (trim(p.`name`) = trim(`follow_up_actions`.`owner`) OR trim(p.`name_transliterated`) = trim(`follow_up_actions`.`owner`)))
  WHERE `owner_kind` IS NULL AND `owner` IS NOT NULL AND (SELECT count(*) FROM `people` p WHERE p.`archived_at` IS NULL AND p.`merged_into_id` IS NULL AND (trim(p.`name`) = trim(`follow_up_actions`.`owner`) OR trim(p.`name_transliterated`) = trim(`follow_up_actions`.`owner`))) = 1;--> statement-breakpoint
UPDATE `follow_up_actions` SET `owner_kind` = 'organisation', `owner_organisation_id` = (SELECT o.`id` FROM `organisations` o WHERE o.`archived_at` IS NULL AND o.`merged_into_id` IS NULL AND trim(`follow_up_actions`.`owner`) IN (o.`acronym`, o.`name_ar`, o.`name_fr`, o.`name_en`))
  WHERE `owner_kind` IS NULL AND `owner` IS NOT NULL AND (SELECT count(*) FROM `organisations` o WHERE o.`archived_at` IS NULL AND o.`merged_into_id` IS NULL AND trim(`follow_up_actions`.`owner`) IN (o.`acronym`, o.`name_ar`, o.`name_fr`, o.`name_en`)) = 1;--> statement-breakpoint
UPDATE `follow_up_actions` SET `owner_kind` = 'named' WHERE `owner_kind` IS NULL AND `owner` IS NOT NULL AND trim(`owner`) <> '';--> statement-breakpoint
CREATE INDEX `follow_up_actions_owner_user_idx` ON `follow_up_actions` (`owner_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_owner_person_idx` ON `follow_up_actions` (`owner_person_id`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_owner_organisation_idx` ON `follow_up_actions` (`owner_organisation_id`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_open_due_idx` ON `follow_up_actions` (`due_on`,`id`) WHERE status = 'open';
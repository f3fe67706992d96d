DROP INDEX `meetings_country_idx`;--> statement-breakpoint
CREATE INDEX `meetings_awaiting_idx` ON `meetings` (`updated_at`,`id`) WHERE archived_at is null and validation_status in ('new', 'edited');--> statement-breakpoint
CREATE INDEX `meetings_sent_back_idx` ON `meetings` (`updated_at`,`id`) WHERE archived_at is null and validation_status = 'sent_back';--> statement-breakpoint
CREATE INDEX `meetings_created_by_idx` ON `meetings` (`created_by`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `activities_awaiting_idx` ON `activities` (`updated_at`,`id`) WHERE archived_at is null and validation_status in ('new', 'edited');--> statement-breakpoint
CREATE INDEX `activities_sent_back_idx` ON `activities` (`updated_at`,`id`) WHERE archived_at is null and validation_status = 'sent_back';--> statement-breakpoint
CREATE INDEX `agreements_awaiting_idx` ON `agreements` (`updated_at`,`id`) WHERE archived_at is null and validation_status in ('new', 'edited');--> statement-breakpoint
CREATE INDEX `agreements_sent_back_idx` ON `agreements` (`updated_at`,`id`) WHERE archived_at is null and validation_status = 'sent_back';--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`,`entity_type`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `organisations_awaiting_idx` ON `organisations` (`updated_at`,`id`) WHERE archived_at is null and merged_into_id is null and validation_status in ('new', 'edited');--> statement-breakpoint
CREATE INDEX `organisations_sent_back_idx` ON `organisations` (`updated_at`,`id`) WHERE archived_at is null and merged_into_id is null and validation_status = 'sent_back';--> statement-breakpoint
CREATE INDEX `people_awaiting_idx` ON `people` (`updated_at`,`id`) WHERE archived_at is null and merged_into_id is null and validation_status in ('new', 'edited');--> statement-breakpoint
CREATE INDEX `people_sent_back_idx` ON `people` (`updated_at`,`id`) WHERE archived_at is null and merged_into_id is null and validation_status = 'sent_back';--> statement-breakpoint
CREATE INDEX `projects_awaiting_idx` ON `projects` (`updated_at`,`id`) WHERE archived_at is null and validation_status in ('new', 'edited');--> statement-breakpoint
CREATE INDEX `projects_sent_back_idx` ON `projects` (`updated_at`,`id`) WHERE archived_at is null and validation_status = 'sent_back';
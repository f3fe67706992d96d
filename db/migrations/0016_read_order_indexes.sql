DROP INDEX `audit_log_entity_idx`;--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_live_order_idx` ON `agreements` ((signed_on is null),signed_on desc,id desc) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `projects_live_order_idx` ON `projects` (`partner_country_code`,coalesce(planned_start, actual_start),`id`) WHERE archived_at is null;
ALTER TABLE `data_quality_issues` ADD `resolved_at` text;--> statement-breakpoint
ALTER TABLE `data_quality_issues` ADD `resolved_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `data_quality_issues` ADD `resolution_note` text;--> statement-breakpoint
ALTER TABLE `data_quality_issues` ADD `version` integer DEFAULT 1 NOT NULL;
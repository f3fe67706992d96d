ALTER TABLE `agreements` ADD `subject_fr` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `subject_en` text;
CREATE INDEX `activities_open_planned_on_idx` ON `activities` (`planned_on`,`id`) WHERE status not in ('done', 'cancelled') and archived_at is null;--> statement-breakpoint
CREATE INDEX `agreements_live_country_idx` ON `agreements` (`counterpart_country_code`,`id`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `agreements_live_signed_on_idx` ON `agreements` (`signed_on`,`id`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `follow_up_actions_status_due_idx` ON `follow_up_actions` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_open_due_idx` ON `follow_up_actions` (`due_on`,`id`) WHERE status in ('open', 'in_progress');--> statement-breakpoint
CREATE INDEX `meetings_live_starts_on_idx` ON `meetings` (`starts_on`,`id`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `meetings_live_country_starts_on_idx` ON `meetings` (`country_code`,`starts_on`,`id`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `meetings_ends_on_idx` ON `meetings` (`ends_on`) WHERE ends_on is not null;--> statement-breakpoint
CREATE INDEX `organisations_live_idx` ON `organisations` (`id`) WHERE archived_at is null and merged_into_id is null;--> statement-breakpoint
CREATE INDEX `people_live_name_idx` ON `people` (`name`,`id`) WHERE archived_at is null and merged_into_id is null;--> statement-breakpoint
CREATE INDEX `project_partners_role_org_idx` ON `project_partners` (`partner_role`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `projects_live_country_idx` ON `projects` (`partner_country_code`,`id`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `meeting_counterparts_organisation_idx` ON `meeting_counterparts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `positions_organisation_idx` ON `positions` (`organisation_id`);--> statement-breakpoint
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(search_text, content='meetings', content_rowid='id', tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `meetings_fts_insert` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO `meetings_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `meetings_fts_delete` AFTER DELETE ON `meetings` BEGIN
  INSERT INTO `meetings_fts`(`meetings_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `meetings_fts_update` AFTER UPDATE OF search_text ON `meetings` BEGIN
  INSERT INTO `meetings_fts`(`meetings_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `meetings_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
INSERT INTO `meetings_fts`(`meetings_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE VIRTUAL TABLE `people_fts` USING fts5(search_text, content='people', content_rowid='id', tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `people_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF search_text ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `people_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
INSERT INTO `people_fts`(`people_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE VIRTUAL TABLE `organisations_fts` USING fts5(search_text, content='organisations', content_rowid='id', tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `organisations_fts_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `organisations_fts_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(`organisations_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `organisations_fts_update` AFTER UPDATE OF search_text ON `organisations` BEGIN
  INSERT INTO `organisations_fts`(`organisations_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `organisations_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
INSERT INTO `organisations_fts`(`organisations_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE VIRTUAL TABLE `projects_fts` USING fts5(search_text, content='projects', content_rowid='id', tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `projects_fts_insert` AFTER INSERT ON `projects` BEGIN
  INSERT INTO `projects_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `projects_fts_delete` AFTER DELETE ON `projects` BEGIN
  INSERT INTO `projects_fts`(`projects_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `projects_fts_update` AFTER UPDATE OF search_text ON `projects` BEGIN
  INSERT INTO `projects_fts`(`projects_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `projects_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
INSERT INTO `projects_fts`(`projects_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE VIRTUAL TABLE `agreements_fts` USING fts5(search_text, content='agreements', content_rowid='id', tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `agreements_fts_insert` AFTER INSERT ON `agreements` BEGIN
  INSERT INTO `agreements_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `agreements_fts_delete` AFTER DELETE ON `agreements` BEGIN
  INSERT INTO `agreements_fts`(`agreements_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `agreements_fts_update` AFTER UPDATE OF search_text ON `agreements` BEGIN
  INSERT INTO `agreements_fts`(`agreements_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `agreements_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;--> statement-breakpoint
INSERT INTO `agreements_fts`(`agreements_fts`) VALUES ('rebuild');

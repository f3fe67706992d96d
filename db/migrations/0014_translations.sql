-- Issue 14: "not stated" is a value. A role read from context rather than stated is marked
-- derived. The reference role `not_stated` (no IATI code) is reference data the seed loader
-- upserts with the other partner roles (db/seed/source-records.ts); project status "not_stated"
-- needs no DDL (the column is plain text, checked by the app's enum).
ALTER TABLE `project_partners` ADD `role_derived` integer DEFAULT false NOT NULL;

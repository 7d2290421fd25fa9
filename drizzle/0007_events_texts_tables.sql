ALTER TABLE `events` ADD `name_de` text;--> statement-breakpoint
ALTER TABLE `events` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `events` ADD `description_de` text;--> statement-breakpoint
ALTER TABLE `events` ADD `description_en` text;--> statement-breakpoint
ALTER TABLE `events` ADD `tables_for` text;--> statement-breakpoint
ALTER TABLE `events` ADD `tables_revision` integer DEFAULT 0 NOT NULL;
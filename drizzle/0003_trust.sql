CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`subject_user_id` text,
	`program_id` integer,
	`details` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_subject` ON `audit_log` (`subject_user_id`);--> statement-breakpoint
ALTER TABLE `participants` ADD `consent_version` integer;--> statement-breakpoint
ALTER TABLE `participants` ADD `share_with_partner` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `retention_months` integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `personal_data_erased_at` text;
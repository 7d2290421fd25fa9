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
CREATE TABLE `exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`files` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `exports_program` ON `exports` (`program_id`);--> statement-breakpoint
CREATE TABLE `tandem_successes` (
	`tandem_id` integer PRIMARY KEY NOT NULL,
	`program_id` integer NOT NULL,
	`text` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`mentor_consent_at` text,
	`mentee_consent_at` text,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `events` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `events` ADD `announced_at` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `consent_version` integer;--> statement-breakpoint
ALTER TABLE `participants` ADD `share_with_partner` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `midterm_eval_date` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `final_eval_date` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `eval_window_days` integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `showcase_channel` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `archive_after_days` integer DEFAULT 14;--> statement-breakpoint
ALTER TABLE `programs` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `channels_archived_at` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `previous_program_id` integer;--> statement-breakpoint
ALTER TABLE `programs` ADD `retention_months` integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE `programs` ADD `personal_data_erased_at` text;
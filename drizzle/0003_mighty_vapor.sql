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
ALTER TABLE `programs` ADD `showcase_channel` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `archive_after_days` integer DEFAULT 14;--> statement-breakpoint
ALTER TABLE `programs` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `channels_archived_at` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `previous_program_id` integer;
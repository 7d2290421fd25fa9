CREATE TABLE `tandem_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`tandem_id` integer NOT NULL,
	`reason` text NOT NULL,
	`since` text,
	`raised_at` text NOT NULL,
	`claimed_by` text,
	`claimed_at` text,
	`resolved_by` text,
	`resolved_at` text,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tandem_alerts_key` ON `tandem_alerts` (`key`);--> statement-breakpoint
CREATE INDEX `tandem_alerts_tandem` ON `tandem_alerts` (`tandem_id`);
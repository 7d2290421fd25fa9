CREATE TABLE `tandem_pauses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tandem_id` integer NOT NULL,
	`until` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tandem_pauses_tandem` ON `tandem_pauses` (`tandem_id`);
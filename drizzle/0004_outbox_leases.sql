ALTER TABLE `slack_ops` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `slack_ops` ADD `lease_until` text;--> statement-breakpoint
ALTER TABLE `slack_ops` ADD `fence` integer DEFAULT 0 NOT NULL;
ALTER TABLE `programs` ADD `holiday_country` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `holiday_region` text;--> statement-breakpoint
ALTER TABLE `tandem_alerts` ADD `unanswered` integer;
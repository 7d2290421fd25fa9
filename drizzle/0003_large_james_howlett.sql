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
ALTER TABLE `programs` ADD `midterm_eval_date` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `final_eval_date` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `eval_window_days` integer DEFAULT 14 NOT NULL;
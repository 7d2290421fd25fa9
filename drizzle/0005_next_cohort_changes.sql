ALTER TABLE `programs` ADD `next_cohort_changes_de` text;--> statement-breakpoint
ALTER TABLE `programs` ADD `next_cohort_changes_en` text;
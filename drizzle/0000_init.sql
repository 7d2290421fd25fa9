CREATE TABLE `action_plans` (
	`tandem_id` integer PRIMARY KEY NOT NULL,
	`channel_id` text,
	`message_ts` text,
	`version` integer DEFAULT 0 NOT NULL,
	`updated_by` text,
	`updated_at` text,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `checkin_answers` (
	`checkin_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`answer` text NOT NULL,
	`met_on` text,
	`topics_covered` text,
	`usefulness` integer,
	`next_step` text,
	`goal_progress` text,
	`answered_at` text NOT NULL,
	PRIMARY KEY(`checkin_id`, `user_id`),
	FOREIGN KEY (`checkin_id`) REFERENCES `checkins`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `checkins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tandem_id` integer NOT NULL,
	`period` integer NOT NULL,
	`channel_id` text,
	`message_ts` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checkins_tandem_period` ON `checkins` (`tandem_id`,`period`);--> statement-breakpoint
CREATE TABLE `circle_prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`phase` text NOT NULL,
	`text` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `circles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`kind` text NOT NULL,
	`channel_id` text,
	`channel_name` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `circles_program_kind` ON `circles` (`program_id`,`kind`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`answers` text NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_participant_kind` ON `evaluations` (`participant_id`,`kind`);--> statement-breakpoint
CREATE TABLE `event_rsvps` (
	`event_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`response` text NOT NULL,
	`answered_at` text NOT NULL,
	PRIMARY KEY(`event_id`, `user_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`kind` text NOT NULL,
	`starts_at` text NOT NULL,
	`place` text,
	`description` text,
	`rounds` integer,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`cancelled_at` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `match_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`total_score` real DEFAULT 0 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_by` text,
	`decided_at` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `pair_constraints` (
	`program_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`mentee_id` integer NOT NULL,
	`kind` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`program_id`, `mentor_id`, `mentee_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentee_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`department` text,
	`background` text,
	`hope_to_learn` text,
	`learning_goals` text,
	`expectations` text,
	`concerns` text,
	`meeting_format` text,
	`meetings_per_month` integer,
	`languages` text DEFAULT '[]' NOT NULL,
	`availability` text,
	`excluded_user_ids` text DEFAULT '[]' NOT NULL,
	`consent` integer DEFAULT false NOT NULL,
	`consent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`withdrawn_at` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_program_user` ON `participants` (`program_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tandem_id` integer NOT NULL,
	`position` integer NOT NULL,
	`topic` text,
	`goal` text NOT NULL,
	`success_sign` text,
	`target_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_goals_tandem_position` ON `plan_goals` (`tandem_id`,`position`);--> statement-breakpoint
CREATE TABLE `program_managers` (
	`user_id` text PRIMARY KEY NOT NULL,
	`added_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `programs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`topics` text NOT NULL,
	`custom_topics` text DEFAULT '{}' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`meeting_cadence_days` integer DEFAULT 30 NOT NULL,
	`signup_deadline` text NOT NULL,
	`language` text NOT NULL,
	`timezone` text NOT NULL,
	`signup_open` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`announcement_channel` text,
	`mentor_capacity` integer DEFAULT 1 NOT NULL,
	`channel_prefix` text DEFAULT 'tandem' NOT NULL,
	`executive_circle` integer DEFAULT false NOT NULL,
	`checkin_cadence_days` integer DEFAULT 14 NOT NULL,
	`circle_cadence_days` integer DEFAULT 21 NOT NULL,
	`nudge_after_days` integer DEFAULT 21 NOT NULL,
	`alert_after_days` integer DEFAULT 35 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE TABLE `proposal_pairs` (
	`proposal_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`mentee_id` integer NOT NULL,
	`score` real NOT NULL,
	`reasons` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `mentee_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `match_proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentee_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `proposal_unmatched` (
	`proposal_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `participant_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `match_proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rematch_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tandem_id` integer NOT NULL,
	`requested_by` text NOT NULL,
	`reason` text,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`tandem_id`) REFERENCES `tandems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `scheduled_sends` (
	`key` text PRIMARY KEY NOT NULL,
	`program_id` integer NOT NULL,
	`kind` text NOT NULL,
	`sent_at` text NOT NULL,
	`channel_id` text,
	`message_ts` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `seen_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`seen_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `slack_ops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`batch` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`depends_on` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`not_before` text,
	`last_error` text,
	`result` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`done_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_ops_key` ON `slack_ops` (`key`);--> statement-breakpoint
CREATE INDEX `slack_ops_status` ON `slack_ops` (`status`,`not_before`);--> statement-breakpoint
CREATE TABLE `slack_users` (
	`user_id` text PRIMARY KEY NOT NULL,
	`locale` text,
	`tz` text,
	`real_name` text,
	`first_name` text,
	`deleted` integer DEFAULT false NOT NULL,
	`fetched_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tandems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`proposal_id` integer,
	`mentor_id` integer NOT NULL,
	`mentee_id` integer NOT NULL,
	`score` real DEFAULT 0 NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`channel_id` text,
	`channel_name` text,
	`status` text DEFAULT 'launching' NOT NULL,
	`paused_until` text,
	`replaces_tandem_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`launched_at` text,
	`ended_at` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `match_proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentee_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tandems_program` ON `tandems` (`program_id`);--> statement-breakpoint
CREATE TABLE `topic_ratings` (
	`participant_id` integer NOT NULL,
	`topic` text NOT NULL,
	`level` integer NOT NULL,
	`phase` text DEFAULT 'intake' NOT NULL,
	PRIMARY KEY(`participant_id`, `topic`, `phase`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `world_cafe_seats` (
	`event_id` integer NOT NULL,
	`round` integer NOT NULL,
	`table_no` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `round`, `user_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);

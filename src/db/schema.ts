import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import type {
  CheckinAnswer,
  EventKind,
  MeetingFormat,
  PairReason,
  ParticipantStatus,
  ProgramStatus,
  ProposalStatus,
  Role,
  TandemStatus,
} from "../domain/types";
import type { StoredPayload } from "./ops";

/** The domain's words the columns are typed with, for readers of rows. */
export type * from "../domain/types";

/*
 * The whole program is modelled here, phase by phase: planning (programs, participants, ratings),
 * matching (proposals, constraints), realization (tandems, circles, the Slack outbox, check-ins,
 * plans, events) and steering (evaluations). Times are ISO-8601 UTC strings; dates are YYYY-MM-DD.
 */

const createdAt = () => text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const autoId = () => integer("id").primaryKey({ autoIncrement: true });
/** A row that belongs to another and goes with it. */
const parentRef = (name: string, target: () => AnySQLiteColumn) =>
  integer(name).notNull().references(target, { onDelete: "cascade" });
const requiredRef = (name: string, target: () => AnySQLiteColumn) =>
  integer(name).notNull().references(target);
/** Where a message the app posted (or will post) stands in Slack. */
const slackMessage = () => ({ channelId: text("channel_id"), messageTs: text("message_ts") });

export const programManagers = sqliteTable("program_managers", {
  userId: text("user_id").primaryKey(),
  addedBy: text("added_by"),
  createdAt: createdAt(),
});

/** Cached profile facts from users.info: locale picks the language, tz the working hours. */
export const slackUsers = sqliteTable("slack_users", {
  userId: text("user_id").primaryKey(),
  locale: text("locale"),
  tz: text("tz"),
  realName: text("real_name"),
  firstName: text("first_name"),
  deleted: integer("deleted", { mode: "boolean" }).notNull().default(false),
  fetchedAt: text("fetched_at").notNull(),
});

export const programs = sqliteTable("programs", {
  id: autoId(),
  name: text("name").notNull(),
  /** JSON array of topic keys (catalog keys or custom:<slug>) */
  topics: text("topics", { mode: "json" }).$type<string[]>().notNull(),
  /** JSON map from custom topic key to its label */
  customTopics: text("custom_topics", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
  startDate: text("start_date").notNull(),
  endDate: text("end_date").notNull(),
  /** expected days between tandem meetings */
  meetingCadenceDays: integer("meeting_cadence_days").notNull().default(30),
  signupDeadline: text("signup_deadline").notNull(),
  language: text("language").$type<"de" | "en">().notNull(),
  /** how German texts address people: "du" or "Sie" (docs/german-style.md) */
  address: text("address").$type<"du" | "sie">().notNull().default("du"),
  timezone: text("timezone").notNull(),
  signupOpen: integer("signup_open", { mode: "boolean" }).notNull().default(false),
  status: text("status").$type<ProgramStatus>().notNull().default("draft"),
  announcementChannel: text("announcement_channel"),
  mentorCapacity: integer("mentor_capacity").notNull().default(1),
  channelPrefix: text("channel_prefix").notNull().default("tandem"),
  executiveCircle: integer("executive_circle", { mode: "boolean" }).notNull().default(false),
  checkinCadenceDays: integer("checkin_cadence_days").notNull().default(14),
  circleCadenceDays: integer("circle_cadence_days").notNull().default(21),
  nudgeAfterDays: integer("nudge_after_days").notNull().default(21),
  alertAfterDays: integer("alert_after_days").notNull().default(35),
  /** steering: evaluation wave dates (YYYY-MM-DD); null = derived (midpoint, end date) */
  midtermEvalDate: text("midterm_eval_date"),
  finalEvalDate: text("final_eval_date"),
  /** days a wave stays open for answers and changes after its date */
  evalWindowDays: integer("eval_window_days").notNull().default(14),
  createdBy: text("created_by").notNull(),
  createdAt: createdAt(),
  updatedAt: text("updated_at"),
  // Closing and the next cohort (docs/decisions/program-lifecycle.md)
  /** where the closing event's showcase of first successes is posted */
  showcaseChannel: text("showcase_channel"),
  /** days after the end date when tandem channels are archived; null keeps them */
  archiveAfterDays: integer("archive_after_days").default(14),
  closedAt: text("closed_at"),
  channelsArchivedAt: text("channels_archived_at"),
  /** the cohort this one was started from (/mentoring program new) */
  previousProgramId: integer("previous_program_id"),
  /** public holidays: ISO country ("DE"), null = from the time zone, "none" = weekends only (domain/rhythm/holidays) */
  holidayCountry: text("holiday_country"),
  /** the country's region ("BY"); null = nationwide holidays only */
  holidayRegion: text("holiday_region"),
  /** trust: months after a closed program ends until its personal data is deleted */
  retentionMonths: integer("retention_months").notNull().default(12),
  /** trust: when the retention deletion ran (personal data of the program is gone) */
  personalDataErasedAt: text("personal_data_erased_at"),
  /** what changes for the next cohort, written by a manager for the participants' summary (optional) */
  nextCohortChangesDe: text("next_cohort_changes_de"),
  nextCohortChangesEn: text("next_cohort_changes_en"),
});

export const participants = sqliteTable(
  "participants",
  {
    id: autoId(),
    programId: parentRef("program_id", () => programs.id),
    userId: text("user_id").notNull(),
    role: text("role").$type<Role>().notNull(),
    status: text("status").$type<ParticipantStatus>().notNull().default("draft"),
    department: text("department"),
    /** mentor: experience background */
    background: text("background"),
    /** mentor: what they hope to learn from an executive */
    hopeToLearn: text("hope_to_learn"),
    /** mentee: learning goals */
    learningGoals: text("learning_goals"),
    expectations: text("expectations"),
    concerns: text("concerns"),
    meetingFormat: text("meeting_format").$type<MeetingFormat>(),
    /** meetings per month the person wants */
    meetingsPerMonth: integer("meetings_per_month"),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default([]),
    availability: text("availability"),
    /** Confidential: never shown to anyone but the participant; used only as a hard matching constraint. */
    excludedUserIds: text("excluded_user_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    consent: integer("consent", { mode: "boolean" }).notNull().default(false),
    consentAt: text("consent_at"),
    /** trust: the version of the consent text (domain/consent.ts) the person accepted */
    consentVersion: integer("consent_version"),
    /** trust: goals and expectations may be shown to the partner (changeable from the profile) */
    shareWithPartner: integer("share_with_partner", { mode: "boolean" }),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
    withdrawnAt: text("withdrawn_at"),
  },
  (t) => [uniqueIndex("participants_program_user").on(t.programId, t.userId)],
);

/** Per-topic answers: a mentor's skill level or an executive's self-assessment, 1–5. */
export const topicRatings = sqliteTable(
  "topic_ratings",
  {
    participantId: parentRef("participant_id", () => participants.id),
    topic: text("topic").notNull(),
    level: integer("level").notNull(),
    /** intake, midterm or final: self-assessments repeat so growth can be shown */
    phase: text("phase").$type<"intake" | "midterm" | "final">().notNull().default("intake"),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.topic, t.phase] })],
);

export const matchProposals = sqliteTable("match_proposals", {
  id: autoId(),
  programId: parentRef("program_id", () => programs.id),
  status: text("status").$type<ProposalStatus>().notNull().default("draft"),
  totalScore: real("total_score").notNull().default(0),
  createdBy: text("created_by").notNull(),
  createdAt: createdAt(),
  decidedBy: text("decided_by"),
  decidedAt: text("decided_at"),
});

export const proposalPairs = sqliteTable(
  "proposal_pairs",
  {
    proposalId: parentRef("proposal_id", () => matchProposals.id),
    mentorId: requiredRef("mentor_id", () => participants.id),
    menteeId: requiredRef("mentee_id", () => participants.id),
    score: real("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<PairReason[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.menteeId] })],
);

export const proposalUnmatched = sqliteTable(
  "proposal_unmatched",
  {
    proposalId: parentRef("proposal_id", () => matchProposals.id),
    participantId: requiredRef("participant_id", () => participants.id),
    reason: text("reason", { mode: "json" }).$type<PairReason>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.participantId] })],
);

/** Program managers' decisions that outlive a recompute. */
export const pairConstraints = sqliteTable(
  "pair_constraints",
  {
    programId: parentRef("program_id", () => programs.id),
    mentorId: requiredRef("mentor_id", () => participants.id),
    menteeId: requiredRef("mentee_id", () => participants.id),
    kind: text("kind").$type<"lock" | "forbid">().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.mentorId, t.menteeId] })],
);

export const tandems = sqliteTable(
  "tandems",
  {
    id: autoId(),
    programId: parentRef("program_id", () => programs.id),
    proposalId: integer("proposal_id").references(() => matchProposals.id),
    mentorId: requiredRef("mentor_id", () => participants.id),
    menteeId: requiredRef("mentee_id", () => participants.id),
    score: real("score").notNull().default(0),
    reasons: text("reasons", { mode: "json" }).$type<PairReason[]>().notNull().default([]),
    channelId: text("channel_id"),
    channelName: text("channel_name"),
    status: text("status").$type<TandemStatus>().notNull().default("launching"),
    pausedUntil: text("paused_until"),
    /** the tandem this one replaces after a rematch */
    replacesTandemId: integer("replaces_tandem_id"),
    createdAt: createdAt(),
    launchedAt: text("launched_at"),
    endedAt: text("ended_at"),
  },
  (t) => [index("tandems_program").on(t.programId)],
);

export const circles = sqliteTable(
  "circles",
  {
    id: autoId(),
    programId: parentRef("program_id", () => programs.id),
    kind: text("kind").$type<"mentor" | "executive">().notNull(),
    channelId: text("channel_id"),
    channelName: text("channel_name"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("circles_program_kind").on(t.programId, t.kind)],
);

/** running: the call may be under way (or was, when the process died); see docs/decisions/outbox.md */
export type SlackOpStatus = "pending" | "running" | "done" | "failed";

/**
 * The outbox: every Slack side effect that must happen exactly once is written here first, under an
 * idempotency key, and performed by the worker. A row is never performed twice once it is done.
 */
export const slackOps = sqliteTable(
  "slack_ops",
  {
    id: autoId(),
    key: text("key").notNull(),
    /** groups the ops of one launch (or other batch) for status reports */
    batch: text("batch").notNull(),
    kind: text("kind").notNull(),
    payload: text("payload", { mode: "json" }).$type<StoredPayload>().notNull(),
    /** key of an op that must be done before this one */
    dependsOn: text("depends_on"),
    status: text("status").$type<SlackOpStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    notBefore: text("not_before"),
    lastError: text("last_error"),
    result: text("result", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    doneAt: text("done_at"),
    /** the instance that claimed the op while it is "running" (config.instanceId) */
    leaseOwner: text("lease_owner"),
    /** a running op whose lease has passed is taken over by another instance */
    leaseUntil: text("lease_until"),
    /** raised by every claim: only the holder of the latest claim may record the outcome */
    fence: integer("fence").notNull().default(0),
  },
  (t) => [uniqueIndex("slack_ops_key").on(t.key), index("slack_ops_status").on(t.status, t.notBefore)],
);

/** Scheduled items that were sent, one row per item and period: the scheduler's memory. */
export const scheduledSends = sqliteTable("scheduled_sends", {
  key: text("key").primaryKey(),
  programId: parentRef("program_id", () => programs.id),
  kind: text("kind").notNull(),
  sentAt: text("sent_at").notNull(),
  ...slackMessage(),
});

export const checkins = sqliteTable(
  "checkins",
  {
    id: autoId(),
    tandemId: parentRef("tandem_id", () => tandems.id),
    period: integer("period").notNull(),
    ...slackMessage(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("checkins_tandem_period").on(t.tandemId, t.period)],
);

export const checkinAnswers = sqliteTable(
  "checkin_answers",
  {
    checkinId: parentRef("checkin_id", () => checkins.id),
    userId: text("user_id").notNull(),
    answer: text("answer").$type<CheckinAnswer>().notNull(),
    metOn: text("met_on"),
    topicsCovered: text("topics_covered"),
    usefulness: integer("usefulness"),
    nextStep: text("next_step"),
    /** JSON map goal id → status, progress per action-plan goal */
    goalProgress: text("goal_progress", { mode: "json" }).$type<Record<string, string>>(),
    answeredAt: text("answered_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkinId, t.userId] })],
);

export const actionPlans = sqliteTable("action_plans", {
  tandemId: integer("tandem_id")
    .primaryKey()
    .references(() => tandems.id, { onDelete: "cascade" }),
  ...slackMessage(),
  version: integer("version").notNull().default(0),
  updatedBy: text("updated_by"),
  updatedAt: text("updated_at"),
});

export const planGoals = sqliteTable(
  "plan_goals",
  {
    id: autoId(),
    tandemId: parentRef("tandem_id", () => tandems.id),
    position: integer("position").notNull(),
    topic: text("topic"),
    goal: text("goal").notNull(),
    successSign: text("success_sign"),
    targetDate: text("target_date"),
    status: text("status").$type<"open" | "in_progress" | "done">().notNull().default("open"),
  },
  (t) => [uniqueIndex("plan_goals_tandem_position").on(t.tandemId, t.position)],
);

export const events = sqliteTable("events", {
  id: autoId(),
  programId: parentRef("program_id", () => programs.id),
  kind: text("kind").$type<EventKind>().notNull(),
  startsAt: text("starts_at").notNull(),
  place: text("place"),
  description: text("description"),
  rounds: integer("rounds"),
  createdBy: text("created_by").notNull(),
  createdAt: createdAt(),
  cancelledAt: text("cancelled_at"),
  /** counts edits: keys of change notices and of re-armed reminders carry it */
  revision: integer("revision").notNull().default(0),
  updatedAt: text("updated_at"),
  /** when it was announced (scheduled or carried over): from then on late joiners get the announcement too */
  announcedAt: text("announced_at"),
  /** the manager's own name and description per language (either may be empty; readers fall back) */
  nameDe: text("name_de"),
  nameEn: text("name_en"),
  descriptionDe: text("description_de"),
  descriptionEn: text("description_en"),
  /** World Café: who the stored tables were planned for (a fingerprint); null until first planned */
  tablesFor: text("tables_for"),
  /** World Café: counts plans; the keys of table DMs carry it */
  tablesRevision: integer("tables_revision").notNull().default(0),
  /** World Café: when the stored tables were planned (a reminder of that day leaves their DM alone) */
  tablesAt: text("tables_at"),
});

export const eventRsvps = sqliteTable(
  "event_rsvps",
  {
    eventId: parentRef("event_id", () => events.id),
    userId: text("user_id").notNull(),
    response: text("response").$type<"going" | "not_going">().notNull(),
    answeredAt: text("answered_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] })],
);

export const worldCafeSeats = sqliteTable(
  "world_cafe_seats",
  {
    eventId: parentRef("event_id", () => events.id),
    round: integer("round").notNull(),
    tableNo: integer("table_no").notNull(),
    userId: text("user_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.round, t.userId] })],
);

export const circlePrompts = sqliteTable("circle_prompts", {
  id: autoId(),
  programId: parentRef("program_id", () => programs.id),
  phase: text("phase").$type<"start" | "middle" | "end">().notNull(),
  text: text("text").notNull(),
  /** when the scheduler took it for a post: own prompts not yet posted come before the library */
  postedAt: text("posted_at"),
  createdBy: text("created_by").notNull(),
  createdAt: createdAt(),
});

export const rematchRequests = sqliteTable("rematch_requests", {
  id: autoId(),
  tandemId: parentRef("tandem_id", () => tandems.id),
  requestedBy: text("requested_by").notNull(),
  reason: text("reason"),
  status: text("status").$type<"open" | "approved" | "declined">().notNull().default("open"),
  decidedBy: text("decided_by"),
  createdAt: createdAt(),
  decidedAt: text("decided_at"),
});

/**
 * Steering (issue 19): every pause a tandem started, so that the final report counts pauses over the
 * whole program (tandems.status only tells whether one is paused now). Extending a pause is no new row.
 */
export const tandemPauses = sqliteTable(
  "tandem_pauses",
  {
    id: autoId(),
    tandemId: parentRef("tandem_id", () => tandems.id),
    /** the date it was paused until when it started (YYYY-MM-DD) */
    until: text("until").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("tandem_pauses_tandem").on(t.tandemId)],
);

/**
 * An "at risk" alert to the program managers (a stall, or a tandem asking for help). The key is the
 * alert's idempotency key (e.g. "help:c12" or the scheduler's item key), so it is raised once.
 */
export const tandemAlerts = sqliteTable(
  "tandem_alerts",
  {
    id: autoId(),
    key: text("key").notNull(),
    tandemId: parentRef("tandem_id", () => tandems.id),
    reason: text("reason").$type<"stall" | "help">().notNull(),
    /** stall: YYYY-MM-DD the stall is counted from */
    since: text("since"),
    /** stall: check-ins since `since` that brought no reported meeting when it was raised */
    unanswered: integer("unanswered"),
    raisedAt: text("raised_at").notNull(),
    claimedBy: text("claimed_by"),
    claimedAt: text("claimed_at"),
    resolvedBy: text("resolved_by"),
    resolvedAt: text("resolved_at"),
    /** help asked for privately: who asked (only the program managers know; the partner is not told) */
    askedPrivatelyBy: text("asked_privately_by"),
  },
  (t) => [uniqueIndex("tandem_alerts_key").on(t.key), index("tandem_alerts_tandem").on(t.tandemId)],
);

export const evaluations = sqliteTable(
  "evaluations",
  {
    id: autoId(),
    programId: parentRef("program_id", () => programs.id),
    participantId: parentRef("participant_id", () => participants.id),
    kind: text("kind").$type<"midterm" | "final">().notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    submittedAt: text("submitted_at").notNull(),
  },
  (t) => [uniqueIndex("evaluations_participant_kind").on(t.participantId, t.kind)],
);

/** Event deliveries already handled, so that Slack's retries never act twice. */
export const seenDeliveries = sqliteTable("seen_deliveries", {
  id: text("id").primaryKey(),
  seenAt: text("seen_at").notNull(),
});

/** Steering: each CSV export a program manager took (who, when, which program, which files). */
export const exports = sqliteTable(
  "exports",
  {
    id: autoId(),
    programId: parentRef("program_id", () => programs.id),
    userId: text("user_id").notNull(),
    /** JSON array of the files delivered: name, Slack file id, rows */
    files: text("files", { mode: "json" })
      .$type<{ name: string; fileId: string; rows: number }[]>()
      .notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("exports_program").on(t.programId)],
);
/*
 * Closing: a tandem's first successes, shown at the closing event only when both members agreed to
 * share the text as it stands (an edit clears both consents).
 */
export const tandemSuccesses = sqliteTable("tandem_successes", {
  tandemId: integer("tandem_id")
    .primaryKey()
    .references(() => tandems.id, { onDelete: "cascade" }),
  programId: parentRef("program_id", () => programs.id),
  text: text("text").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: text("updated_at").notNull(),
  mentorConsentAt: text("mentor_consent_at"),
  menteeConsentAt: text("mentee_consent_at"),
});
/* ---- trust (issue 11): the audit trail ---- */

/**
 * Append-only: who did what, when, about whom. Nothing updates or deletes a row, except erasure,
 * which replaces a person's id with a pseudonym (docs/privacy.md).
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: autoId(),
    at: text("at").notNull(),
    /** Slack user id of who acted, or "system" (scheduler, Slack events) */
    actor: text("actor").notNull(),
    /** what was done, e.g. "command:match", "click:matching.approve", "matching.approved" */
    action: text("action").notNull(),
    /** the user the action was about, if one */
    subjectUserId: text("subject_user_id"),
    programId: integer("program_id"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_subject").on(t.subjectUserId)],
);

/**
 * The program's own words. The domain owns them; the database schema stores them (db/schema.ts
 * re-exports them for its column types), and the Slack layer shows them.
 */

export type ProgramStatus = "draft" | "signup" | "matching" | "running" | "closed";

export type Role = "mentor" | "mentee";
export type ParticipantStatus = "draft" | "complete" | "waiting" | "matched" | "withdrawn";
export type MeetingFormat = "in_person" | "remote" | "mixed";

export type ProposalStatus = "draft" | "approved" | "discarded";

/** Why a pair fits (or why someone stayed unmatched), as a message key with its parameters. */
export interface PairReason {
  key: string;
  params: Record<string, string | number>;
}

export type TandemStatus = "launching" | "active" | "paused" | "ended" | "failed";

export type CheckinAnswer = "yes" | "not_yet" | "help";

export type EventKind = "kickoff" | "world_cafe" | "closing";

import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { HomeView, KnownBlock, ModalView } from "@slack/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSlackPayload } from "../../sim/block-kit";
import type { BatchStatus } from "../../src/db/queries/batchStatus";
import type { Participant } from "../../src/db/queries/participants";
import type { Program } from "../../src/db/queries/programs";
import type { PairReason } from "../../src/db/schema";
import { closingPlan } from "../../src/domain/closing";
import type { Dashboard } from "../../src/domain/dashboard";
import { DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH, PLACE_MAX_LENGTH, ROUNDS } from "../../src/domain/events";
import type { PairConstraint } from "../../src/domain/matching/match";
import { GOAL_MAX_LENGTH, type PlanGoal, SUCCESS_MAX_LENGTH } from "../../src/domain/plan";
import { MAX_CUSTOM_TOPIC_LENGTH, MAX_NAME_LENGTH, MAX_PREFIX_LENGTH } from "../../src/domain/program";
import { PROMPT_MAX_LENGTH, type ScheduleEntry } from "../../src/domain/rhythm/schedule";
import { type CafeRound, tableSizes } from "../../src/domain/rhythm/worldcafe";
import { LIMITS as SIGNUP_LIMITS } from "../../src/domain/signup";
import { TEXT_MAX } from "../../src/domain/steering/evaluation";
import { buildReport, type ReportInput, summarize } from "../../src/domain/steering/report";
import { MAX_TOPICS, TOPIC_CATALOG } from "../../src/domain/topics";
import { type Lang, type Translator, translator } from "../../src/i18n";
import { PAST_COHORTS_SHOWN } from "../../src/services/cohorts";
import { ids } from "../../src/slack/ids";
import * as close from "../../src/slack/views/close";
import * as help from "../../src/slack/views/help";
import * as home from "../../src/slack/views/home";
import * as homeDashboard from "../../src/slack/views/homeDashboard";
import * as launchMessages from "../../src/slack/views/launchMessages";
import * as launchStatus from "../../src/slack/views/launchStatus";
import * as matching from "../../src/slack/views/matching";
import * as notices from "../../src/slack/views/notices";
import * as rhythmAlerts from "../../src/slack/views/rhythmAlerts";
import * as rhythmCheckinModal from "../../src/slack/views/rhythmCheckinModal";
import * as rhythmEvents from "../../src/slack/views/rhythmEvents";
import * as rhythmPause from "../../src/slack/views/rhythmPause";
import * as rhythmPlan from "../../src/slack/views/rhythmPlan";
import * as rhythmRematch from "../../src/slack/views/rhythmRematch";
import * as rhythmSchedule from "../../src/slack/views/rhythmSchedule";
import * as rhythmScheduled from "../../src/slack/views/rhythmScheduled";
import * as setup from "../../src/slack/views/setup";
import * as signup from "../../src/slack/views/signup";
import * as signupMessages from "../../src/slack/views/signupMessages";
import * as steering from "../../src/slack/views/steering";
import * as trust from "../../src/slack/views/trust";
import { formalMarker, informalMarker, shortcode } from "../helpers/language";

/*
 * Every message, modal and App Home the app can send, built at the largest sizes a program reaches
 * (400 participants, 150 tandems, 30 topics, 20 events, six World Café rounds, every free text at its
 * maximum, names full of umlauts, emoji and <!channel>) in German and English, and checked against
 * Slack's Block Kit rules. Where a builder cuts a list or caps blocks, what a person needs (send and
 * submit buttons, pagers, the call to action) must survive, and a cut list must say so.
 */

// ---------------------------------------------------------------- data at size

const PARTICIPANTS = 400;
const TANDEMS = 150;
const TOPIC_COUNT = 30;
const EVENTS = 20;
const CAFE_ROUNDS = ROUNDS.max;

/** Text a person may type: umlauts, emoji (incl. a ZWJ sequence), mention-like text and mrkdwn markup. */
const NASTY = "Grüße <!channel> & <@U0EVIL01> an Jürgen 🚀👩‍💻 <https://evil.example|klick> *fett* ß Ö > ";

/** Exactly `length` code points of nasty text (the unit Slack's max_length counts). */
function text(length: number, salt = 0): string {
  const chars = Array.from(NASTY);
  return Array.from({ length }, (_, i) => chars[(i + salt) % chars.length]).join("");
}

/** The worst case for escaping: every character grows to four or five when escaped. */
function escapable(length: number): string {
  return "<&>".repeat(Math.ceil(length / 3)).slice(0, length);
}

const user = (i: number) => `U${String(i).padStart(10, "0")}`;
const channel = (i: number) => `C${String(i).padStart(10, "0")}`;
const name = (i: number) => text(MAX_NAME_LENGTH, i);

const MENTORS = Array.from({ length: PARTICIPANTS / 2 }, (_, i) => user(i));
const MENTEES = Array.from({ length: PARTICIPANTS / 2 }, (_, i) => user(1000 + i));
const EVERYONE = [...MENTORS, ...MENTEES];

/** 30 topics: the catalog and custom ones with labels at their maximum. */
const CUSTOM_TOPICS: Record<string, string> = Object.fromEntries(
  Array.from({ length: TOPIC_COUNT - TOPIC_CATALOG.length }, (_, i) => [
    `custom:topic-${i}`,
    text(MAX_CUSTOM_TOPIC_LENGTH, i),
  ]),
);
const TOPICS = [...TOPIC_CATALOG.map((d) => d.key), ...Object.keys(CUSTOM_TOPICS)];
/** A program holds at most MAX_TOPICS (the setup validation); the custom ones come first, they are longest. */
const PROGRAM_TOPICS = [...Object.keys(CUSTOM_TOPICS), ...TOPIC_CATALOG.map((d) => d.key)].slice(
  0,
  MAX_TOPICS,
);

const PROGRAM: Program = {
  id: 7,
  name: name(0),
  topics: PROGRAM_TOPICS,
  customTopics: CUSTOM_TOPICS,
  startDate: "2026-03-02",
  endDate: "2026-08-31",
  meetingCadenceDays: 30,
  signupDeadline: "2026-02-20",
  language: "de",
  address: "du",
  timezone: "America/Argentina/ComodRivadavia",
  signupOpen: true,
  status: "running",
  announcementChannel: channel(1),
  mentorCapacity: 5,
  channelPrefix: "x".repeat(MAX_PREFIX_LENGTH),
  executiveCircle: true,
  checkinCadenceDays: 7,
  circleCadenceDays: 7,
  nudgeAfterDays: 7,
  alertAfterDays: 180,
  midtermEvalDate: null,
  finalEvalDate: null,
  evalWindowDays: 14,
  createdBy: user(1),
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: null,
  showcaseChannel: null,
  archiveAfterDays: 14,
  closedAt: null,
  channelsArchivedAt: null,
  previousProgramId: null,
  retentionMonths: 12,
  personalDataErasedAt: null,
  nextCohortChangesDe: null,
  nextCohortChangesEn: null,
  holidayCountry: null,
  holidayRegion: null,
};

function participant(role: "mentor" | "mentee", i: number): Participant {
  return {
    id: i + 1,
    programId: PROGRAM.id,
    userId: role === "mentor" ? user(i) : user(1000 + i),
    role,
    status: "complete",
    department: text(SIGNUP_LIMITS.department, i),
    background: text(SIGNUP_LIMITS.background, i + 1),
    hopeToLearn: text(SIGNUP_LIMITS.hopeToLearn, i + 2),
    learningGoals: text(SIGNUP_LIMITS.learningGoals, i + 3),
    expectations: text(SIGNUP_LIMITS.expectations, i + 4),
    concerns: text(SIGNUP_LIMITS.concerns, i + 5),
    meetingFormat: "mixed",
    meetingsPerMonth: 2,
    languages: ["de", "en", ...Array.from({ length: 3 }, (_, k) => text(SIGNUP_LIMITS.language, k))],
    availability: text(SIGNUP_LIMITS.availability, i + 6),
    excludedUserIds: EVERYONE.slice(0, 10),
    consent: true,
    consentAt: "2026-02-01",
    consentVersion: 1,
    shareWithPartner: null,
    createdAt: "2026-01-02T00:00:00Z",
    updatedAt: null,
    withdrawnAt: null,
  };
}

const RATINGS = new Map(TOPICS.map((topic, i) => [topic, (i % 5) + 1]));

/** Every reason the matcher gives, one strong-in per program topic. */
const REASONS: PairReason[] = [
  ...PROGRAM_TOPICS.map((topic, i) => ({
    key: i % 2 ? "matching.reason.strong_in" : "matching.reason.strong_in_goal",
    params: { topic, mentorLevel: 5, menteeLevel: 1 },
  })),
  { key: "matching.reason.same_format", params: { format: "in_person" } },
  { key: "matching.reason.same_frequency", params: { perMonth: 2 } },
  { key: "matching.reason.different_departments", params: {} },
  { key: "matching.reason.shared_language", params: { language: text(SIGNUP_LIMITS.language) } },
];

function reviewData(page: number, notice = true): matching.ReviewData {
  const person = (userId: string, i: number) => ({
    participantId: i + 1,
    userId,
    department: text(SIGNUP_LIMITS.department, i),
  });
  const pairs = Array.from({ length: TANDEMS }, (_, i) => ({
    mentor: person(user(i), i),
    mentee: person(user(1000 + i), 1000 + i),
    score: 0.5 + (i % 50) / 100,
    reasons: REASONS,
  }));
  const unmatched = EVERYONE.filter(
    (u) => !pairs.some((p) => p.mentor.userId === u || p.mentee.userId === u),
  ).map((u, i) => ({
    ...person(u, 2000 + i),
    role: (i % 2 ? "mentor" : "mentee") as "mentor" | "mentee",
    // every third waits for consent to a changed consent text: the longest reasons
    reason: (i % 3 === 2
      ? { key: "matching.unmatched.consent_asked", params: { date: "2026-09-30" } }
      : { key: "matching.unmatched.only_forbidden", params: {} }) as PairReason,
  }));
  const constraints: PairConstraint[] = pairs.slice(0, 60).map((p, i) => ({
    mentorId: p.mentor.participantId,
    menteeId: p.mentee.participantId,
    kind: i % 2 ? "lock" : "forbid",
  }));
  return {
    proposalId: 3,
    programName: PROGRAM.name,
    customTopics: CUSTOM_TOPICS,
    pairs,
    unmatched,
    constraints,
    page,
    ...(notice ? { notice: escapable(500) } : {}),
  };
}

function dashboard(): Dashboard {
  return {
    total: { complete: 300, draft: 100 },
    byRole: { mentor: { complete: 150, draft: 50 }, mentee: { complete: 150, draft: 50 } },
    byDepartment: Array.from({ length: PARTICIPANTS }, (_, i) => ({
      department: i === 0 ? null : text(SIGNUP_LIMITS.department, i),
      people: 3 + (i % 2),
    })),
    otherDepartments: { people: null },
    unfinished: EVERYONE.slice(0, 100),
    // a hidden count ("<3", escaped) is the longest figure; shortfalls are drawn in bold
    topics: PROGRAM_TOPICS.map((topic, i) =>
      i % 2 === 0
        ? { topic, demand: 150, supply: null, shortfall: true }
        : { topic, demand: null, supply: 150, shortfall: false },
    ),
  };
}

function managerData(): homeDashboard.ManagerHomeData {
  return {
    program: {
      id: PROGRAM.id,
      name: PROGRAM.name,
      startDate: PROGRAM.startDate,
      endDate: PROGRAM.endDate,
      signupDeadline: PROGRAM.signupDeadline,
      status: "running",
      signupSwitchedOn: true,
      signupOpen: false,
      topics: PROGRAM_TOPICS,
      customTopics: CUSTOM_TOPICS,
    },
    dashboard: dashboard(),
  };
}

function participantData(state: home.ParticipantState): home.ParticipantHomeData {
  return {
    program: { name: PROGRAM.name, signupOpen: true, signupDeadline: "2026-02-20", deadlinePassed: false },
    role: state === "none" ? undefined : "mentee",
    state,
    tandem: { channelId: channel(5), partnerUserId: user(5) },
    upcoming: Array.from({ length: 40 }, (_, i) => ({
      date: `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      label: escapable(200),
    })),
  };
}

const FAILURES = 300;
function batchStatus(): BatchStatus {
  return {
    batch: `launch:${PROGRAM.id}`,
    total: 2000,
    done: 1600,
    pending: 50,
    failed: FAILURES,
    blocked: 50,
    failures: Array.from({ length: FAILURES }, (_, i) => ({
      key: `launch:${PROGRAM.id}:op:${i}`,
      kind: i % 2 ? "channel.invite" : "dm.post",
      about: `<@${user(i)}> &amp; <#${channel(i)}>`,
      error: i % 3 ? `user_not_found: ${EVERYONE.slice(0, 100).join(",")}` : `${text(200)}: ${text(500)}`,
    })),
  };
}

const AT_RISK = TANDEMS;
function atRisk(): rhythmAlerts.AtRiskItem[] {
  return Array.from({ length: AT_RISK }, (_, i) => ({
    tandemId: i + 1,
    channelId: i % 7 ? channel(i) : null,
    mentorUserId: user(i),
    menteeUserId: user(1000 + i),
    reason: i % 2 ? "help" : "stall",
    quietDays: 180,
    alertId: i % 3 ? i + 1 : undefined,
    claimedBy: i % 4 ? user(i + 1) : null,
  }));
}

function eventInfo(i: number, kind: rhythmEvents.EventInfo["kind"] = "world_cafe"): rhythmEvents.EventInfo {
  return {
    id: i + 1,
    kind,
    startsAt: "2026-05-20T15:00:00Z",
    place: text(PLACE_MAX_LENGTH, i),
    name: { de: text(NAME_MAX_LENGTH, i), en: text(NAME_MAX_LENGTH, i + 1) },
    description: { de: text(DESCRIPTION_MAX_LENGTH, i), en: text(DESCRIPTION_MAX_LENGTH, i + 1) },
    rounds: CAFE_ROUNDS,
    rsvpBy: "2026-05-15",
    timezone: "America/Argentina/ComodRivadavia",
    program: PROGRAM.name,
  };
}

/** Everyone in tables of 4–6, rotating by round (a stand-in for the annealer's plan: same sizes). */
function cafePlan(): CafeRound[] {
  const sizes = tableSizes(PARTICIPANTS, 6);
  return Array.from({ length: CAFE_ROUNDS }, (_, r) => {
    const order = EVERYONE.map((u, i) => ({ u, k: (i * (r * 2 + 1) + r) % EVERYONE.length })).sort(
      (a, b) => a.k - b.k,
    );
    let at = 0;
    return {
      round: r + 1,
      tables: sizes.map((size) => {
        const table = order.slice(at, at + size).map((x) => x.u);
        at += size;
        return table.sort();
      }),
    };
  });
}

function goals(): PlanGoal[] {
  return [1, 2, 3, 4, 5].map((position) => ({
    position,
    topic: PROGRAM_TOPICS[position - 1] ?? null,
    goal: text(GOAL_MAX_LENGTH, position),
    successSign: text(SUCCESS_MAX_LENGTH, position),
    targetDate: "2026-08-31",
    status: position % 3 === 0 ? "done" : position % 2 ? "in_progress" : "open",
  }));
}

/**
 * The closing phase at its fullest: both waves' sends, 20 closing events (each with success prompts
 * due to 150 tandems and a showcase), the end, archiving and deletion.
 */
function closingItems() {
  const events = Array.from({ length: EVENTS }, (_, i) => ({
    id: i + 1,
    startsAt: `2026-08-${String(10 + i).padStart(2, "0")}T14:00:00.000Z`,
    promptsPending: TANDEMS,
    promptsSent: 0,
  }));
  return closingPlan(
    { ...PROGRAM, midtermEvalDate: "2026-08-04", finalEvalDate: "2026-08-20", evalWindowDays: 30 },
    events,
    new Date("2026-08-03T12:00:00Z"),
    28,
  );
}

function scheduleRows(): rhythmSchedule.ScheduleRow[] {
  const base = { programId: PROGRAM.id, date: "2026-04-01", sendAt: new Date("2026-04-01T09:00:00Z") };
  const rows: rhythmSchedule.ScheduleRow[] = [];
  const who = (i: number) => ({ mentorUserId: user(i), menteeUserId: user(1000 + i) });
  const entry = (e: ScheduleEntry) => e;
  for (let i = 0; i < TANDEMS * 2; i++) {
    rows.push({
      entry: entry({ ...base, key: `c${i}`, kind: "checkin", tandemId: i, period: i, status: "upcoming" }),
      ...who(i),
    });
  }
  for (let i = 0; i < TANDEMS; i++) {
    rows.push({
      entry: entry({
        ...base,
        key: `n${i}`,
        kind: "nudge",
        tandemId: i,
        since: "2026-01-01",
        status: "pending",
      }),
      ...who(i),
    });
    rows.push({
      entry: entry(
        i % 2
          ? {
              ...base,
              key: `a${i}`,
              kind: "alert",
              tandemId: i,
              reason: "stall",
              since: "2026-01-01",
              status: "sent",
            }
          : {
              ...base,
              key: `a${i}`,
              kind: "alert",
              tandemId: i,
              reason: "help",
              helpRequestId: `h${i}`,
              status: "upcoming",
            },
      ),
      ...who(i),
    });
  }
  for (let i = 0; i < 10; i++) {
    rows.push({
      entry: entry({
        ...base,
        key: `p${i}`,
        kind: "circle",
        number: i + 1,
        phase: "middle",
        indexInPhase: i,
        status: "upcoming",
      }),
      prompt: { source: "custom", id: i, text: text(PROMPT_MAX_LENGTH, i) },
    });
  }
  for (let i = 0; i < EVENTS * 2; i++) {
    rows.push({
      entry: entry({
        ...base,
        key: `r${i}`,
        kind: "reminder",
        eventId: i,
        eventKind: "world_cafe",
        before: i % 2 ? "7d" : "1d",
        sendAt: undefined,
        status: "upcoming",
      }),
      event: { kind: "world_cafe", startsAt: "2026-05-20T15:00:00Z" },
    });
  }
  return rows;
}

// ---------------------------------------------------------------- what is sent, and how

type Blocks = KnownBlock[];
type Sent =
  | { kind: "message"; text: string; blocks: Blocks }
  | { kind: "modal"; view: ModalView }
  | { kind: "home"; view: HomeView }
  /** plain text such as a channel purpose (at most 250 characters) */
  | { kind: "purpose"; text: string };

interface Case {
  label: string;
  sent: Sent;
  /** what a person needs from this payload at this size */
  expect?: (sent: Sent) => void;
}

const message = (m: { text: string; blocks: Blocks }): Sent => ({ kind: "message", ...m });
const blocksMessage = (blocks: Blocks): Sent => ({ kind: "message", text: "fallback", blocks });
const modal = (view: ModalView): Sent => ({ kind: "modal", view });
const homeOf = (blocks: Blocks): Sent => ({ kind: "home", view: { type: "home", blocks } });

function blocksOf(sent: Sent): Blocks {
  if (sent.kind === "message") return sent.blocks;
  if (sent.kind === "purpose") return [];
  return sent.view.blocks as Blocks;
}

/** action_ids of buttons, selects and overflows, in actions blocks and as section accessories. */
function actionIds(sent: Sent): string[] {
  const out: string[] = [];
  for (const block of blocksOf(sent)) {
    if (block.type === "actions")
      for (const e of block.elements) if ("action_id" in e && e.action_id) out.push(e.action_id);
    if (
      block.type === "section" &&
      block.accessory &&
      "action_id" in block.accessory &&
      block.accessory.action_id
    )
      out.push(block.accessory.action_id);
  }
  return out;
}

/** Matches an action id or a member of that family (the lead renames families to `family:member`). */
function hasAction(sent: Sent, id: string): boolean {
  return actionIds(sent).some((a) => a === id || a.startsWith(`${id}:`) || a.startsWith(`${id}.`));
}

function allText(sent: Sent): string {
  return JSON.stringify(blocksOf(sent));
}

function expectActions(...wanted: string[]) {
  return (sent: Sent) => {
    for (const id of wanted) expect(hasAction(sent, id), `button ${id} kept`).toBe(true);
  };
}

function all(...checks: ((sent: Sent) => void)[]) {
  return (sent: Sent) => {
    for (const check of checks) check(sent);
  };
}

/** A cut list whose lines may be cut further to fit says it left out between min and max. */
function saysBetween(min: number, max: number) {
  return (sent: Sent) => {
    const counts = [...allText(sent).matchAll(/\b(\d+) (more|weitere)/g)].map((m) => Number(m[1]));
    expect(
      counts.some((n) => n >= min && n <= max),
      `says "${min}–${max} more" (found ${counts.join(", ")})`,
    ).toBe(true);
  };
}

/** A cut list says how many were left out, in the reader's language. */
function says(count: number) {
  return (sent: Sent) =>
    expect(new RegExp(`\\b${count}\\b (more|weitere)`).test(allText(sent)), `says "${count} more"`).toBe(
      true,
    );
}

function callFor(sent: Exclude<Sent, { kind: "purpose" }>): [string, Record<string, unknown>] {
  switch (sent.kind) {
    case "message":
      return ["chat.postMessage", { channel: channel(9), text: sent.text, blocks: sent.blocks }];
    case "modal":
      return ["views.open", { trigger_id: "12345.98765.abcd2358fdea", view: sent.view }];
    case "home":
      return ["views.publish", { user_id: user(9), view: sent.view }];
  }
}

/** Keys whose strings nobody reads: ids and values. */
const NOT_READ = new Set([
  "value",
  "action_id",
  "block_id",
  "callback_id",
  "private_metadata",
  "url",
  "type",
]);

/** Every string of a payload (texts, labels, fallbacks), for the language checks. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object")
    return Object.entries(value)
      .filter(([key]) => !NOT_READ.has(key))
      .flatMap(([, v]) => stringsOf(v));
  return [];
}

/** What a reader of this variant must never see: the other form of address, a :shortcode:. */
function checkLanguage(c: Case, variant: Variant): void {
  for (const s of stringsOf(c.sent)) {
    expect(shortcode(s), `${c.label}: shortcode in ${s.slice(0, 80)}`).toBeUndefined();
    // a placeholder or plural/select form the translator left unresolved ("{event, select, …}")
    expect(
      /\{\w+(, ?(plural|select)\b[^}]*)?\}?/.exec(s)?.[0],
      `${c.label}: raw template in ${s.slice(0, 120)}`,
    ).toBeUndefined();
    if (variant === "du") expect(formalMarker(s), `${c.label}: "Sie" in ${s.slice(0, 120)}`).toBeUndefined();
    if (variant === "sie")
      expect(informalMarker(s), `${c.label}: "du" in ${s.slice(0, 120)}`).toBeUndefined();
  }
}

function check(c: Case, variant?: Variant): void {
  if (variant) checkLanguage(c, variant);
  if (c.sent.kind === "purpose") {
    expect(Array.from(c.sent.text).length, c.label).toBeLessThanOrEqual(250);
    expect(c.sent.text.length, c.label).toBeGreaterThan(0);
  } else {
    const [method, params] = callFor(c.sent);
    const result = checkSlackPayload(method, params);
    expect(result.ok ? [] : result.messages, `${c.label}: ${method}`).toEqual([]);
    // A payload exactly at the block limit was most likely cut by capBlocks: what fell off is lost.
    const cap = c.sent.kind === "message" ? 50 : 100;
    expect(blocksOf(c.sent).length, `${c.label}: below ${cap} blocks`).toBeLessThan(cap);
    if (c.sent.kind !== "message") {
      const bytes = Buffer.byteLength(JSON.stringify(c.sent.view));
      expect(bytes, `${c.label}: view under 250 KB`).toBeLessThan(250_000);
    }
  }
  c.expect?.(c.sent);
}

// ---------------------------------------------------------------- the table

type Builders = Record<string, (t: Translator) => Case[]>;

const AT = TANDEMS; // an id beyond the others

const closeSuccess = { text: text(2000), mentorConsentAt: "2026-09-18T10:00:00Z", menteeConsentAt: null };
const closeEvent = { eventId: AT, kind: "world_cafe" as const, when: text(120) };

const closeBuilders: Builders = {
  buildSuccessPrompt: (t) => [
    {
      label: "a text at its maximum",
      sent: message(
        close.buildSuccessPrompt(t, {
          tandemId: AT,
          mentorUserId: user(1),
          menteeUserId: user(2),
          when: text(80),
          success: closeSuccess,
        }),
      ),
      expect: expectActions(ids.close.successEdit, ids.close.successAgree, ids.close.successWithdraw),
    },
    {
      label: "nothing yet",
      sent: message(
        close.buildSuccessPrompt(t, {
          tandemId: AT,
          mentorUserId: user(1),
          menteeUserId: user(2),
          when: "x",
          success: undefined,
        }),
      ),
      expect: expectActions(ids.close.successEdit),
    },
  ],
  buildSuccessModal: (t) => [
    {
      label: "text at maximum",
      sent: modal(close.buildSuccessModal(t, { tandemId: AT, text: escapable(2000) })),
    },
  ],
  buildShowcase: (t) =>
    close
      .buildShowcase(t, {
        program: name(1),
        items: Array.from({ length: TANDEMS }, (_, i) => ({
          mentorUserId: user(i),
          menteeUserId: user(1000 + i),
          text: escapable(2000),
        })),
      })
      .map((m, i) => ({ label: `150 tandems, message ${i + 1}`, sent: message(m) })),
  buildFarewell: (t) => [
    {
      label: "archived later",
      sent: message(
        close.buildFarewell(t, {
          mentorUserId: user(1),
          menteeUserId: user(2),
          program: name(1),
          archiveOn: "2026-10-14",
        }),
      ),
    },
    {
      label: "kept",
      sent: message(
        close.buildFarewell(t, {
          mentorUserId: user(1),
          menteeUserId: user(2),
          program: name(1),
          archiveOn: null,
        }),
      ),
    },
  ],
  buildClosingSettingsModal: (t) => [
    {
      label: "every setting",
      sent: modal(
        close.buildClosingSettingsModal(t, {
          programId: 7,
          program: name(1),
          endDate: "2026-08-31",
          showcaseChannel: channel(3),
          archiveAfterDays: 45,
          closing: { when: text(100) },
          counts: { written: TANDEMS, shared: TANDEMS },
        }),
      ),
    },
  ],
  buildEventPicker: (t) => [
    {
      label: "20 events, places at maximum",
      sent: message(
        close.buildEventPicker(
          t,
          Array.from({ length: EVENTS }, (_, i) => ({
            id: i + 1,
            kind: "world_cafe" as const,
            startsAt: "2026-05-20T15:00:00Z",
            place: text(PLACE_MAX_LENGTH, i),
            timezone: PROGRAM.timezone,
          })),
        ),
      ),
      expect: expectActions(ids.close.eventMenu),
    },
  ],
  buildEventEditModal: (t) => [
    {
      label: "World Café at maximum",
      sent: modal(
        close.buildEventEditModal(
          t,
          rhythmEvents.buildEventModal(t, { timezone: PROGRAM.timezone, programId: 7 }),
          {
            eventId: AT,
            kind: "world_cafe",
            program: name(1),
            date: "2026-05-20",
            time: "17:00",
            place: text(PLACE_MAX_LENGTH),
            nameDe: text(NAME_MAX_LENGTH),
            nameEn: text(NAME_MAX_LENGTH),
            descriptionDe: text(DESCRIPTION_MAX_LENGTH),
            descriptionEn: text(DESCRIPTION_MAX_LENGTH),
            rounds: ROUNDS.max,
          },
        ),
      ),
    },
  ],
  buildEventCancelModal: (t) => [
    { label: "cancel", sent: modal(close.buildEventCancelModal(t, closeEvent)) },
  ],
  buildEventChangeDm: (t) => [
    {
      label: "changed",
      sent: message(
        close.buildEventChangeDm(t, {
          kind: "closing",
          program: name(1),
          when: text(100),
          place: text(PLACE_MAX_LENGTH),
          cancelled: false,
          note: null,
        }),
      ),
    },
    {
      label: "cancelled with a note",
      sent: message(
        close.buildEventChangeDm(t, {
          kind: "closing",
          program: name(1),
          when: text(100),
          place: null,
          cancelled: true,
          note: escapable(500),
        }),
      ),
    },
  ],
};

const table: Builders = {
  // help.ts
  buildHelpBlocks: (t) => [
    {
      label: "manager",
      sent: blocksMessage(help.buildHelpBlocks(t, { isManager: true, unknown: text(3000) })),
    },
    { label: "participant", sent: blocksMessage(help.buildHelpBlocks(t, { isManager: false })) },
  ],

  // home.ts, homeDashboard.ts
  buildHomeView: (t) => [
    {
      label: "manager who takes part, every section at size",
      sent: {
        kind: "home",
        view: home.buildHomeView(t, {
          participant: participantData("matched"),
          manager: managerData(),
          extraSections: [
            rhythmRematch.buildRematchHomeSection(t, { tandemId: AT }),
            launchStatus.buildLaunchStatusSection(t, batchStatus()),
            rhythmAlerts.buildAtRiskSection(t, atRisk()),
            steering.buildHomeSteering(t, 7),
            notices.buildPastCohorts(t, PAST_COHORTS, 40),
          ],
        }),
      },
      expect: all(
        expectActions(
          ids.rhythm.rematchOpen,
          ids.setup.openModal,
          ids.setup.closeSignup,
          ids.launch.retry,
          ids.rhythm.alertFollowUp,
          ids.steering.export,
        ),
        (sent) => expect(allText(sent)).toContain(`${ids.notices.pastActions}.p${PAST_COHORTS.length}`),
        saysBetween(FAILURES - 15, FAILURES),
        says(AT_RISK - 15),
      ),
    },
    ...(["none", "draft", "complete", "waiting", "matched", "withdrawn"] as const).map((state) => ({
      label: `participant ${state}`,
      sent: { kind: "home", view: home.buildHomeView(t, { participant: participantData(state) }) } as Sent,
    })),
    {
      label: "manager without program",
      sent: {
        kind: "home",
        view: home.buildHomeView(t, { manager: { program: undefined, dashboard: undefined } }),
      },
      expect: expectActions(ids.setup.openModal),
    },
  ],
  buildParticipantHome: (t) =>
    (["none", "draft", "complete", "waiting", "matched", "withdrawn"] as const).map((state) => ({
      label: state,
      sent: homeOf(home.buildParticipantHome(t, participantData(state))),
    })),
  buildManagerDashboard: (t) => [
    {
      label: "400 sign-ups, 400 departments, 100 unfinished",
      sent: homeOf(homeDashboard.buildManagerDashboard(t, managerData())),
      expect: all(expectActions(ids.setup.openModal, ids.setup.closeSignup), (sent) =>
        expect(/(more|weitere)/.test(allText(sent)), "says how many more").toBe(true),
      ),
    },
  ],

  // launchMessages.ts
  buildTandemWelcome: (t) => [
    {
      label: "every answer at its maximum",
      sent: message(
        launchMessages.buildTandemWelcome(t, {
          program: PROGRAM.name,
          mentor: { ...participant("mentor", 0), name: name(1) },
          mentee: { ...participant("mentee", 0), name: name(2) },
          reasons: REASONS,
          customTopics: CUSTOM_TOPICS,
        }),
      ),
      expect: expectActions(ids.rhythm.planOpen),
    },
  ],
  buildTandemPurpose: (t) => [
    {
      label: "long names",
      sent: {
        kind: "purpose",
        text: launchMessages.buildTandemPurpose(t, { program: name(0), mentor: name(1), mentee: name(2) }),
      },
    },
  ],
  buildTandemDm: (t) => [
    ...[true, false].map((isMentor) => ({
      label: isMentor ? "mentor" : "mentee",
      sent: message(
        launchMessages.buildTandemDm(t, { partnerId: user(1), channel: `<#${channel(1)}>`, isMentor }),
      ),
    })),
    ...(
      [
        { kind: "from_waiting" },
        { kind: "rematch", formerPartner: user(3), requester: true },
        { kind: "rematch", formerPartner: user(3), requester: false },
      ] as const
    ).map((story) => ({
      label: story.kind,
      sent: message(
        launchMessages.buildTandemDm(t, {
          partnerId: user(1),
          channel: `<#${channel(1)}>`,
          isMentor: true,
          story,
        }),
      ),
    })),
  ],
  buildWaitingClosedDm: (t) => [
    {
      label: "long program",
      sent: message(
        launchMessages.buildWaitingClosedDm(t, { program: escapable(MAX_NAME_LENGTH), hadTandem: true }),
      ),
    },
  ],
  buildWaitingDm: (t) => [
    {
      label: "long program",
      sent: message(launchMessages.buildWaitingDm(t, { program: escapable(MAX_NAME_LENGTH) })),
    },
  ],
  buildCircleWelcome: (t) =>
    (["mentor", "executive"] as const).map((kind) => ({
      label: kind,
      sent: message(
        launchMessages.buildCircleWelcome(t, { kind, program: name(0), managers: EVERYONE.slice(0, 40) }),
      ),
    })),
  buildCirclePurpose: (t) =>
    (["mentor", "executive"] as const).map((kind) => ({
      label: kind,
      sent: { kind: "purpose", text: launchMessages.buildCirclePurpose(t, kind, name(0)) },
    })),

  // launchStatus.ts
  buildLaunchStatusSection: (t) => [
    {
      label: "300 failures",
      sent: blocksMessage(launchStatus.buildLaunchStatusSection(t, batchStatus())),
      expect: all(expectActions(ids.launch.retry), saysBetween(FAILURES - 15, FAILURES)),
    },
  ],

  // matching.ts
  buildReviewView: (t) => {
    const pages = Math.ceil(TANDEMS / matching.PAIRS_PER_PAGE);
    const unmatchedMore = PARTICIPANTS - 2 * TANDEMS - 60;
    return [
      {
        label: "first page",
        sent: modal(matching.buildReviewView(t, reviewData(0))),
        expect: all(
          expectActions(
            ids.matching.approve,
            ids.matching.discard,
            ids.matching.recompute,
            `${ids.matching.page}.next`,
          ),
          says(unmatchedMore),
        ),
      },
      {
        label: "middle page",
        sent: modal(matching.buildReviewView(t, reviewData(1, false))),
        expect: expectActions(ids.matching.approve, `${ids.matching.page}.prev`, `${ids.matching.page}.next`),
      },
      {
        label: "last page (page number out of range)",
        sent: modal(matching.buildReviewView(t, reviewData(pages + 5))),
        expect: expectActions(ids.matching.approve, `${ids.matching.page}.prev`),
      },
    ];
  },
  buildReviewDoneView: (t) => [
    { label: "long text", sent: modal(matching.buildReviewDoneView(t, escapable(3500))) },
  ],

  // rhythmAlerts.ts, rhythmScheduled.ts
  buildAtRiskSection: (t) => [
    {
      label: "150 tandems at risk",
      sent: homeOf(rhythmAlerts.buildAtRiskSection(t, atRisk())),
      expect: all(expectActions(ids.rhythm.alertFollowUp), says(AT_RISK - 15)),
    },
  ],
  buildAlertState: (t) => {
    const data = {
      alertId: 9,
      reason: "stall" as const,
      days: 180,
      mentorUserId: user(1),
      menteeUserId: user(2),
      channelId: channel(1),
    };
    return [
      {
        label: "claimed",
        sent: message(rhythmAlerts.buildAlertState(t, data, { claimedBy: user(3), resolvedBy: null })),
        expect: expectActions(ids.rhythm.alertFollowUp),
      },
      {
        label: "resolved",
        sent: message(rhythmAlerts.buildAlertState(t, data, { claimedBy: user(3), resolvedBy: user(4) })),
      },
    ];
  },
  buildAlertDm: (t) =>
    (["stall", "help", "private"] as const)
      .map((reason) => ({
        label: reason as string,
        sent: message(
          rhythmScheduled.buildAlertDm(t, {
            alertId: 9,
            reason: reason === "private" ? "help" : reason,
            days: 180,
            mentorUserId: user(1),
            menteeUserId: user(2),
            channelId: channel(1),
            ...(reason === "private" ? { privateFrom: user(2) } : {}),
          }),
        ),
        expect: expectActions(ids.rhythm.alertFollowUp),
      }))
      .concat(
        // the stall's history: since the latest meeting, or since the start of a tandem that never met
        ([undefined, "2027-02-22"] as const).map((startedOn) => ({
          label: startedOn ? "stall, never met" : "stall, since a meeting",
          sent: message(
            rhythmScheduled.buildAlertDm(t, {
              alertId: 9,
              reason: "stall",
              days: 180,
              mentorUserId: user(1),
              menteeUserId: user(2),
              channelId: channel(1),
              history: { since: "2027-03-30", unanswered: 12, startedOn },
            }),
          ),
          expect: expectActions(ids.rhythm.alertFollowUp),
        })),
      ),
  buildHelpChoice: (t) => [
    {
      label: "choice",
      sent: message(rhythmCheckinModal.buildHelpChoice(t, { checkinId: 1, partnerUserId: user(1) })),
      expect: expectActions(ids.rhythm.helpChoice),
    },
  ],
  buildCheckinMessage: (t) => [
    {
      label: "with everyone's answer",
      sent: message(
        rhythmCheckinModal.withAnswers(
          rhythmScheduled.buildCheckinMessage(t, {
            checkinId: 1,
            mentorUserId: user(1),
            menteeUserId: user(2),
          }),
          rhythmCheckinModal.checkinStatusLine(t, [user(1), user(2)], [{ userId: user(1), answer: "help" }]),
        ),
      ),
      expect: expectActions(ids.rhythm.checkinAnswer),
    },
  ],
  buildNudgeMessage: (t) => [
    {
      label: "long quiet",
      sent: message(
        rhythmScheduled.buildNudgeMessage(t, {
          mentorUserId: user(1),
          menteeUserId: user(2),
          days: 180,
          tandemId: 7,
        }),
      ),
    },
  ],
  buildCirclePrompt: (t) => [
    {
      label: "own prompt at maximum",
      sent: message(
        rhythmScheduled.buildCirclePrompt(t, {
          phase: "end",
          prompt: { source: "custom", text: text(PROMPT_MAX_LENGTH) },
        }),
      ),
    },
    {
      label: "own prompt all escapes",
      sent: message(
        rhythmScheduled.buildCirclePrompt(t, {
          phase: "start",
          prompt: { source: "custom", text: escapable(PROMPT_MAX_LENGTH) },
        }),
      ),
    },
    {
      label: "library prompt",
      sent: message(
        rhythmScheduled.buildCirclePrompt(t, {
          phase: "middle",
          prompt: { source: "library", key: "rhythm.prompt.middle.1" },
          waitingMentors: true,
        }),
      ),
    },
  ],

  // rhythmCheckinModal.ts
  buildCheckinModal: (t) => [
    {
      label: "five goals and earlier answers at maximum",
      sent: modal(
        rhythmCheckinModal.buildCheckinModal(t, {
          checkinId: 1,
          today: "2026-05-01",
          goals: goals().map((g, i) => ({ id: i + 1, position: g.position, goal: g.goal, status: g.status })),
          previous: {
            metOn: "2026-04-30",
            topicsCovered: text(rhythmCheckinModal.TEXT_MAX),
            usefulness: 5,
            nextStep: text(rhythmCheckinModal.TEXT_MAX, 3),
          },
        }),
      ),
      expect: (sent) => expect(sent.kind === "modal" && sent.view.submit).toBeTruthy(),
    },
  ],

  // rhythmEvents.ts
  buildEventModal: (t) => [
    {
      label: "long zone",
      sent: modal(rhythmEvents.buildEventModal(t, { timezone: PROGRAM.timezone, programId: 1 })),
    },
  ],
  buildEventAnnouncement: (t) =>
    ([undefined, "going", "not_going"] as const).map((answer) => ({
      label: `answer ${answer ?? "none"}`,
      sent: message(
        rhythmEvents.buildEventAnnouncement(
          t,
          {
            ...eventInfo(1),
            place: escapable(PLACE_MAX_LENGTH),
            name: { de: escapable(NAME_MAX_LENGTH), en: escapable(NAME_MAX_LENGTH) },
            description: { de: escapable(DESCRIPTION_MAX_LENGTH), en: escapable(DESCRIPTION_MAX_LENGTH) },
          },
          answer,
        ),
      ),
      expect: expectActions(ids.rhythm.rsvp),
    })),
  buildEventReminder: (t) => [
    ...[1, 3, 7].map((days) => ({
      label: `${days} days before`,
      sent: message(rhythmEvents.buildEventReminder(t, eventInfo(2, "kickoff"), days)),
      expect: expectActions(ids.rhythm.rsvp),
    })),
    {
      label: "a yes, a day before, with six rounds of tables",
      sent: message(
        rhythmEvents.buildEventReminder(t, eventInfo(3), 1, {
          answer: "going",
          tables: rhythmEvents.personTableLines(t, EVERYONE[7] ?? "", cafePlan()),
        }),
      ),
      expect: expectActions(ids.rhythm.rsvp),
    },
  ],
  buildEventSavedView: (t) => [
    {
      label: "World Café, 400 people, six rounds",
      sent: modal(
        rhythmEvents.buildEventSavedView(t, {
          event: eventInfo(3),
          invited: PARTICIPANTS,
          cafe: { plan: cafePlan(), planned: true },
        }),
      ),
      expect: expectActions(ids.rhythm.cafePropose),
    },
    {
      label: "World Café, just saved",
      sent: modal(rhythmEvents.buildEventSavedView(t, { event: eventInfo(3), invited: PARTICIPANTS })),
    },
    {
      label: "closing",
      sent: modal(
        rhythmEvents.buildEventSavedView(t, { event: eventInfo(4, "closing"), invited: PARTICIPANTS }),
      ),
    },
  ],
  cafeBlocks: (t) => [
    {
      label: "ephemeral preview, 400 people, six rounds",
      sent: blocksMessage(rhythmEvents.cafeBlocks(t, 3, { plan: cafePlan(), planned: false })),
      expect: expectActions(ids.rhythm.cafePropose),
    },
  ],
  buildTablesDm: (t) => [
    {
      label: "six rounds",
      sent: message(rhythmEvents.buildTablesDm(t, eventInfo(3), EVERYONE[7] ?? "", cafePlan())),
      expect: (sent) => {
        for (let r = 1; r <= CAFE_ROUNDS; r++) expect(allText(sent)).toContain(String(r));
      },
    },
  ],
  buildEventList: (t) => {
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        event: eventInfo(i, (["kickoff", "world_cafe", "closing"] as const)[i % 3]),
        going: 200,
        notGoing: 100,
        invited: PARTICIPANTS,
        past: i < 5,
      }));
    return [
      {
        label: "20 events",
        sent: message(rhythmEvents.buildEventList(t, items(EVENTS))),
        expect: expectActions(ids.rhythm.cafePropose),
      },
      {
        label: "30 events: the upcoming ones are kept",
        sent: message(rhythmEvents.buildEventList(t, items(30))),
        expect: all(says(10), (sent) => expect(allText(sent)).toContain('\\"e\\":20}')),
      },
    ];
  },

  // rhythmPause.ts
  buildPauseModal: (t) => [
    {
      label: "paused",
      sent: modal(
        rhythmPause.buildPauseModal(t, {
          tandemId: 1,
          today: "2026-05-01",
          programEnd: "2026-08-31",
          pausedUntil: "2026-06-01",
        }),
      ),
    },
  ],
  buildPausedMessage: (t) => [
    {
      label: "until",
      sent: message(rhythmPause.buildPausedMessage(t, { userId: user(1), until: "2026-06-01", tandemId: 7 })),
    },
  ],
  buildResumedMessage: (t) => [
    { label: "resumed", sent: message(rhythmPause.buildResumedMessage(t, { userId: user(1) })) },
  ],

  // rhythmPlan.ts
  buildPlanModal: (t) => [
    {
      label: "five goals at maximum, 30 topics offered",
      sent: modal(
        rhythmPlan.buildPlanModal(t, {
          tandemId: 1,
          version: 99,
          goals: goals(),
          topics: TOPICS,
          customTopics: CUSTOM_TOPICS,
          programEnd: "2026-08-31",
        }),
      ),
      expect: (sent) => expect(sent.kind === "modal" && sent.view.submit).toBeTruthy(),
    },
  ],
  buildPlanMessage: (t) => [
    {
      label: "five goals at maximum",
      sent: message(
        rhythmPlan.buildPlanMessage(t, {
          mentorUserId: user(1),
          menteeUserId: user(2),
          goals: goals(),
          customTopics: CUSTOM_TOPICS,
          updatedBy: user(1),
          updatedOn: "2026-05-01",
        }),
      ),
      expect: expectActions(ids.rhythm.planOpen),
    },
    {
      label: "all escapes",
      sent: message(
        rhythmPlan.buildPlanMessage(t, {
          mentorUserId: user(1),
          menteeUserId: user(2),
          goals: goals().map((g) => ({
            ...g,
            goal: escapable(GOAL_MAX_LENGTH),
            successSign: escapable(SUCCESS_MAX_LENGTH),
          })),
          customTopics: CUSTOM_TOPICS,
          updatedBy: user(1),
          updatedOn: "2026-05-01",
        }),
      ),
      expect: expectActions(ids.rhythm.planOpen),
    },
  ],

  // rhythmRematch.ts
  buildRematchModal: (t) => [
    {
      label: "modal",
      sent: modal(rhythmRematch.buildRematchModal(t, { tandemId: 1, partnerUserId: user(2) })),
    },
  ],
  buildRematchHomeSection: (t) => [
    {
      label: "home",
      sent: homeOf(rhythmRematch.buildRematchHomeSection(t, { tandemId: 1 })),
      expect: expectActions(ids.rhythm.rematchOpen),
    },
  ],
  buildRematchSentView: (t) => [{ label: "sent", sent: modal(rhythmRematch.buildRematchSentView(t)) }],
  buildRematchRequestDm: (t) => {
    const base = { requestId: 1, requesterUserId: user(1), partnerUserId: user(2), channelId: channel(1) };
    return [
      {
        label: "open, reason at maximum",
        sent: message(
          rhythmRematch.buildRematchRequestDm(t, { ...base, reason: text(rhythmRematch.REASON_MAX) }),
        ),
        expect: expectActions(ids.rhythm.rematchDecision),
      },
      {
        label: "open, all escapes",
        sent: message(
          rhythmRematch.buildRematchRequestDm(t, { ...base, reason: escapable(rhythmRematch.REASON_MAX) }),
        ),
        expect: expectActions(ids.rhythm.rematchDecision),
      },
      {
        label: "approved",
        sent: message(
          rhythmRematch.buildRematchRequestDm(t, {
            ...base,
            channelId: null,
            reason: null,
            decision: { status: "approved", by: user(3) },
          }),
        ),
      },
      {
        label: "declined",
        sent: message(
          rhythmRematch.buildRematchRequestDm(t, {
            ...base,
            reason: text(10),
            decision: { status: "declined", by: user(3) },
          }),
        ),
      },
    ];
  },
  buildRematchEndedDm: (t) =>
    [true, false].map((requester) => ({
      label: String(requester),
      sent: message(rhythmRematch.buildRematchEndedDm(t, { partnerUserId: user(2), requester })),
    })),
  buildRematchDeclinedDm: (t) => [
    {
      label: "declined",
      sent: message(
        rhythmRematch.buildRematchDeclinedDm(t, { partnerUserId: user(2), managerUserId: user(3) }),
      ),
    },
  ],
  buildTandemEndedMessage: (t) => [
    { label: "ended", sent: message(rhythmRematch.buildTandemEndedMessage(t)) },
  ],

  // rhythmSchedule.ts
  buildSchedule: (t) => [
    {
      label: "150 tandems, 20 events, own prompts at maximum",
      sent: message(
        rhythmSchedule.buildSchedule(t, {
          programId: PROGRAM.id,
          programName: PROGRAM.name,
          timezone: PROGRAM.timezone,
          hasMentorCircle: true,
          rows: scheduleRows(),
          notice: escapable(2000),
        }),
      ),
      expect: all(
        expectActions(ids.rhythm.promptOpen, ids.rhythm.promptList, ids.rhythm.schedulePage),
        (sent) => {
          expect(allText(sent)).toMatch(new RegExp(`1–25 (of|von) ${scheduleRows().length}\\.`));
          // Send now where it helps, at most five a page
          expect(JSON.stringify(blocksOf(sent)).match(/rhythm\.send_now/g)?.length ?? 0).toBeLessThanOrEqual(
            5,
          );
        },
      ),
    },
    {
      label: "150 tandems, 20 closing events, both evaluation waves, the end",
      sent: message(
        rhythmSchedule.buildSchedule(t, {
          programId: PROGRAM.id,
          programName: PROGRAM.name,
          timezone: PROGRAM.timezone,
          hasMentorCircle: true,
          rows: scheduleRows(),
          notice: escapable(2000),
          closing: closingItems(),
        }),
      ),
      expect: all(
        expectActions(ids.rhythm.promptOpen, ids.rhythm.promptList, ids.rhythm.sendNow),
        // 18 success prompts without a button, 20 showcases, 6 evaluation sends, end, archive, deletion; 12 shown
        says(18 + 20 + 6 + 3 - 12),
        (sent) => {
          const blocks = blocksOf(sent);
          expect(blocks.length).toBeLessThanOrEqual(50);
          const closing = JSON.stringify(blocks.filter((b) => JSON.stringify(b).includes("successes:e")));
          expect(closing.match(/rhythm\.send_now/g)).toHaveLength(2);
        },
      ),
    },
  ],
  buildPromptModal: (t) => [
    { label: "modal", sent: modal(rhythmSchedule.buildPromptModal(t, { programId: 1, phase: "middle" })) },
  ],
  buildPromptSavedView: (t) =>
    [text(PROMPT_MAX_LENGTH), escapable(PROMPT_MAX_LENGTH), "\n".repeat(PROMPT_MAX_LENGTH)].map(
      (prompt, i) => ({
        label: `prompt ${i}`,
        sent: modal(
          rhythmSchedule.buildPromptSavedView(t, {
            phase: "end",
            text: prompt,
            duplicate: i === 1,
            date: i ? null : "2026-06-01",
            hasMentorCircle: i !== 2,
          }),
        ),
      }),
    ),
  buildPromptList: (t) => [
    {
      label: "100 own prompts at maximum",
      sent: message(
        rhythmSchedule.buildPromptList(
          t,
          Array.from({ length: 100 }, (_, i) => ({
            id: i,
            phase: "middle" as const,
            text: i % 2 ? text(PROMPT_MAX_LENGTH, i) : escapable(PROMPT_MAX_LENGTH),
          })),
        ),
      ),
      expect: all(expectActions(ids.rhythm.promptRemove), says(100 - 45)),
    },
  ],

  // setup.ts
  buildProgramModal: (t) => [
    { label: "new", sent: modal(setup.buildProgramModal(t, {})) },
    {
      label: "edit, every field at maximum",
      sent: modal(setup.buildProgramModal(t, { program: PROGRAM })),
      expect: (sent) => expect(sent.kind === "modal" && sent.view.submit).toBeTruthy(),
    },
  ],
  buildProgramSavedView: (t) => [
    {
      label: "with every warning",
      sent: modal(
        setup.buildProgramSavedView(t, {
          program: PROGRAM,
          created: false,
          warnings: [
            { code: "duration_short", params: { days: 30 } },
            { code: "duration_long", params: { days: 400 } },
          ],
        }),
      ),
    },
  ],
  buildAnnouncement: (t) => [
    {
      label: "announcement",
      sent: message(setup.buildAnnouncement(t, PROGRAM)),
      expect: expectActions(ids.signup.join),
    },
  ],

  // signup.ts
  buildRoleModal: (t) => [{ label: "role", sent: modal(signup.buildRoleModal(t, PROGRAM, "mentee")) }],
  buildQuestionnaire: (t) => {
    const withTopics = { ...PROGRAM, topics: TOPICS };
    const opts = (role: "mentor" | "mentee", editing: boolean) => ({
      existing: participant(role, 0),
      ratings: RATINGS,
      editing,
    });
    return [
      ...(["mentor", "mentee"] as const).flatMap((role) => [
        { label: `${role}, new`, sent: modal(signup.buildQuestionnaire(t, withTopics, role)) },
        {
          label: `${role}, editing at maximum`,
          sent: modal(signup.buildQuestionnaire(t, withTopics, role, opts(role, true))),
        },
      ]),
      {
        label: "switching role",
        sent: modal(signup.buildQuestionnaire(t, withTopics, "mentor", opts("mentee", true))),
      },
    ].map((c) => ({
      ...c,
      expect: (sent: Sent) => expect(sent.kind === "modal" && sent.view.submit).toBeTruthy(),
    }));
  },
  buildInfoModal: (t) => [{ label: "long", sent: modal(signup.buildInfoModal(t, escapable(3500))) }],
  buildLeaveModal: (t) => [
    { label: "leave", sent: modal(signup.buildLeaveModal(t, { id: 1, name: name(3) })) },
  ],

  // signupMessages.ts
  buildSignupDm: (t) =>
    (["new", "updated", "switched"] as const).map((change) => ({
      label: change,
      sent: message(
        signupMessages.buildSignupDm(
          t,
          { ...PROGRAM, topics: TOPICS },
          participant("mentee", 1),
          change,
          "2026-02-01",
        ),
      ),
    })),
  buildWithdrawnDm: (t) => [
    { label: "withdrawn", sent: message(signupMessages.buildWithdrawnDm(t, { name: name(4) })) },
  ],
  buildProfileBlocks: (t) =>
    (["mentor", "mentee"] as const).map((role) => ({
      label: role,
      sent: blocksMessage(
        signupMessages.buildProfileBlocks(t, { ...PROGRAM, topics: TOPICS }, participant(role, 2), RATINGS),
      ),
      expect: expectActions(ids.signup.join, ids.signup.leave),
    })),
  buildLeaveConfirm: (t) => [
    {
      label: "confirm",
      sent: message(signupMessages.buildLeaveConfirm(t, { name: name(5) })),
      expect: expectActions(ids.signup.leave),
    },
  ],
  buildJoinRetry: (t) => [
    {
      label: "with role",
      sent: message(signupMessages.buildJoinRetry(t, "mentee")),
      expect: expectActions(ids.signup.joinRetry),
    },
    { label: "no role", sent: message(signupMessages.buildJoinRetry(t, undefined)) },
  ],
  ...steeringBuilders(),
  ...noticesBuilders(),

  // close.ts (closing, the next cohort, event changes)
  ...closeBuilders,
  // trust.ts (issue 11)
  buildAuditPage: (t) => [
    {
      label: "20 entries of 500, the longest actions",
      sent: message(
        trust.buildAuditPage(t, {
          entries: Array.from({ length: 20 }, (_, i) => ({
            id: i + 1,
            at: "2026-05-04T09:00:00.000Z",
            actor: user(i),
            action: `click:${"x".repeat(255)}`,
            subjectUserId: i % 2 ? user(i + 1) : "erased-0123456789ab",
            programId: 1,
            details: {},
          })),
          total: 500,
          offset: 20,
          pageSize: 20,
        }),
      ),
      expect: expectActions(ids.trust.auditPage),
    },
  ],
  buildForgetModal: (t) => [
    {
      label: "in a tandem",
      sent: modal(trust.buildForgetModal(t, { inTandem: true, signedUp: true, manager: true })),
    },
  ],
  buildForgetDoneView: (t) => [{ label: "done", sent: modal(trust.buildForgetDoneView(t)) }],
  buildForgetOffer: (t) => [
    { label: "offer", sent: message(trust.buildForgetOffer(t)), expect: expectActions(ids.trust.forgetOpen) },
  ],
  buildPartnerEndedDm: (t) => [{ label: "partner", sent: message(trust.buildPartnerEndedDm(t)) }],
  buildChannelEndedMessage: (t) => [{ label: "channel", sent: message(trust.buildChannelEndedMessage(t)) }],
  buildManagerDepartDm: (t) => [
    {
      label: "deactivated, two partners",
      sent: message(
        trust.buildManagerDepartDm(t, {
          reason: "deactivated",
          userId: user(1),
          partners: [user(2), user(3)],
        }),
      ),
    },
    {
      label: "erased",
      sent: message(trust.buildManagerDepartDm(t, { reason: "erasure", userId: user(1), partners: [] })),
    },
  ],
  buildChannelEventDm: (t) => [
    {
      label: "left",
      sent: message(trust.buildChannelEventDm(t, { kind: "left", channelId: channel(1), userId: user(1) })),
    },
    {
      label: "archived",
      sent: message(trust.buildChannelEventDm(t, { kind: "archived", channelId: channel(1) })),
    },
  ],
  buildRetentionNotice: (t) => [
    {
      label: "longest name",
      sent: message(
        trust.buildRetentionNotice(t, {
          program: escapable(MAX_NAME_LENGTH),
          eraseOn: "2027-09-30",
          months: 120,
        }),
      ),
    },
  ],
  buildRetentionDone: (t) => [
    {
      label: "longest name",
      sent: message(trust.buildRetentionDone(t, { program: escapable(MAX_NAME_LENGTH), people: 400 })),
    },
  ],
  buildConsentRequest: (t) => [
    {
      label: "longest name",
      sent: message(trust.buildConsentRequest(t, { program: escapable(MAX_NAME_LENGTH), version: 2 })),
      expect: expectActions(ids.trust.consentAccept, ids.trust.forgetOpen),
    },
  ],
  buildShareToggle: (t) => [
    {
      label: "sharing",
      sent: blocksMessage(trust.buildShareToggle(t, true)),
      expect: expectActions(ids.trust.shareToggle),
    },
    { label: "not sharing", sent: blocksMessage(trust.buildShareToggle(t, false)) },
  ],
};

/** Steering: a wave of 150 tandems, every free text at its maximum and shared, all ten topics rated. */
/** The closed cohorts the App Home lists (services/cohorts: PAST_COHORTS_SHOWN), names at their longest. */
const PAST_COHORTS = Array.from({ length: PAST_COHORTS_SHOWN }, (_, i) => ({
  id: i + 1,
  name: name(i),
  startDate: "2025-04-01",
  endDate: "2025-09-30",
}));

function noticesBuilders(): Builders {
  const summary = {
    people: PARTICIPANTS,
    tandems: TANDEMS,
    meetings: 1234,
    satisfied: { part: 300, of: 380, percent: 79 },
    again: { part: 290, of: 380, percent: 76 },
  };
  return {
    buildSignupDeadlineDm: (t) => [
      {
        label: "counts and an unfinished few",
        sent: message(
          notices.buildSignupDeadlineDm(t, {
            programId: 1,
            program: name(1),
            deadline: "2026-03-15",
            mentors: 200,
            mentees: 200,
            unfinished: 37,
          }),
        ),
        expect: expectActions(ids.notices.closeAndMatch),
      },
    ],
    buildResultsDm: (t) => [
      {
        label: "final, with the summary's date",
        sent: message(
          notices.buildResultsDm(t, {
            programId: 1,
            program: name(1),
            wave: "final",
            closedOn: "2026-10-14",
            response: { answered: 300, invited: 400, rate: 75 },
            summaryOn: "2026-10-19",
          }),
        ),
        expect: expectActions(ids.steering.report, ids.notices.changesOpen),
      },
      {
        label: "mid-term, under three invited",
        sent: message(
          notices.buildResultsDm(t, {
            programId: 1,
            program: name(1),
            wave: "midterm",
            closedOn: "2026-07-15",
          }),
        ),
        expect: expectActions(ids.steering.report),
      },
    ],
    buildLowResponseDm: (t) => [
      {
        label: "400 invited",
        sent: message(
          notices.buildLowResponseDm(t, {
            programId: 1,
            program: name(1),
            wave: "midterm",
            lastDay: "2026-07-15",
            answered: 120,
            invited: 400,
            rate: 30,
            threshold: 50,
          }),
        ),
        expect: expectActions(ids.steering.wavesOpen),
      },
    ],
    buildPauseNoticeDm: (t) => [
      {
        label: "with a channel",
        sent: message(
          notices.buildPauseNoticeDm(t, {
            by: user(1),
            mentor: user(1),
            mentee: user(1001),
            until: "2026-06-01",
            channelId: channel(1),
          }),
        ),
      },
    ],
    buildSummaryDm: (t) => [
      {
        label: "every figure, the longest changes",
        sent: message(
          notices.buildSummaryDm(t, { program: name(1), summary, changes: escapable(notices.CHANGES_MAX) }),
        ),
      },
      {
        label: "no figure, no changes",
        sent: message(notices.buildSummaryDm(t, { program: name(1), summary: {}, changes: null })),
      },
    ],
    buildChangesModal: (t) => [
      {
        label: "prefilled at the longest",
        sent: modal(
          notices.buildChangesModal(t, {
            programId: 1,
            program: name(1),
            summaryOn: "2026-10-19",
            de: escapable(notices.CHANGES_MAX),
            en: escapable(notices.CHANGES_MAX),
          }),
        ),
      },
    ],
    buildPastCohorts: (t) => [
      {
        label: "the most shown, and older ones",
        sent: homeOf(notices.buildPastCohorts(t, PAST_COHORTS, 40)),
        expect: expectActions(ids.steering.report, ids.steering.export),
      },
    ],
    buildCohortChoices: (t) => [
      {
        label: "many cohorts match",
        sent: message(
          notices.buildCohortChoices(t, {
            typed: escapable(300),
            kind: "ambiguous",
            choices: Array.from(
              { length: 60 },
              (_, i) => ({ ...PAST_COHORTS[0], id: i + 1, name: name(i) }) as notices.CohortLine,
            ),
            action: "export",
          }),
        ),
        expect: expectActions(ids.steering.export),
      },
    ],
  };
}

function steeringBuilders(): Builders {
  const midtermWave = {
    wave: "midterm" as const,
    date: "2026-05-31",
    lastDay: "2026-06-14",
    derived: true,
    phase: "closed" as const,
  };
  const finalWave = {
    wave: "final" as const,
    date: "2026-08-31",
    lastDay: "2026-09-14",
    derived: false,
    phase: "open" as const,
  };
  const waves = [midtermWave, finalWave];
  const roles = new Map<number, "mentor" | "mentee">();
  // issue 19: the largest realistic cohort, 200 tandems, every answer at its maximum length
  const tandems = Array.from({ length: 200 }, (_, i) => {
    roles.set(2 * i + 1, "mentor");
    roles.set(2 * i + 2, "mentee");
    return {
      id: i + 1,
      status: "active" as const,
      mentorParticipantId: 2 * i + 1,
      menteeParticipantId: 2 * i + 2,
      checkins: 12,
      checkinAnswers: 20,
      membersWhoAnswered: 2,
      answeredBy: [2 * i + 1, 2 * i + 2],
      meetings: i % 7,
      hasPlan: i % 2 === 0,
      stalled: i % 5 === 0,
      paused: i % 11 === 0,
    };
  });
  const everyone = [...roles.keys()];
  const input: ReportInput = {
    programId: 7,
    programName: name(0),
    topics: PROGRAM_TOPICS,
    waves,
    tandems,
    roles,
    invited: { midterm: new Set(everyone), final: new Set(everyone) },
    evaluations: everyone.flatMap((p, i) =>
      (["midterm", "final"] as const).map((wave) => ({
        participantId: p,
        wave,
        answers: {
          role: roles.get(p) ?? "mentor",
          satisfaction: (i % 5) + 1,
          meetings: i % 9,
          helps: text(TEXT_MAX, i),
          change: text(TEXT_MAX, i + 1),
          learned: roles.get(p) === "mentor" ? text(TEXT_MAX, i + 2) : null,
          again: "yes" as const,
          shareText: true,
        },
      })),
    ),
    ratings: everyone.flatMap((p, i) =>
      PROGRAM_TOPICS.flatMap((topic) =>
        (["intake", "midterm", "final"] as const).map((phase) => ({
          participantId: p,
          topic,
          phase,
          level: (i % 5) + 1,
        })),
      ),
    ),
    successes: Array.from({ length: 200 }, (_, i) => ({ text: text(2000, i) })),
    history: {
      alerts: tandems.flatMap((x) => [
        { tandemId: x.id, reason: "stall" as const, resolved: x.id % 2 === 0 },
        { tandemId: x.id, reason: "help" as const, resolved: false },
      ]),
      pauses: tandems.map((x) => ({ tandemId: x.id })),
      goals: tandems.flatMap((x) => [1, 2, 3].map((g) => ({ tandemId: x.id, done: g === 1 }))),
      events: Array.from({ length: 40 }, (_, i) => ({
        id: i + 1,
        kind: (["kickoff", "world_cafe", "closing"] as const)[i % 3] ?? "kickoff",
        startsAt: "2026-03-02T16:00:00.000Z",
        cancelled: i % 9 === 0,
        invited: 400,
        going: 300,
        notGoing: 60,
      })),
    },
  };
  const report = buildReport(input);
  const chartTitles = [name(1), name(2)];
  const previous = summarize(report, input);
  return {
    buildEvalDm: (t) => [
      {
        label: "reminder",
        sent: message(
          steering.buildEvalDm(t, {
            programId: 7,
            programName: name(0),
            wave: "final",
            lastDay: "2026-09-14",
            reminder: true,
          }),
        ),
        expect: expectActions(ids.steering.evalOpen),
      },
    ],
    buildEvalModal: (t) => [
      {
        label: "executive, prefilled",
        sent: modal(
          steering.buildEvalModal(t, {
            programId: 7,
            wave: "midterm",
            role: "mentee",
            lastDay: "2026-06-14",
            topics: PROGRAM_TOPICS,
            customTopics: CUSTOM_TOPICS,
            previous: {
              answers: {
                role: "mentee",
                satisfaction: 3,
                meetings: 4,
                helps: text(TEXT_MAX),
                change: escapable(TEXT_MAX),
                learned: null,
                again: "unsure",
                shareText: true,
              },
              ratings: new Map(PROGRAM_TOPICS.map((topic) => [topic, 4])),
            },
          }),
        ),
      },
      {
        label: "mentor",
        sent: modal(
          steering.buildEvalModal(t, {
            programId: 7,
            wave: "final",
            role: "mentor",
            lastDay: "2026-09-14",
            topics: PROGRAM_TOPICS,
            customTopics: CUSTOM_TOPICS,
          }),
        ),
      },
    ],
    buildWaveScheduleBlocks: (t) => [
      {
        label: "both waves",
        sent: blocksMessage(steering.buildWaveScheduleBlocks(t, { programId: 7, waves })),
        expect: expectActions(ids.steering.wavesOpen),
      },
    ],
    buildWavesModal: (t) => [
      {
        label: "set dates",
        sent: modal(
          steering.buildWavesModal(t, {
            programId: 7,
            midterm: midtermWave,
            final: finalWave,
            derivedMidterm: "2026-05-31",
            derivedFinal: "2026-08-31",
            window: 60,
          }),
        ),
      },
    ],
    buildReportMessage: (t) => [
      {
        label: "200 tandems, all texts shared, both charts",
        sent: message(
          steering.buildReportMessage(t, {
            report,
            topicsCustom: CUSTOM_TOPICS,
            charts: { titles: chartTitles },
            hasPrevious: true,
          }),
        ),
        expect: expectActions(ids.steering.compare),
      },
      {
        label: "compared, no charts",
        sent: message(
          steering.buildReportMessage(t, {
            report,
            topicsCustom: CUSTOM_TOPICS,
            charts: { titles: [] },
            compare: { current: previous, previous },
          }),
        ),
      },
    ],
    buildHomeSteering: (t) => [
      {
        label: "buttons",
        sent: homeOf(steering.buildHomeSteering(t, 7)),
        expect: expectActions(ids.steering.report, ids.steering.export),
      },
    ],
  };
}

/** Exported builders that are not named build*, checked as well. */
const EXTRA = ["cafeBlocks"];

const LANGS: Lang[] = ["de", "en"];
type Variant = "en" | "du" | "sie";
/** English, German with "du" and German with "Sie": every builder in each. */
const VARIANTS: { variant: Variant; t: Translator }[] = [
  { variant: "du", t: translator("de", "du") },
  { variant: "sie", t: translator("de", "sie") },
  { variant: "en", t: translator("en") },
];

// ---------------------------------------------------------------- the tests

describe("every view builder at the largest realistic sizes", () => {
  it("covers every exported build* function of src/slack/views and src/slack", async () => {
    const dirs = [join(__dirname, "../../src/slack/views"), join(__dirname, "../../src/slack")];
    const exported = new Set<string>();
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
        const mod: Record<string, unknown> = await import(join(dir, file));
        for (const [key, value] of Object.entries(mod)) {
          if (key.startsWith("build") && typeof value === "function") exported.add(key);
        }
      }
    }
    const covered = Object.keys(table).filter((k) => !EXTRA.includes(k));
    expect([...exported].sort()).toEqual(covered.sort());
  });

  for (const { variant, t } of VARIANTS) {
    describe(variant, () => {
      for (const [builder, cases] of Object.entries(table)) {
        it(builder, () => {
          for (const c of cases(t)) check({ ...c, label: `${builder} (${variant}) ${c.label}` }, variant);
        });
      }
    });
  }

  it("user text at its maximum never breaks a payload (property)", () => {
    const nastyChar = fc.constantFrom(
      ..."<>&*_~`|ÄÖÜäöüß🚀👩‍💻@!#\n ".split(""),
      "<!channel>",
      "<@U0EVIL01>",
      "é",
    );
    const nasty = (max: number) =>
      fc
        .array(nastyChar, { minLength: 1, maxLength: max })
        .map((parts) => Array.from(parts.join("")).slice(0, max).join(""));
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        nasty(rhythmRematch.REASON_MAX),
        nasty(PROMPT_MAX_LENGTH),
        nasty(PLACE_MAX_LENGTH),
        nasty(DESCRIPTION_MAX_LENGTH),
        nasty(GOAL_MAX_LENGTH),
        nasty(SIGNUP_LIMITS.learningGoals),
        nasty(MAX_NAME_LENGTH),
        (lang, reason, prompt, place, description, goal, answer, programName) => {
          const t = translator(lang);
          const cases: Case[] = [
            {
              label: "rematch",
              sent: message(
                rhythmRematch.buildRematchRequestDm(t, {
                  requestId: 1,
                  requesterUserId: user(1),
                  partnerUserId: user(2),
                  channelId: null,
                  reason,
                }),
              ),
            },
            {
              label: "circle prompt",
              sent: message(
                rhythmScheduled.buildCirclePrompt(t, {
                  phase: "start",
                  prompt: { source: "custom", text: prompt },
                }),
              ),
            },
            {
              label: "prompt saved",
              sent: modal(
                rhythmSchedule.buildPromptSavedView(t, {
                  phase: "end",
                  text: prompt,
                  duplicate: false,
                  date: null,
                  hasMentorCircle: true,
                }),
              ),
            },
            {
              label: "announcement",
              sent: message(
                rhythmEvents.buildEventAnnouncement(t, {
                  ...eventInfo(1),
                  place,
                  description: { de: description, en: description },
                  program: programName,
                }),
              ),
            },
            {
              label: "plan",
              sent: message(
                rhythmPlan.buildPlanMessage(t, {
                  mentorUserId: user(1),
                  menteeUserId: user(2),
                  goals: goals().map((g) => ({ ...g, goal, successSign: goal })),
                  customTopics: {},
                  updatedBy: user(1),
                  updatedOn: "2026-05-01",
                }),
              ),
            },
            {
              label: "welcome",
              sent: message(
                launchMessages.buildTandemWelcome(t, {
                  program: programName,
                  mentor: {
                    ...participant("mentor", 0),
                    background: answer,
                    hopeToLearn: answer,
                    expectations: answer,
                    name: programName,
                  },
                  mentee: {
                    ...participant("mentee", 0),
                    learningGoals: answer,
                    expectations: answer,
                    department: programName,
                    name: programName,
                  },
                  reasons: REASONS,
                  customTopics: CUSTOM_TOPICS,
                }),
              ),
            },
            {
              label: "profile",
              sent: blocksMessage(
                signupMessages.buildProfileBlocks(
                  t,
                  { ...PROGRAM, name: programName },
                  {
                    ...participant("mentee", 0),
                    learningGoals: answer,
                    expectations: answer,
                    concerns: answer,
                  },
                  RATINGS,
                ),
              ),
            },
            {
              label: "home",
              sent: {
                kind: "home",
                view: home.buildHomeView(t, {
                  participant: {
                    ...participantData("matched"),
                    program: {
                      name: programName,
                      signupOpen: true,
                      signupDeadline: "2026-02-20",
                      deadlinePassed: false,
                    },
                  },
                }),
              },
            },
          ];
          for (const c of cases) check(c);
        },
      ),
      { numRuns: 15 },
    );
  });
});

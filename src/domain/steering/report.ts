import type { EventKind, Role, TandemStatus } from "../types";
import type { Again, EvaluationAnswers } from "./evaluation";
import { AGAIN, SATISFACTION } from "./evaluation";
import {
  type Cell,
  distribution,
  type Guarded,
  guard,
  K_MIN,
  percent,
  type Spread,
  type SpreadParts,
  spread,
  spreadBeside,
  suppressSmallCells,
} from "./stats";
import { WAVES, type Wave, type WavePhase } from "./waves";

/*
 * The steering report of one program, computed from plain rows: every figure goes through the
 * k-anonymity guard (stats.guard), so no number, chart or text rests on fewer than three people.
 */

export const PHASES = ["intake", "midterm", "final"] as const;
export type RatingPhase = (typeof PHASES)[number];
export const ROLES: readonly Role[] = ["mentor", "mentee"];

export interface ReportTandem {
  id: number;
  status: TandemStatus;
  mentorParticipantId: number;
  menteeParticipantId: number;
  /** check-in messages posted to the tandem */
  checkins: number;
  /** answers given to them (each member answers each check-in once) */
  checkinAnswers: number;
  /** how many of the two members answered at least one check-in */
  membersWhoAnswered: number;
  /** distinct meeting dates reported in check-ins */
  meetings: number;
  hasPlan: boolean;
  /** stalled now (no meeting for the program's alert period): the export's state, not a report figure */
  stalled: boolean;
  paused: boolean;
  /** its check-ins that at least one member answered */
  checkinsAnswered?: number;
  /** participant ids of the members who answered at least one of its check-ins */
  answeredBy: readonly number[];
  /** the tandem this one replaced after a rematch */
  replacesTandemId?: number | null;
}

/**
 * What happened over the whole program, not the state at its end (issue 19): every alert raised,
 * every pause started, every goal set, every event with its answers.
 */
export interface ProgramHistory {
  alerts: readonly { tandemId: number; reason: "stall" | "help"; resolved: boolean }[];
  pauses: readonly { tandemId: number }[];
  goals: readonly { tandemId: number; done: boolean }[];
  events: readonly ReportEvent[];
}

export interface ReportEvent {
  id: number;
  kind: EventKind;
  startsAt: string;
  cancelled: boolean;
  /** people the event was announced to */
  invited: number;
  going: number;
  notGoing: number;
}

export const NO_HISTORY: ProgramHistory = { alerts: [], pauses: [], goals: [], events: [] };

/** Counts over the program; operational (the managers follow each of them by name), so shown exactly. */
export interface ProgramFigures {
  /** distinct people in launched tandems */
  people: number;
  /** launched tandems, including those a rematch ended */
  tandems: number;
  /** tandems that replaced another after a rematch */
  rematches: number;
  /** people who were in more than one tandem over the program */
  peopleInSeveralTandems: number;
  /** check-in messages posted to tandems */
  checkins: number;
  /** answers asked for: two per check-in, one per member */
  checkinAnswersAsked: number;
  checkinAnswers: number;
  /** check-ins at least one member answered */
  checkinsAnswered: number;
  /** distinct people who answered at least one check-in */
  peopleWhoAnsweredCheckin: number;
  /** distinct meeting dates reported, summed over the tandems */
  meetings: number;
  tandemsThatMet: number;
  stallAlerts: number;
  stallAlertsResolved: number;
  tandemsWithStallAlert: number;
  helpRequests: number;
  helpRequestsResolved: number;
  pauses: number;
  tandemsPaused: number;
  tandemsWithPlan: number;
  goalsSet: number;
  goalsDone: number;
}

export interface ReportInput {
  programId: number;
  programName: string;
  topics: readonly string[];
  waves: readonly { wave: Wave; date: string; lastDay: string; phase: WavePhase }[];
  tandems: readonly ReportTandem[];
  /** every participant's role (also of people whose tandem ended) */
  roles: ReadonlyMap<number, Role>;
  /** who was asked in each wave (invitations sent), by participant id */
  invited: Readonly<Record<Wave, ReadonlySet<number>>>;
  evaluations: readonly { participantId: number; wave: Wave; answers: EvaluationAnswers }[];
  ratings: readonly { participantId: number; topic: string; phase: RatingPhase; level: number }[];
  /** the closing's "first successes" both members of a tandem agreed to share (db/queries/successes) */
  successes?: readonly { text: string }[];
  history?: ProgramHistory;
}

export interface WaveRoleFigures {
  wave: Wave;
  role: Role;
  invited: number;
  answered: number;
  /** percent of the invited who answered */
  responseRate: Guarded<number>;
  /** counts per level; small and complementary cells hidden (suppressSmallCells) */
  satisfaction: Guarded<Map<number, Cell>>;
  /** beside the distribution: each withheld where it would tell a hidden cell (spreadBeside) */
  satisfactionSpread: SpreadParts;
  again: Guarded<Map<Again, Cell>>;
}

export interface TopicGrowth {
  topic: string;
  byPhase: Record<RatingPhase, Guarded<Spread>>;
}

export interface FunnelStage {
  stage: "people" | "checkin_answered" | "met" | "midterm" | "final";
  count: Guarded<number>;
}

/** Identical or near-identical answers, once, with how many gave them. */
export interface TextGroup {
  text: string;
  count: number;
}

export type TextQuestion = "helps" | "change" | "learned";

export interface SteeringReport {
  programId: number;
  programName: string;
  waves: ReportInput["waves"];
  people: number;
  tandemCount: number;
  perWaveRole: WaveRoleFigures[];
  meetingsPerTandem: Guarded<Spread>;
  /** per check-in: answers given of the answers asked (two per check-in), over the program */
  checkinResponseRate: Guarded<number>;
  withPlan: Guarded<number>;
  /** counts over the whole program, shown from K_MIN tandems on */
  program: Guarded<ProgramFigures>;
  events: readonly ReportEvent[];
  /** executives who rated at least one topic in any phase (the growth chart's people) */
  growthPeople: number;
  growth: TopicGrowth[];
  funnel: FunnelStage[];
  /**
   * free text of consenting respondents, pooled per wave and question, grouped (near-identical
   * answers once, with a count), most frequent first, then alphabetical (no order by person)
   */
  texts: { wave: Wave; question: TextQuestion; writers: number; items: Guarded<TextGroup[]> }[];
  successes: readonly { text: string }[];
}

/** Near-identical: the same words, whatever the case, spacing and punctuation. */
export function textKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("de")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Groups answers by textKey; the first answer (alphabetically) of a group stands for it. */
export function groupTexts(texts: readonly string[]): TextGroup[] {
  const groups = new Map<string, TextGroup>();
  for (const text of [...texts].sort()) {
    const key = textKey(text) || text;
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { text, count: 1 });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
}

export function buildReport(input: ReportInput): SteeringReport {
  const roleOf = input.roles;
  const tandems = input.tandems;
  const peopleSet = new Set(tandems.flatMap((t) => [t.mentorParticipantId, t.menteeParticipantId]));
  const people = peopleSet.size;

  const perWaveRole: WaveRoleFigures[] = [];
  for (const wave of WAVES) {
    for (const role of ROLES) {
      const answers = input.evaluations.filter(
        (e) => e.wave === wave && (roleOf.get(e.participantId) ?? e.answers.role) === role,
      );
      // Someone who answered was asked, whatever the record of sends says: "X of Y" never has X > Y.
      const invited = new Set(
        [...input.invited[wave]]
          .filter((p) => roleOf.get(p) === role)
          .concat(answers.map((e) => e.participantId)),
      );
      const sat = answers.map((e) => e.answers.satisfaction);
      const satisfaction = guard(answers.length, () => suppressSmallCells(distribution(sat, SATISFACTION)));
      perWaveRole.push({
        wave,
        role,
        invited: invited.size,
        answered: answers.length,
        responseRate: guard(invited.size, () => percent(answers.length, invited.size)),
        satisfaction,
        satisfactionSpread: spreadBeside(
          sat,
          satisfaction.shown ? [...satisfaction.value.values()] : [],
          SATISFACTION,
        ),
        again: guard(answers.length, () =>
          suppressSmallCells(
            distribution(
              answers.map((e) => e.answers.again),
              AGAIN,
            ),
          ),
        ),
      });
    }
  }

  const growthRatings = input.ratings.filter((r) => roleOf.get(r.participantId) === "mentee");
  const growth: TopicGrowth[] = input.topics.map((topic) => {
    const byPhase = {} as Record<RatingPhase, Guarded<Spread>>;
    for (const phase of PHASES) {
      byPhase[phase] = spread(
        growthRatings.filter((r) => r.topic === topic && r.phase === phase).map((r) => r.level),
      );
    }
    return { topic, byPhase };
  });
  const growthPeople = new Set(
    growthRatings
      .filter(
        (r) =>
          input.topics.includes(r.topic) &&
          growth.some((g) => g.topic === r.topic && g.byPhase[r.phase].shown),
      )
      .map((r) => r.participantId),
  ).size;

  const answeredCheckin = new Set(tandems.flatMap((t) => t.answeredBy)).size;
  const met = new Set(
    tandems.filter((t) => t.meetings > 0).flatMap((t) => [t.mentorParticipantId, t.menteeParticipantId]),
  ).size;
  const responded = (wave: Wave) =>
    new Set(
      input.evaluations
        .filter((e) => e.wave === wave && peopleSet.has(e.participantId))
        .map((e) => e.participantId),
    ).size;
  const stage = (n: number) => guard(n, () => n);
  const funnel: FunnelStage[] = [
    { stage: "people", count: stage(people) },
    { stage: "checkin_answered", count: stage(answeredCheckin) },
    { stage: "met", count: stage(met) },
    { stage: "midterm", count: stage(responded("midterm")) },
    { stage: "final", count: stage(responded("final")) },
  ];

  const texts: SteeringReport["texts"] = [];
  for (const wave of WAVES) {
    for (const question of ["helps", "change", "learned"] as const) {
      const shared = input.evaluations.filter((e) => e.wave === wave && e.answers.shareText);
      const items = shared.flatMap((e) => {
        const text = e.answers[question];
        return text ? [text] : [];
      });
      // Pooled over the people who agreed and wrote something: from K_MIN writers on, grouped.
      texts.push({
        wave,
        question,
        writers: items.length,
        items: guard(items.length, () => groupTexts(items)),
      });
    }
  }

  const history = input.history ?? NO_HISTORY;
  const figures = programFigures(tandems, history);
  return {
    programId: input.programId,
    programName: input.programName,
    waves: input.waves,
    people,
    tandemCount: tandems.length,
    perWaveRole,
    meetingsPerTandem:
      tandems.length >= K_MIN ? spread(tandems.map((t) => t.meetings)) : { shown: false, n: tandems.length },
    checkinResponseRate: guard(tandems.length, () =>
      percent(figures.checkinAnswers, figures.checkinAnswersAsked),
    ),
    withPlan: guard(tandems.length, () => figures.tandemsWithPlan),
    program: guard(tandems.length, () => figures),
    events: history.events,
    growthPeople,
    growth,
    funnel,
    texts,
    successes: input.successes ?? [],
  };
}

/** The program's counts from its tandems and their history (see ProgramFigures). */
export function programFigures(tandems: readonly ReportTandem[], history: ProgramHistory): ProgramFigures {
  const ids = new Set(tandems.map((t) => t.id));
  const tandemsOf = new Map<number, number>();
  for (const t of tandems)
    for (const p of [t.mentorParticipantId, t.menteeParticipantId])
      tandemsOf.set(p, (tandemsOf.get(p) ?? 0) + 1);
  const alerts = history.alerts.filter((a) => ids.has(a.tandemId));
  const stall = alerts.filter((a) => a.reason === "stall");
  const help = alerts.filter((a) => a.reason === "help");
  const pauses = history.pauses.filter((p) => ids.has(p.tandemId));
  const goals = history.goals.filter((g) => ids.has(g.tandemId));
  const planTandems = new Set([
    ...tandems.filter((t) => t.hasPlan).map((t) => t.id),
    ...goals.map((g) => g.tandemId),
  ]);
  return {
    people: tandemsOf.size,
    tandems: tandems.length,
    rematches: tandems.filter((t) => t.replacesTandemId != null).length,
    peopleInSeveralTandems: [...tandemsOf.values()].filter((n) => n > 1).length,
    checkins: tandems.reduce((s, t) => s + t.checkins, 0),
    checkinAnswersAsked: tandems.reduce((s, t) => s + 2 * t.checkins, 0),
    checkinAnswers: tandems.reduce((s, t) => s + Math.min(t.checkinAnswers, 2 * t.checkins), 0),
    checkinsAnswered: tandems.reduce((s, t) => s + Math.min(t.checkinsAnswered ?? 0, t.checkins), 0),
    peopleWhoAnsweredCheckin: new Set(tandems.flatMap((t) => t.answeredBy)).size,
    meetings: tandems.reduce((s, t) => s + t.meetings, 0),
    tandemsThatMet: tandems.filter((t) => t.meetings > 0).length,
    stallAlerts: stall.length,
    stallAlertsResolved: stall.filter((a) => a.resolved).length,
    tandemsWithStallAlert: new Set(stall.map((a) => a.tandemId)).size,
    helpRequests: help.length,
    helpRequestsResolved: help.filter((a) => a.resolved).length,
    pauses: pauses.length,
    tandemsPaused: new Set(pauses.map((p) => p.tandemId)).size,
    tandemsWithPlan: planTandems.size,
    goalsSet: goals.length,
    goalsDone: goals.filter((g) => g.done).length,
  };
}

/** The few figures set side by side when a manager compares this cohort with the previous one. */
export interface CohortSummary {
  programName: string;
  people: number;
  tandems: number;
  responseRate: Record<Wave, Guarded<number>>;
  /** answers behind each wave's figures */
  answered: Record<Wave, number>;
  invited: Record<Wave, number>;
  satisfactionMedian: Record<Wave, Guarded<number>>;
  meetingsMedian: Guarded<number>;
  withPlanPercent: Guarded<number>;
  checkinResponseRate: Guarded<number>;
}

/**
 * Both roles of a wave pooled; the median under the same small-cell rule as the report's (a median
 * that would tell a hidden cell of the pooled distribution is withheld).
 */
export function summarize(report: SteeringReport, input: ReportInput): CohortSummary {
  const pooled = (wave: Wave) => report.perWaveRole.filter((f) => f.wave === wave);
  const sum = (wave: Wave, key: "answered" | "invited") => pooled(wave).reduce((s, f) => s + f[key], 0);
  const rate = (wave: Wave) => {
    const invited = sum(wave, "invited");
    return guard(invited, () => percent(sum(wave, "answered"), invited));
  };
  const sat = (wave: Wave): Guarded<number> => {
    const values = input.evaluations
      .filter((e) => e.wave === wave && ROLES.includes(input.roles.get(e.participantId) ?? e.answers.role))
      .map((e) => e.answers.satisfaction);
    if (values.length < K_MIN) return { shown: false, n: values.length };
    const cells = [...suppressSmallCells(distribution(values, SATISFACTION)).values()];
    return spreadBeside(values, cells, SATISFACTION).median;
  };
  const meetings = report.meetingsPerTandem;
  const plan = report.withPlan;
  return {
    programName: report.programName,
    people: report.people,
    tandems: report.tandemCount,
    responseRate: { midterm: rate("midterm"), final: rate("final") },
    answered: { midterm: sum("midterm", "answered"), final: sum("final", "answered") },
    invited: { midterm: sum("midterm", "invited"), final: sum("final", "invited") },
    satisfactionMedian: { midterm: sat("midterm"), final: sat("final") },
    meetingsMedian: meetings.shown ? { shown: true, value: meetings.value.median, n: meetings.n } : meetings,
    withPlanPercent: plan.shown
      ? { shown: true, value: percent(plan.value, report.tandemCount), n: plan.n }
      : plan,
    checkinResponseRate: report.checkinResponseRate,
  };
}

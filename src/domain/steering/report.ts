import type { Role, TandemStatus } from "../types";
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
  /** stalled now (no meeting for the program's alert period) */
  stalled: boolean;
  paused: boolean;
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

export interface SteeringReport {
  programId: number;
  programName: string;
  waves: ReportInput["waves"];
  people: number;
  tandemCount: number;
  perWaveRole: WaveRoleFigures[];
  meetingsPerTandem: Guarded<Spread>;
  checkinResponseRate: Guarded<number>;
  withPlan: Guarded<number>;
  stalled: Guarded<number>;
  paused: Guarded<number>;
  growth: TopicGrowth[];
  funnel: FunnelStage[];
  /** free text of consenting respondents, pooled per wave and question, sorted (no order by person) */
  texts: { wave: Wave; question: "helps" | "change" | "learned"; items: Guarded<string[]> }[];
  successes: readonly { text: string }[];
}

export function buildReport(input: ReportInput): SteeringReport {
  const roleOf = input.roles;
  const people = new Set(input.tandems.flatMap((t) => [t.mentorParticipantId, t.menteeParticipantId])).size;
  const tandems = input.tandems;

  const perWaveRole: WaveRoleFigures[] = [];
  for (const wave of WAVES) {
    for (const role of ROLES) {
      const invited = [...input.invited[wave]].filter((p) => roleOf.get(p) === role);
      const answers = input.evaluations.filter((e) => e.wave === wave && e.answers.role === role);
      const answeredInvited = answers.filter((e) => input.invited[wave].has(e.participantId)).length;
      const sat = answers.map((e) => e.answers.satisfaction);
      const satisfaction = guard(answers.length, () => suppressSmallCells(distribution(sat, SATISFACTION)));
      perWaveRole.push({
        wave,
        role,
        invited: invited.length,
        answered: answers.length,
        responseRate: guard(invited.length, () => percent(answeredInvited, invited.length)),
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

  // Tandem figures rest on the tandems (two people each): shown from K_MIN tandems on.
  const count = (pred: (t: ReportTandem) => boolean) =>
    guard(tandems.length, () => tandems.filter(pred).length);
  const expectedAnswers = tandems.reduce((s, t) => s + t.checkins * 2, 0);
  const givenAnswers = tandems.reduce((s, t) => s + t.checkinAnswers, 0);

  const growth: TopicGrowth[] = input.topics.map((topic) => {
    const byPhase = {} as Record<RatingPhase, Guarded<Spread>>;
    for (const phase of PHASES) {
      byPhase[phase] = spread(
        input.ratings
          .filter((r) => r.topic === topic && r.phase === phase && roleOf.get(r.participantId) === "mentee")
          .map((r) => r.level),
      );
    }
    return { topic, byPhase };
  });

  const answeredCheckin = tandems.reduce((sum, t) => sum + t.membersWhoAnswered, 0);
  const met = tandems.filter((t) => t.meetings > 0).length * 2;
  const responded = (wave: Wave) =>
    new Set(input.evaluations.filter((e) => e.wave === wave).map((e) => e.participantId)).size;
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
      // Pooled over the people who agreed and wrote something: from K_MIN writers on, in sorted order.
      texts.push({ wave, question, items: guard(items.length, () => [...items].sort()) });
    }
  }

  return {
    programId: input.programId,
    programName: input.programName,
    waves: input.waves,
    people,
    tandemCount: tandems.length,
    perWaveRole,
    meetingsPerTandem:
      tandems.length >= K_MIN ? spread(tandems.map((t) => t.meetings)) : { shown: false, n: tandems.length },
    checkinResponseRate: guard(tandems.length, () => percent(givenAnswers, expectedAnswers)),
    withPlan: count((t) => t.hasPlan),
    stalled: count((t) => t.stalled),
    paused: count((t) => t.paused),
    growth,
    funnel,
    texts,
    successes: input.successes ?? [],
  };
}

/** The few figures set side by side when a manager compares this cohort with the previous one. */
export interface CohortSummary {
  programName: string;
  people: number;
  tandems: number;
  responseRate: Record<Wave, Guarded<number>>;
  satisfactionMedian: Record<Wave, Guarded<number>>;
  meetingsMedian: Guarded<number>;
  withPlanPercent: Guarded<number>;
}

export function summarize(report: SteeringReport, input: ReportInput): CohortSummary {
  const rate = (wave: Wave) => {
    const invited = input.invited[wave].size;
    const answered = new Set(
      input.evaluations
        .filter((e) => e.wave === wave && input.invited[wave].has(e.participantId))
        .map((e) => e.participantId),
    ).size;
    return guard(invited, () => percent(answered, invited));
  };
  const sat = (wave: Wave): Guarded<number> => {
    const s = spread(input.evaluations.filter((e) => e.wave === wave).map((e) => e.answers.satisfaction));
    return s.shown ? { shown: true, value: s.value.median, n: s.n } : s;
  };
  const meetings = report.meetingsPerTandem;
  const plan = report.withPlan;
  return {
    programName: report.programName,
    people: report.people,
    tandems: report.tandemCount,
    responseRate: { midterm: rate("midterm"), final: rate("final") },
    satisfactionMedian: { midterm: sat("midterm"), final: sat("final") },
    meetingsMedian: meetings.shown ? { shown: true, value: meetings.value.median, n: meetings.n } : meetings,
    withPlanPercent: plan.shown
      ? { shown: true, value: percent(plan.value, report.tandemCount), n: plan.n }
      : plan,
  };
}

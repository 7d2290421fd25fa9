import type { KnownBlock } from "@slack/types";
import { batchStatus } from "../db/queries/batchStatus";
import { atRiskTandems, runningTandemOfUser } from "../db/queries/checkins";
import { dashboardInput, liveTandemOf, participationOf } from "../db/queries/dashboard";
import { launchBatch } from "../db/queries/launch";
import { isProgramManager } from "../db/queries/managers";
import { currentProgram, type Program } from "../db/queries/programs";
import type { Deps, WorkerDeps } from "../deps";
import { buildDashboard, localDate, signupIsOpen } from "../domain/dashboard";
import type { Translator } from "../i18n";
import { translatorFor } from "../slack/users";
import {
  buildHomeView,
  type HomeViewData,
  type ParticipantHomeData,
  type UpcomingDate,
} from "../slack/views/home";
import type { ManagerHomeData } from "../slack/views/homeDashboard";
import { buildLaunchStatusSection } from "../slack/views/launchStatus";
import { buildAtRiskSection } from "../slack/views/rhythmAlerts";
import { buildRematchHomeSection } from "../slack/views/rhythmRematch";
import { buildHomeSteering } from "../slack/views/steering";
import type { Actor } from "./actor";
import { pastCohortsSection } from "./cohorts";
import { closedProgramSection, personalDates } from "./homeDates";

/** Dates ahead of a participant (today included). Later features add events and check-ins here. */
export function upcomingDates(t: Translator, program: Program, today: string): UpcomingDate[] {
  const dates: UpcomingDate[] = [
    { date: program.signupDeadline, label: t("home.date.signup_deadline") },
    { date: program.startDate, label: t("home.date.program_start") },
    { date: program.endDate, label: t("home.date.program_end") },
  ];
  return dates.filter((d) => d.date >= today);
}

/** What the participant part shows; a program still in preparation is not shown to participants. */
export function participantHomeData(
  deps: Deps,
  t: Translator,
  userId: string,
  program: Program | undefined,
  today: string,
): ParticipantHomeData {
  const row = program ? participationOf(deps.db, program.id, userId) : undefined;
  if (!program || (program.status === "draft" && !row)) {
    return { program: undefined, role: undefined, state: "none", upcoming: [] };
  }
  const tandem = row?.status === "matched" ? liveTandemOf(deps.db, row.id) : undefined;
  return {
    program: {
      name: program.name,
      signupOpen: program.signupOpen,
      signupDeadline: program.signupDeadline,
      deadlinePassed: today > program.signupDeadline,
    },
    role: row?.role,
    state: row?.status ?? "none",
    tandem: tandem ? { channelId: tandem.channelId, partnerUserId: tandem.partnerUserId } : undefined,
    upcoming: [
      ...upcomingDates(t, program, today),
      ...(row ? personalDates(deps, t, program, { ...row, tandemId: tandem?.tandemId }, today) : []),
    ],
  };
}

/** Only ever called for program managers: the dashboard holds everyone's sign-up state. */
function managerHomeData(deps: Deps, program: Program | undefined, today: string): ManagerHomeData {
  if (!program) return { program: undefined, dashboard: undefined };
  const input = dashboardInput(deps.db, program.id);
  return {
    program: {
      id: program.id,
      name: program.name,
      startDate: program.startDate,
      endDate: program.endDate,
      signupDeadline: program.signupDeadline,
      status: program.status,
      signupSwitchedOn: program.signupOpen,
      signupOpen: signupIsOpen(program, today),
      topics: program.topics,
      customTopics: program.customTopics,
    },
    dashboard: buildDashboard({ topics: program.topics, ...input }),
  };
}

/** Managers see how the launch went (and what failed, with a retry) once tandems were approved. */
function launchSections(deps: Deps, t: Translator, program: Program): KnownBlock[][] {
  const status = batchStatus(deps.db, launchBatch(program.id));
  return status.total > 0 ? [buildLaunchStatusSection(t, status)] : [];
}

/** Which page of the App Home's long lists to show (the first unless a pager was clicked). */
export interface HomePages {
  atRiskOffset?: number;
}

/** Gathers what a user's App Home shows. Managers see the dashboard, and their own status if they take part. */
export function homeViewData(deps: Deps, t: Translator, userId: string, pages: HomePages = {}): HomeViewData {
  const program = currentProgram(deps.db);
  const today = localDate(deps.clock(), program?.timezone ?? "UTC");
  const participant = participantHomeData(deps, t, userId, program, today);
  const ownTandem =
    program && participant.state === "matched" ? runningTandemOfUser(deps.db, program.id, userId) : undefined;
  const rematch = ownTandem ? [buildRematchHomeSection(t, { tandemId: ownTandem.tandem.id })] : [];
  const isManager = isProgramManager(deps.db, deps.config, userId);
  const closed = program
    ? []
    : closedProgramSection(deps, t, isManager, (id) => participationOf(deps.db, id, userId) !== undefined);
  if (!isManager) {
    const extra = [...rematch, ...closed];
    return { participant, ...(extra.length > 0 ? { extraSections: extra } : {}) };
  }
  const takesPart = participant.state !== "none";
  const atRisk =
    program?.status === "running"
      ? [buildAtRiskSection(t, atRiskTandems(deps.db, program.id, deps.clock()), pages.atRiskOffset ?? 0)]
      : [];
  const launch = program ? launchSections(deps, t, program) : [];
  const steering =
    program?.status === "running" || program?.status === "closed" ? [buildHomeSteering(t, program.id)] : [];
  // closed cohorts stay reachable: each with its report and export (services/cohorts)
  const past = pastCohortsSection(deps, t);
  const extra = [...(takesPart ? rematch : []), ...launch, ...atRisk, ...steering, ...closed, ...past];
  return {
    ...(takesPart ? { participant } : {}),
    manager: managerHomeData(deps, program, today),
    ...(extra.length > 0 ? { extraSections: extra } : {}),
  };
}

/** Renders and publishes the App Home, letting Slack's errors through (the outbox retries on them). */
export async function renderAndPublishHome(
  deps: WorkerDeps,
  userId: string,
  pages?: HomePages,
): Promise<void> {
  const t = await translatorFor(deps, deps.client, userId);
  const view = buildHomeView(t, homeViewData(deps, t, userId, pages));
  await deps.client.views.publish({ user_id: userId, view });
}

/**
 * Builds and publishes the App Home of the person who acted, right after their change (everyone
 * else's goes through a home.publish operation). A failed publish is logged, not thrown: the home
 * is a view of the state, and the caller's own work has already succeeded.
 */
export async function publishHome(deps: WorkerDeps, userId: string, pages?: HomePages): Promise<void> {
  try {
    await renderAndPublishHome(deps, userId, pages);
  } catch (error) {
    deps.logger.warn(`Publishing the App Home of ${userId} failed: ${String(error)}`);
  }
}

/** The at-risk list's pager on a manager's App Home: the Home again, showing the page clicked. */
export async function showAtRiskPage(
  deps: WorkerDeps,
  actor: Actor,
  input: { offset: number },
): Promise<void> {
  await publishHome(deps, actor.userId, { atRiskOffset: input.offset });
}

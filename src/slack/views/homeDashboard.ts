import type { Button, KnownBlock } from "@slack/types";
import type { Dashboard, Tally } from "../../domain/dashboard";
import type { ProgramStatus } from "../../domain/types";
import { type MessageKey, type Translator, topicLabel } from "../../i18n";
import { actions, button, context, fields, header, SECTION_TEXT_MAX, section } from "../blocks";
import { ids } from "../ids";
import { cellText, mentionUser, SMALL_CELL, truncate } from "../text";
import { formatDate, joinLines } from "./homeParts";

export interface ManagerHomeData {
  program:
    | {
        id: number;
        name: string;
        startDate: string;
        endDate: string;
        signupDeadline: string;
        status: ProgramStatus;
        /** the manager's switch */
        signupSwitchedOn: boolean;
        /** the switch is on and the deadline has not passed */
        signupOpen: boolean;
        topics: string[];
        customTopics: Record<string, string>;
      }
    | undefined;
  dashboard: Dashboard | undefined;
}

const LABEL_MAX = 80;

const STATUS_KEYS: Record<ProgramStatus, MessageKey> = {
  draft: "home.status.draft",
  signup: "home.status.signup",
  matching: "home.status.matching",
  running: "home.status.running",
  closed: "home.status.closed",
};

function tally(t: Translator, label: string, x: Tally): string {
  return t("home.manager.tally", { label, complete: x.complete, draft: x.draft });
}

/**
 * The program manager's dashboard: the program, its sign-ups, unfinished questionnaires, topic
 * balance. Counts of one or two people come hidden from the domain and show as "<3", as in the
 * steering reports; the totals per role and the unfinished list are operational and exact.
 */
export function buildManagerDashboard(t: Translator, data: ManagerHomeData): KnownBlock[] {
  const blocks: KnownBlock[] = [header(t.plain("home.manager.title"))];
  const program = data.program;
  if (!program) {
    blocks.push(
      section(t("home.manager.no_program")),
      actions(
        [button(t.plain("home.manager.button.create"), ids.setup.openModal, { style: "primary" })],
        ids.home.managerActions,
      ),
    );
    return blocks;
  }

  const signupLine = program.signupOpen
    ? t("home.manager.signup_open")
    : program.signupSwitchedOn
      ? t("home.manager.signup_expired")
      : t("home.manager.signup_closed");
  blocks.push(
    section(
      `${t("home.manager.program", {
        name: program.name,
        start: formatDate(t.lang, program.startDate),
        end: formatDate(t.lang, program.endDate),
        deadline: formatDate(t.lang, program.signupDeadline),
        status: t.plain(STATUS_KEYS[program.status]),
      })}\n${signupLine}`,
    ),
  );
  const value = String(program.id);
  const buttons: Button[] = [button(t.plain("home.manager.button.edit"), ids.setup.openModal, { value })];
  buttons.push(
    program.signupSwitchedOn
      ? button(t.plain("home.manager.button.close_signup"), ids.setup.closeSignup, { value })
      : button(t.plain("home.manager.button.open_signup"), ids.setup.openSignup, { value, style: "primary" }),
  );
  blocks.push(actions(buttons, ids.home.managerActions));

  const d = data.dashboard;
  if (!d) return blocks;
  const more = (count: number) => t("home.manager.more", { count });

  blocks.push(header(t.plain("home.manager.signups.title")));
  if (d.total.complete + d.total.draft === 0) {
    blocks.push(section(t("home.manager.signups.none")));
  } else {
    blocks.push(
      fields([
        tally(t, t.plain("common.role.mentor"), d.byRole.mentor),
        tally(t, t.plain("common.role.mentee"), d.byRole.mentee),
        tally(t, t.plain("home.manager.total"), d.total),
      ]),
    );
    // Departments are user text: cut raw, then t() escapes, so no entity is ever split. Only groups
    // of three or more by name; the rest counted together, last and never cut off (domain/dashboard).
    const departmentLines = d.byDepartment.map((dep) =>
      t("home.manager.department_line", {
        department:
          dep.department === null
            ? t.plain("home.manager.department_none")
            : truncate(dep.department, LABEL_MAX),
        people: dep.people,
      }),
    );
    const otherLine = d.otherDepartments
      ? t("home.manager.department_line", {
          department: t.plain("home.manager.department_other"),
          people: cellText(d.otherDepartments.people),
        })
      : undefined;
    const listed = joinLines(departmentLines, SECTION_TEXT_MAX - 100 - (otherLine?.length ?? 0), more);
    blocks.push(
      section(`*${t("home.manager.departments.title")}*\n${[listed, otherLine].filter(Boolean).join("\n")}`),
      context(t("home.manager.departments.explain", { small: SMALL_CELL })),
    );
    const unfinished =
      d.unfinished.length === 0
        ? t("home.manager.unfinished.none")
        : joinLines(d.unfinished.map(mentionUser), SECTION_TEXT_MAX - 100, more, " ");
    blocks.push(
      section(`*${t("home.manager.unfinished.title", { count: d.unfinished.length })}*\n${unfinished}`),
    );
  }

  blocks.push(header(t.plain("home.manager.topics.title")));
  if (d.topics.length === 0) {
    blocks.push(section(t("home.manager.topics.none")));
  } else {
    const lines = d.topics.map((x) => {
      const line = t("home.manager.topic_line", {
        topic: truncate(topicLabel(t, x.topic, program.customTopics), LABEL_MAX),
        demand: cellText(x.demand),
        supply: cellText(x.supply),
      });
      return x.shortfall ? `⚠️ *${line}*` : line;
    });
    blocks.push(
      section(joinLines(lines, SECTION_TEXT_MAX - 100, more)),
      context(t("home.manager.topics.explain", { small: SMALL_CELL })),
    );
  }
  return blocks;
}

import type { HomeView, KnownBlock } from "@slack/types";
import type { ParticipantStatus, Role } from "../../domain/types";
import type { Translator } from "../../i18n";
import { actions, button, capBlocks, context, divider, header, section } from "../blocks";
import { ids } from "../ids";
import { mentionChannel, mentionUser } from "../text";
import { values } from "../values";
import { buildManagerDashboard, type ManagerHomeData } from "./homeDashboard";
import { formatDate } from "./homeParts";

export type { ManagerHomeData } from "./homeDashboard";

/** "none": the user has no participant row in the current program. */
export type ParticipantState = "none" | ParticipantStatus;

export interface UpcomingDate {
  /** YYYY-MM-DD; the list is shown sorted by it */
  date: string;
  /** mrkdwn, already translated and escaped */
  label: string;
}

export interface ParticipantHomeData {
  /** the program the user can take part in; undefined when none is open */
  program:
    | {
        name: string;
        /** the manager's switch: what the sign-up feature lets people do */
        signupOpen: boolean;
        signupDeadline: string;
        /** the deadline is behind us (the switch may still be on) */
        deadlinePassed: boolean;
      }
    | undefined;
  role: Role | undefined;
  state: ParticipantState;
  /** the live tandem when matched */
  tandem?: { channelId: string | null; partnerUserId: string | undefined } | undefined;
  /** sign-up deadline, program start and end; later features add events and check-ins */
  upcoming: UpcomingDate[];
}

export interface HomeViewData {
  participant?: ParticipantHomeData | undefined;
  /** only ever set for program managers */
  manager?: ManagerHomeData | undefined;
  /** further sections (tandem status, at-risk list …), each a group of blocks, shown in this order */
  extraSections?: KnownBlock[][] | undefined;
}

const MAX_HOME_BLOCKS = 100;

export function buildHomeView(t: Translator, data: HomeViewData): HomeView {
  const groups: KnownBlock[][] = [];
  if (data.participant) groups.push(buildParticipantHome(t, data.participant));
  if (data.manager) groups.push(buildManagerDashboard(t, data.manager));
  for (const extra of data.extraSections ?? []) if (extra.length > 0) groups.push(extra);

  const blocks: KnownBlock[] = [header(t.plain("home.title")), context(t("home.intro"))];
  groups.forEach((group, i) => {
    if (i > 0) blocks.push(divider());
    blocks.push(...group);
  });
  return { type: "home", blocks: capBlocks(blocks, MAX_HOME_BLOCKS) };
}

function roleName(t: Translator, role: Role | undefined): string {
  return t.plain(role === "mentee" ? "common.role.mentee" : "common.role.mentor");
}

function joinChoices(t: Translator): KnownBlock[] {
  const choice = (role: Role, blockId: string) => {
    const block = section(
      t(`home.join.${role}_text`),
      button(t.plain(`home.button.join_${role}`), ids.signup.join, {
        value: values.signup.join.encode(role),
        style: "primary",
      }),
    );
    block.block_id = blockId;
    return block;
  };
  return [choice("mentor", ids.home.joinMentor), choice("mentee", ids.home.joinMentee)];
}

/** The participant's part of the App Home: where they stand, what comes next, and the dates ahead. */
export function buildParticipantHome(t: Translator, data: ParticipantHomeData): KnownBlock[] {
  const blocks: KnownBlock[] = [header(t.plain("home.participant.title"))];
  const program = data.program;
  if (!program) {
    blocks.push(section(t("home.no_program")));
    return blocks;
  }
  blocks.push(context(t("home.program", { name: program.name })));
  const deadline = formatDate(t.lang, program.signupDeadline);
  const dated = !program.deadlinePassed;
  const role = roleName(t, data.role);
  const open = program.signupOpen;
  const buttons = [];

  const edit = () =>
    button(t.plain("home.button.edit"), ids.signup.join, {
      value: values.signup.join.encode(data.role ?? "mentor"),
    });
  const leave = () => button(t.plain("home.button.leave"), ids.signup.leave);

  switch (data.state) {
    case "none":
      if (!open) {
        blocks.push(section(t("home.none.closed")));
        break;
      }
      blocks.push(section(dated ? t("home.none.open", { deadline }) : t("home.none.open_undated")));
      blocks.push(...joinChoices(t));
      break;
    case "draft":
      if (open) {
        const next = dated ? t("home.draft.next", { deadline }) : t("home.draft.next_undated");
        blocks.push(section(`${t("home.draft", { role })}\n${next}`));
        const finish = { value: values.signup.join.encode(data.role ?? "mentor"), style: "primary" as const };
        buttons.push(button(t.plain("home.button.finish"), ids.signup.join, finish));
      } else {
        blocks.push(section(t("home.draft.closed", { role })));
      }
      buttons.push(leave());
      break;
    case "complete": {
      const next = open && dated ? t("home.complete.next", { deadline }) : t("home.complete.next_closed");
      blocks.push(section(`${t("home.complete", { role })}\n${next}`));
      // Answers stay editable until matched: the sign-up feature allows it after the deadline too.
      buttons.push(edit(), leave());
      break;
    }
    case "waiting":
      blocks.push(section(`${t("home.waiting", { role })}\n${t("home.waiting.next")}`));
      buttons.push(edit(), leave());
      break;
    case "matched": {
      const lines = [t("home.matched", { role })];
      if (data.tandem?.partnerUserId) {
        lines.push(`${t("home.matched.partner")}: ${mentionUser(data.tandem.partnerUserId)}`);
      }
      if (data.tandem?.channelId) {
        lines.push(`${t("home.matched.channel")}: ${mentionChannel(data.tandem.channelId)}`);
        lines.push(t("home.matched.next"));
      } else {
        lines.push(t("home.matched.next_no_channel"));
      }
      blocks.push(section(lines.join("\n")));
      break;
    }
    case "withdrawn": {
      let next = t("home.withdrawn.next_closed");
      if (open)
        next = dated ? t("home.withdrawn.next_open", { deadline }) : t("home.withdrawn.next_open_undated");
      blocks.push(section(`${t("home.withdrawn")}\n${next}`));
      if (open) blocks.push(...joinChoices(t));
      break;
    }
  }
  if (buttons.length > 0) blocks.push(actions(buttons, ids.home.participantActions));

  blocks.push(section(`*${t("home.dates.title")}*\n${upcomingLines(t, data.upcoming)}`));
  return blocks;
}

function upcomingLines(t: Translator, upcoming: readonly UpcomingDate[]): string {
  if (upcoming.length === 0) return t("home.dates.none");
  return [...upcoming]
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 15)
    .map((d) => `• *${formatDate(t.lang, d.date)}* · ${d.label}`)
    .join("\n");
}

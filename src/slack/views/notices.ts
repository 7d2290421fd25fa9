import type { KnownBlock, ModalView } from "@slack/types";
import type { ParticipantSummary } from "../../domain/notices";
import type { Wave } from "../../domain/steering/waves";
import type { MessageKey, Translator } from "../../i18n";
import { actions, button, context, input, modal, section } from "../blocks";
import { ids } from "../ids";
import { type StateValues, stateOf } from "../state";
import { fitLength, mentionChannel, mentionUser, safeText } from "../text";
import { values } from "../values";
import { formatDate } from "./homeParts";
import type { BuiltMessage } from "./rhythmScheduled";
import { waveLabel } from "./steering";

/*
 * The managers' notices (sign-up deadline, results ready, low response, a pause), the participants'
 * summary at the end, the "what changes" modal, and the closed cohorts on the App Home. Pure builders;
 * the program's name is user text and is escaped here.
 */

/** What managers may write for the summary, per language. */
export const CHANGES_MAX = 1500;

const name = (program: string) => safeText(program, 200);
const programValue = (programId: number) => values.steering.program.encode({ p: programId });

/** "1 …" or "n …" by the language's plural rule (keys ending in .one / .other). */
function counted(t: Translator, base: string, n: number, params: Record<string, string | number>) {
  const rule = new Intl.PluralRules(t.lang === "de" ? "de-DE" : "en-GB").select(n);
  return t.plain(`${base}.${rule === "one" ? "one" : "other"}` as MessageKey, params);
}

export function buildSignupDeadlineDm(
  t: Translator,
  d: {
    programId: number;
    program: string;
    deadline: string;
    mentors: number;
    mentees: number;
    unfinished: number;
  },
): BuiltMessage {
  const lines = [
    t.plain("notices.signup.text", {
      program: name(d.program),
      date: formatDate(t.lang, d.deadline),
      mentors: d.mentors,
      mentees: d.mentees,
    }),
  ];
  if (d.unfinished > 0) lines.push(t.plain("notices.signup.unfinished", { count: d.unfinished }));
  lines.push(t.plain("notices.signup.next"));
  return {
    text: t.plain("notices.signup.fallback", { program: name(d.program) }),
    blocks: [
      section(lines.join("\n")),
      actions([
        button(t.plain("notices.signup.button"), ids.notices.closeAndMatch, {
          style: "primary",
          value: values.notices.program.encode({ p: d.programId }),
        }),
      ]),
    ],
  };
}

export interface ResultsNotice {
  programId: number;
  program: string;
  wave: Wave;
  /** the wave's last day */
  closedOn: string;
  /** over three invited or more (as the report shows it); left out otherwise */
  response?: { answered: number; invited: number; rate: number };
  /** the final wave: the day the participants' summary goes out */
  summaryOn?: string;
}

export function buildResultsDm(t: Translator, d: ResultsNotice): BuiltMessage {
  const lines = [
    t.plain(`notices.results.text.${d.wave}`, {
      program: name(d.program),
      date: formatDate(t.lang, d.closedOn),
    }),
  ];
  if (d.response) lines.push(t.plain("notices.results.response", d.response));
  lines.push(t.plain("notices.results.report"));
  const blocks: KnownBlock[] = [section(lines.join("\n"))];
  if (d.summaryOn)
    blocks.push(section(t.plain("notices.results.summary", { date: formatDate(t.lang, d.summaryOn) })));
  blocks.push(
    actions([
      button(t.plain("notices.results.report_button"), ids.steering.report, {
        style: "primary",
        value: programValue(d.programId),
      }),
      ...(d.summaryOn
        ? [
            button(t.plain("notices.results.changes_button"), ids.notices.changesOpen, {
              value: values.notices.program.encode({ p: d.programId }),
            }),
          ]
        : []),
    ]),
  );
  return { text: t.plain(`notices.results.fallback.${d.wave}`, { program: name(d.program) }), blocks };
}

export function buildLowResponseDm(
  t: Translator,
  d: {
    programId: number;
    program: string;
    wave: Wave;
    lastDay: string;
    answered: number;
    invited: number;
    rate: number;
    threshold: number;
  },
): BuiltMessage {
  const wave = waveLabel(t, d.wave);
  return {
    text: t.plain("notices.low.fallback", { wave, program: name(d.program) }),
    blocks: [
      section(
        t.plain("notices.low.text", {
          wave,
          program: name(d.program),
          answered: d.answered,
          invited: d.invited,
          rate: d.rate,
          date: formatDate(t.lang, d.lastDay),
        }),
      ),
      context(t.plain("notices.low.definition", { threshold: d.threshold })),
      actions([
        button(t.plain("notices.low.button"), ids.steering.wavesOpen, { value: programValue(d.programId) }),
      ]),
    ],
  };
}

/** A manager's copy of a pause: who paused which tandem, until when, and where. */
export function buildPauseNoticeDm(
  t: Translator,
  d: { by: string; mentor: string; mentee: string; until: string; channelId: string | null },
): BuiltMessage {
  const until = formatDate(t.lang, d.until);
  const partner = d.by === d.mentor ? d.mentee : d.by === d.mentee ? d.mentor : undefined;
  const lines = [
    partner
      ? t.plain("notices.pause.text_member", { by: mentionUser(d.by), partner: mentionUser(partner), until })
      : t.plain("notices.pause.text", {
          by: mentionUser(d.by),
          mentor: mentionUser(d.mentor),
          mentee: mentionUser(d.mentee),
          until,
        }),
  ];
  if (d.channelId) lines.push(t.plain("notices.pause.channel", { channel: mentionChannel(d.channelId) }));
  return {
    text: t.plain("notices.pause.fallback", { until }),
    blocks: [section(lines.join("\n")), context(t.plain("notices.pause.effect"))],
  };
}

/** The participants' summary: figures over three people or more only, and what changes when written. */
export function buildSummaryDm(
  t: Translator,
  d: { program: string; summary: ParticipantSummary; changes: string | null },
): BuiltMessage {
  const s = d.summary;
  const figures: string[] = [];
  if (s.people !== undefined)
    figures.push(
      s.tandems !== undefined
        ? t.plain("notices.summary.people", { people: s.people, tandems: s.tandems })
        : t.plain("notices.summary.people_only", { people: s.people }),
    );
  if (s.meetings !== undefined)
    figures.push(counted(t, "notices.summary.meetings", s.meetings, { meetings: s.meetings }));
  if (s.satisfied) figures.push(t.plain("notices.summary.satisfied", { ...s.satisfied }));
  if (s.again) figures.push(t.plain("notices.summary.again", { ...s.again }));
  const head = [t.plain("notices.summary.title", { program: name(d.program) })];
  head.push(figures.length > 0 ? t.plain("notices.summary.intro") : t.plain("notices.summary.few"));
  const blocks: KnownBlock[] = [section([...head, ...figures].join("\n"))];
  if (d.changes) blocks.push(section(`${t.plain("notices.summary.changes")}\n${safeText(d.changes, 2500)}`));
  blocks.push(context(t.plain("notices.summary.privacy")));
  return { text: t.plain("notices.summary.fallback", { program: name(d.program) }), blocks };
}

/** The text a reader sees: theirs, else the other language's; null when neither was written. */
export function changesFor(t: Translator, text: { de: string | null; en: string | null }): string | null {
  return (t.lang === "de" ? (text.de ?? text.en) : (text.en ?? text.de)) ?? null;
}

export function buildChangesModal(
  t: Translator,
  d: { programId: number; program: string; summaryOn: string; de: string | null; en: string | null },
): ModalView {
  const field = (blockId: string, label: MessageKey, value: string | null) =>
    input(
      blockId,
      t.plain(label),
      {
        type: "plain_text_input",
        action_id: blockId,
        multiline: true,
        max_length: CHANGES_MAX,
        ...(value ? { initial_value: fitLength(value, CHANGES_MAX) } : {}),
      },
      { optional: true, hint: t.plain("notices.changes.hint") },
    );
  const I = ids.notices.changesInput;
  return modal(t, {
    callbackId: ids.notices.changesModal,
    title: t.plain("notices.changes.title"),
    submit: t.plain("notices.changes.submit"),
    metadata: values.notices.program.encode({ p: d.programId }),
    blocks: [
      section(
        t.plain("notices.changes.intro", {
          program: name(d.program),
          date: formatDate(t.lang, d.summaryOn),
        }),
      ),
      // the reader's language first
      ...(t.lang === "de"
        ? [field(I.de, "notices.changes.de", d.de), field(I.en, "notices.changes.en", d.en)]
        : [field(I.en, "notices.changes.en", d.en), field(I.de, "notices.changes.de", d.de)]),
    ],
  });
}

/** The two texts as typed, trimmed; empty is null. */
export function readChangesForm(state: StateValues | undefined): { de: string | null; en: string | null } {
  const read = (id: string) => {
    const v = state ? stateOf(state, id)?.value?.trim() : undefined;
    return v ? v : null;
  };
  return { de: read(ids.notices.changesInput.de), en: read(ids.notices.changesInput.en) };
}

export interface CohortLine {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
}

function cohortLine(t: Translator, c: CohortLine): string {
  return t.plain("notices.past.line", {
    program: name(c.name),
    start: formatDate(t.lang, c.startDate),
    end: formatDate(t.lang, c.endDate),
  });
}

/** The App Home's closed cohorts, each with its report and export; `older` more are only named. */
export function buildPastCohorts(t: Translator, cohorts: readonly CohortLine[], older: number): KnownBlock[] {
  if (cohorts.length === 0) return [];
  const blocks: KnownBlock[] = [section(t.plain("notices.past.title"))];
  for (const c of cohorts) {
    const value = programValue(c.id);
    blocks.push(
      section(cohortLine(t, c)),
      actions(
        [
          button(t.plain("steering.home.report"), ids.steering.report, { value }),
          button(t.plain("steering.home.export"), ids.steering.export, { value }),
        ],
        `${ids.notices.pastActions}.p${c.id}`,
      ),
    );
  }
  if (older > 0) blocks.push(context(counted(t, "notices.past.more", older, { count: older })));
  return blocks;
}

/** The answer to a cohort typed after report or export that is unknown or ambiguous: one button per choice. */
export function buildCohortChoices(
  t: Translator,
  d: {
    typed: string;
    kind: "ambiguous" | "unknown";
    choices: readonly CohortLine[];
    action: "report" | "export";
  },
): BuiltMessage {
  const text = t.plain(`notices.cohort.${d.kind}`, { typed: safeText(d.typed, 100) });
  const label = t.plain(d.action === "report" ? "steering.home.report" : "steering.home.export");
  const actionId = d.action === "report" ? ids.steering.report : ids.steering.export;
  const blocks: KnownBlock[] = [section(text)];
  for (const c of d.choices.slice(0, 20))
    blocks.push(section(cohortLine(t, c), button(label, actionId, { value: programValue(c.id) })));
  return { text, blocks };
}

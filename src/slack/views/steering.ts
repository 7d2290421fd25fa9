import type { Button, KnownBlock, ModalView, PlainTextOption } from "@slack/types";
import type { Again } from "../../domain/steering/evaluation";
import {
  AGAIN,
  type EvaluationAnswers,
  type EvaluationErrors,
  type EvaluationForm,
  SATISFACTION,
  TEXT_MAX,
} from "../../domain/steering/evaluation";
import {
  type CohortSummary,
  groupTexts,
  PHASES,
  ROLES,
  type SteeringReport,
} from "../../domain/steering/report";
import type { Cell, Guarded, Spread } from "../../domain/steering/stats";
import { hasComplement, K_MIN, round1 } from "../../domain/steering/stats";
import type { Wave, WaveDates, WaveFormErrors, WavePhase } from "../../domain/steering/waves";
import type { Role } from "../../domain/types";
import { type MessageKey, type Translator, topicLabel } from "../../i18n";
import {
  actions,
  button,
  capBlocks,
  context,
  divider,
  fields,
  header,
  input,
  modal,
  option,
  packSections,
  SECTION_TEXT_MAX,
  section,
} from "../blocks";
import { ids } from "../ids";
import { type StateValues, stateOf } from "../state";
import { COMPLEMENT_CELL, distCellText, fitLength, safeText, truncate } from "../text";
import { values } from "../values";
import { formatDate } from "./homeParts";
import type { BuiltMessage } from "./rhythmScheduled";

/*
 * Steering surfaces: the evaluation DM and modal, the managers' wave-dates modal and schedule lines,
 * the report message (with its chart images) and the App Home's steering buttons. Pure builders.
 */

const INPUT = ids.steering.evalInput;

export const waveLabel = (t: Translator, wave: Wave) => t.plain(`steering.wave.${wave}`);

/** The DM of a wave: an invitation or a reminder, with the button that opens the questions. */
export function buildEvalDm(
  t: Translator,
  d: { programId: number; programName: string; wave: Wave; lastDay: string; reminder: boolean },
): BuiltMessage {
  const params = { program: d.programName, until: formatDate(t.lang, d.lastDay), wave: waveLabel(t, d.wave) };
  const text = d.reminder ? t("steering.dm.reminder", params) : t(`steering.dm.invite.${d.wave}`, params);
  return {
    text: t("steering.dm.fallback", { wave: waveLabel(t, d.wave) }),
    blocks: [
      section(text),
      actions([
        button(t.plain("steering.dm.button"), ids.steering.evalOpen, {
          style: "primary",
          value: values.steering.evaluation.encode({ p: d.programId, w: d.wave }),
        }),
      ]),
      context(t("steering.dm.privacy")),
    ],
  };
}

export function evalRatingId(topic: string): string {
  return `${ids.steering.evalRatingPrefix}${topic}`;
}

export interface EvalModalData {
  programId: number;
  wave: Wave;
  role: Role;
  lastDay: string;
  topics: readonly string[];
  customTopics: Record<string, string>;
  previous?: { answers: EvaluationAnswers; ratings: Map<string, number> } | undefined;
}

function initial(options: PlainTextOption[], value: string | undefined) {
  const found = options.find((o) => o.value === value);
  return found ? { initial_option: found } : {};
}

/** The evaluation modal in the person's language: mentors' or executives' questions, prefilled. */
export function buildEvalModal(t: Translator, d: EvalModalData): ModalView {
  const prev = d.previous?.answers;
  const satOptions = SATISFACTION.map((s) => option(t.plain(`steering.q.satisfaction.${s}`), String(s)));
  const againOptions = AGAIN.map((a) => option(t.plain(`steering.q.again.${a}`), a));
  const shareOption = option(t.plain("steering.q.share.option"), "share");
  const textInput = (id: string, label: MessageKey, value: string | null | undefined) =>
    input(
      id,
      t.plain(label),
      {
        type: "plain_text_input",
        action_id: id,
        multiline: true,
        max_length: TEXT_MAX,
        ...(value ? { initial_value: fitLength(value, TEXT_MAX) } : {}),
      },
      { optional: true },
    );
  const blocks: KnownBlock[] = [
    context(t("steering.modal.intro", { until: formatDate(t.lang, d.lastDay) })),
    input(INPUT.satisfaction, t.plain("steering.q.satisfaction"), {
      type: "radio_buttons",
      action_id: INPUT.satisfaction,
      options: satOptions,
      ...initial(satOptions, prev ? String(prev.satisfaction) : undefined),
    }),
    input(INPUT.meetings, t.plain("steering.q.meetings"), {
      type: "number_input",
      action_id: INPUT.meetings,
      is_decimal_allowed: false,
      min_value: "0",
      max_value: "100",
      ...(prev ? { initial_value: String(prev.meetings) } : {}),
    }),
    textInput(INPUT.helps, "steering.q.helps", prev?.helps),
    textInput(INPUT.change, "steering.q.change", prev?.change),
  ];
  if (d.role === "mentor") blocks.push(textInput(INPUT.learned, "steering.q.learned", prev?.learned));
  blocks.push(
    input(INPUT.again, t.plain("steering.q.again"), {
      type: "radio_buttons",
      action_id: INPUT.again,
      options: againOptions,
      ...initial(againOptions, prev?.again),
    }),
  );
  if (d.role === "mentee" && d.topics.length > 0) {
    blocks.push(divider(), section(t("steering.q.ratings")));
    const levels = [1, 2, 3, 4, 5].map((l) => option(t.plain(`level.${l}` as MessageKey), String(l)));
    for (const topic of d.topics.slice(0, 20)) {
      const given = d.previous?.ratings.get(topic);
      blocks.push(
        input(evalRatingId(topic), truncate(topicLabel(t, topic, d.customTopics), 2000), {
          type: "static_select",
          action_id: evalRatingId(topic),
          options: levels,
          ...initial(levels, given === undefined ? undefined : String(given)),
        }),
      );
    }
  }
  blocks.push(
    input(
      INPUT.share,
      t.plain("steering.q.share"),
      {
        type: "checkboxes",
        action_id: INPUT.share,
        options: [shareOption],
        ...(prev?.shareText ? { initial_options: [shareOption] } : {}),
      },
      { optional: true, hint: t.plain("steering.q.share.hint") },
    ),
  );
  return modal(t, {
    callbackId: ids.steering.evalModal,
    metadata: values.steering.evaluation.encode({ p: d.programId, w: d.wave }),
    title: waveLabel(t, d.wave),
    submit: t.plain("steering.modal.submit"),
    blocks: capBlocks(blocks, 100),
  });
}

/** The submitted evaluation as the domain's form. */
export function readEvalForm(state: StateValues, topics: readonly string[]): EvaluationForm {
  const v = (id: string) => stateOf(state, id);
  const ratings: Record<string, string | null> = {};
  for (const topic of topics) ratings[topic] = v(evalRatingId(topic))?.selected_option?.value ?? null;
  return {
    satisfaction: v(INPUT.satisfaction)?.selected_option?.value ?? null,
    meetings: v(INPUT.meetings)?.value ?? null,
    helps: v(INPUT.helps)?.value ?? null,
    change: v(INPUT.change)?.value ?? null,
    learned: v(INPUT.learned)?.value ?? null,
    again: v(INPUT.again)?.selected_option?.value ?? null,
    shareText: (v(INPUT.share)?.selected_options ?? []).some((o) => o.value === "share"),
    ratings,
  };
}

/** Inline errors keyed by input block id. */
export function evalErrorsByBlock(t: Translator, errors: EvaluationErrors): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (code: string) => t.plain(`steering.error.${code}` as MessageKey);
  for (const key of ["satisfaction", "meetings", "helps", "change", "learned", "again"] as const) {
    const code = errors[key];
    if (code) out[INPUT[key]] = text(code);
  }
  for (const [topic, code] of Object.entries(errors.ratings ?? {})) out[evalRatingId(topic)] = text(code);
  return out;
}

/* ---------- wave dates (managers) ---------- */

/** What `/mentoring schedule` says about the waves: the lines, the explanation and "Change dates". */
export function waveScheduleParts(
  t: Translator,
  d: { programId: number; waves: readonly (WaveDates & { phase: WavePhase })[] },
): { text: string; note: string; button: Button } {
  const lines = d.waves.map((w) =>
    t("steering.schedule.line", {
      wave: waveLabel(t, w.wave),
      date: formatDate(t.lang, w.date),
      until: formatDate(t.lang, w.lastDay),
      phase: t.plain(`steering.phase.${w.phase}`),
      source: t.plain(w.derived ? "steering.schedule.derived" : "steering.schedule.set"),
    }),
  );
  const button_ = button(t.plain("steering.schedule.change"), ids.steering.wavesOpen, {
    value: values.steering.program.encode({ p: d.programId }),
  });
  return {
    text: [t("steering.schedule.title"), ...lines].join("\n"),
    note: t("steering.schedule.window"),
    button: button_,
  };
}

/** The waves as blocks of their own (a section with "Change dates" and the explanation). */
export function buildWaveScheduleBlocks(
  t: Translator,
  d: { programId: number; waves: readonly (WaveDates & { phase: WavePhase })[] },
): KnownBlock[] {
  const parts = waveScheduleParts(t, d);
  return [section(parts.text, parts.button), context(parts.note)];
}

export function buildWavesModal(
  t: Translator,
  d: {
    programId: number;
    midterm: WaveDates;
    final: WaveDates;
    derivedMidterm: string;
    derivedFinal: string;
    window: number;
  },
): ModalView {
  const W = ids.steering.wavesInput;
  const date = (id: string, dates: WaveDates) => ({
    type: "datepicker" as const,
    action_id: id,
    ...(dates.derived ? {} : { initial_date: dates.date }),
  });
  return modal(t, {
    callbackId: ids.steering.wavesModal,
    metadata: values.steering.program.encode({ p: d.programId }),
    title: t.plain("steering.waves.title"),
    submit: t.plain("common.save"),
    blocks: [
      input(W.midterm, t.plain("steering.waves.midterm"), date(W.midterm, d.midterm), {
        optional: true,
        hint: t.plain("steering.waves.midterm_hint", { date: formatDate(t.lang, d.derivedMidterm) }),
      }),
      input(W.final, t.plain("steering.waves.final"), date(W.final, d.final), {
        optional: true,
        hint: t.plain("steering.waves.final_hint", { date: formatDate(t.lang, d.derivedFinal) }),
      }),
      input(
        W.window,
        t.plain("steering.waves.window"),
        {
          type: "number_input",
          action_id: W.window,
          is_decimal_allowed: false,
          min_value: "1",
          max_value: "60",
          initial_value: String(d.window),
        },
        { hint: t.plain("steering.waves.window_hint") },
      ),
    ],
  });
}

export function readWavesForm(state: StateValues): {
  midterm: string | null;
  final: string | null;
  window: number | null;
} {
  const W = ids.steering.wavesInput;
  const raw = stateOf(state, W.window)?.value;
  return {
    midterm: stateOf(state, W.midterm)?.selected_date ?? null,
    final: stateOf(state, W.final)?.selected_date ?? null,
    window: raw === undefined || raw === null || raw === "" ? null : Number(raw),
  };
}

export function wavesErrorsByBlock(t: Translator, errors: WaveFormErrors): Record<string, string> {
  const W = ids.steering.wavesInput;
  const out: Record<string, string> = {};
  if (errors.midterm)
    out[W.midterm] = t.plain(
      errors.midterm === "order" ? "steering.waves.error.order_midterm" : "steering.waves.error.invalid_date",
    );
  if (errors.final)
    out[W.final] = t.plain(
      errors.final === "order" ? "steering.waves.error.order_final" : "steering.waves.error.invalid_date",
    );
  if (errors.window) out[W.window] = t.plain("steering.waves.error.window");
  return out;
}

/* ---------- the report ---------- */

/** A chart uploaded to Slack, ready for an image block. */
export interface UploadedChart {
  fileId: string;
  title: string;
  altText: string;
}

const num = (t: Translator, x: number) =>
  new Intl.NumberFormat(t.lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(round1(x));

function spreadText(t: Translator, s: Guarded<Spread>): string {
  return s.shown
    ? `${num(t, s.value.median)} (${num(t, s.value.q1)}–${num(t, s.value.q3)}; n = ${s.n})`
    : t.plain("steering.report.growth_hidden");
}

/** Every cell hidden as a complement: the distribution is withheld as a whole. */
function withheld(cells: Iterable<Cell>): boolean {
  const all = [...cells];
  return all.length > 0 && all.every((c) => typeof c === "object" && c.hidden === "complement");
}

const roleLabel = (t: Translator, role: Role) => t.plain(`steering.report.role.${role}`);

function guardedText(t: Translator, g: Guarded<number>, format: (v: number) => string): string {
  return g.shown ? format(g.value) : t("steering.report.hidden");
}

function summaryText(t: Translator, s: CohortSummary): string {
  const pct = (g: Guarded<number>) => guardedText(t, g, (v) => `${v} %`);
  const n = (g: Guarded<number>) => guardedText(t, g, (v) => num(t, v));
  const rate = (wave: Wave) =>
    s.responseRate[wave].shown
      ? t("steering.report.cmp.of", {
          value: pct(s.responseRate[wave]),
          answered: s.answered[wave],
          invited: s.invited[wave],
        })
      : pct(s.responseRate[wave]);
  const sat = (wave: Wave) =>
    s.satisfactionMedian[wave].shown || s.answered[wave] >= K_MIN
      ? t("steering.report.cmp.n", {
          value: s.satisfactionMedian[wave].shown ? n(s.satisfactionMedian[wave]) : COMPLEMENT_CELL,
          n: s.answered[wave],
        })
      : n(s.satisfactionMedian[wave]);
  return t("steering.report.cmp.body", {
    people: s.people,
    tandems: s.tandems,
    rmid: rate("midterm"),
    rfinal: rate("final"),
    smid: sat("midterm"),
    sfinal: sat("final"),
    meetings: n(s.meetingsMedian),
    checkins: pct(s.checkinResponseRate),
    plan: pct(s.withPlanPercent),
  });
}

export interface ReportView {
  report: SteeringReport;
  topicsCustom: Record<string, string>;
  /** the charts that follow the report in their own message (titles), or that could not be sent */
  charts?: { titles: readonly string[] } | undefined;
  /** side by side with the previous cohort, when asked for (null: there is none) */
  compare?: { current: CohortSummary; previous: CohortSummary | null };
  /** whether an earlier cohort exists: the compare button is offered only then */
  hasPrevious?: boolean;
}

/** Free text: at most this many characters of one answer in the report (full text in the export). */
export const REPORT_TEXT_MAX = 280;

/** Cut at a word boundary (never inside a word), with an ellipsis; whitespace folded. */
export function shortenAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = fitLength(flat, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, "")}…`;
}

/** The report message: figures per wave and role, the program's counts, events, growth, texts; ≤ 50 blocks. */
export function buildReportMessage(t: Translator, v: ReportView): BuiltMessage {
  const r = v.report;
  const hidden = t("steering.report.hidden");
  const blocks: KnownBlock[] = [
    header(t.plain("steering.report.title")),
    section(
      t("steering.report.intro", {
        program: r.programName,
        people: r.people,
        tandems: r.tandemCount,
      }),
    ),
    context(t("steering.report.definitions")),
  ];

  if (v.compare) {
    blocks.push(divider(), section(t("steering.report.compare")));
    if (v.compare.previous) {
      blocks.push(
        fields([
          `${t("steering.report.cmp.this", { program: v.compare.current.programName })}\n${summaryText(t, v.compare.current)}`,
          `${t("steering.report.cmp.previous", { program: v.compare.previous.programName })}\n${summaryText(t, v.compare.previous)}`,
        ]),
        context(t("steering.report.cmp.def")),
      );
    } else blocks.push(section(t("steering.report.no_previous")));
  }

  blocks.push(divider(), section(t("steering.report.waves")));
  for (const w of r.waves) {
    const lines = [
      t("steering.report.wave_line", {
        wave: waveLabel(t, w.wave),
        date: formatDate(t.lang, w.date),
        until: formatDate(t.lang, w.lastDay),
        phase: t.plain(`steering.phase.${w.phase}`),
      }),
    ];
    let footnote = false;
    for (const role of ROLES) {
      const f = r.perWaveRole.find((x) => x.wave === w.wave && x.role === role);
      if (!f) continue;
      const label = roleLabel(t, role);
      lines.push(
        f.responseRate.shown
          ? t("steering.report.response", {
              role: label,
              answered: f.answered,
              invited: f.invited,
              rate: f.responseRate.value,
            })
          : t("steering.report.response_hidden", { role: label, hidden }),
      );
      const median = f.satisfactionSpread.median;
      if (f.satisfaction.shown && withheld(f.satisfaction.value.values())) {
        // withheld as a whole (suppressSmallCells): one "–" rather than six
        lines.push(t("steering.report.satisfaction_hidden", { role: label, hidden: COMPLEMENT_CELL }));
        footnote = true;
      } else if (f.satisfaction.shown) {
        const cells = f.satisfaction.value;
        const dist = [...cells.entries()].map(([k, c]) => `${k}: ${distCellText(c)}`).join(" · ");
        lines.push(
          t("steering.report.satisfaction", {
            role: label,
            n: f.answered,
            median: median.shown ? num(t, median.value) : COMPLEMENT_CELL,
            dist,
          }),
        );
        if (hasComplement(cells.values()) || !median.shown) footnote = true;
      } else lines.push(t("steering.report.satisfaction_hidden", { role: label, hidden }));
      if (f.again.shown) {
        const cells = f.again.value;
        const a = (k: Again): string => distCellText(cells.get(k) ?? 0);
        lines.push(
          t("steering.report.again", {
            role: label,
            n: f.answered,
            yes: a("yes"),
            no: a("no"),
            unsure: a("unsure"),
          }),
        );
        if (hasComplement(cells.values())) footnote = true;
      }
    }
    // One line under the wave's figures says what "–" means, where one is shown.
    if (footnote) lines.push(t("steering.report.complement_note"));
    blocks.push(section(lines.join("\n")));
  }
  blocks.push(context(t("steering.report.waves_def")));

  const tandemLines = [t("steering.report.tandems")];
  if (r.program.shown) {
    const p = r.program.value;
    tandemLines.push(
      t("steering.report.p.tandems", {
        tandems: p.tandems,
        rematches: p.rematches,
        people: p.people,
        several: p.peopleInSeveralTandems,
      }),
    );
    const m = r.meetingsPerTandem;
    if (m.shown)
      tandemLines.push(
        t("steering.report.meetings", {
          meetings: p.meetings,
          median: num(t, m.value.median),
          q1: num(t, m.value.q1),
          q3: num(t, m.value.q3),
          met: p.tandemsThatMet,
          tandems: p.tandems,
        }),
      );
    if (r.checkinResponseRate.shown)
      tandemLines.push(
        t("steering.report.checkin_rate", {
          answers: p.checkinAnswers,
          asked: p.checkinAnswersAsked,
          rate: r.checkinResponseRate.value,
          people: p.peopleWhoAnsweredCheckin,
          total: p.people,
          answered: p.checkinsAnswered,
          checkins: p.checkins,
        }),
      );
    tandemLines.push(
      t("steering.report.p.alerts", {
        stalls: p.stallAlerts,
        stalled: p.tandemsWithStallAlert,
        stallsResolved: p.stallAlertsResolved,
        help: p.helpRequests,
        helpResolved: p.helpRequestsResolved,
      }),
      t("steering.report.p.pauses", { pauses: p.pauses, paused: p.tandemsPaused }),
      t("steering.report.plan", {
        count: p.tandemsWithPlan,
        total: p.tandems,
        goals: p.goalsSet,
        done: p.goalsDone,
      }),
    );
  } else tandemLines.push(t("steering.report.tandem_hidden", { hidden }));
  blocks.push(divider(), section(tandemLines.join("\n")), context(t("steering.report.tandems_def")));

  if (r.events.length > 0) {
    const lines = r.events.map((e) => {
      const params = {
        kind: t.plain(`event.kind.${e.kind}`),
        date: formatDate(t.lang, e.startsAt.slice(0, 10)),
      };
      return e.cancelled
        ? t("steering.report.event_cancelled", params)
        : t("steering.report.event_line", {
            ...params,
            invited: e.invited,
            going: e.going,
            notGoing: e.notGoing,
            open: Math.max(0, e.invited - e.going - e.notGoing),
          });
    });
    const packed = packSections([t("steering.report.events"), ...lines], { maxSections: 1 });
    blocks.push(
      divider(),
      ...packed.sections.map((x) => section(x)),
      context(t("steering.report.events_def")),
    );
  }

  const growthLines = r.growth.map((g) =>
    t("steering.report.growth_line", {
      // t() escapes its parameters
      topic: truncate(topicLabel(t, g.topic, v.topicsCustom), 80),
      intake: spreadText(t, g.byPhase.intake),
      midterm: spreadText(t, g.byPhase.midterm),
      final: spreadText(t, g.byPhase.final),
    }),
  );
  const growth = packSections([t("steering.report.growth", { n: r.growthPeople }), ...growthLines], {
    maxSections: 2,
  });
  blocks.push(divider(), ...growth.sections.map((x) => section(x)), context(t("steering.report.growth_def")));

  if (v.charts && v.charts.titles.length > 0)
    blocks.push(context(t("steering.report.charts_follow", { charts: v.charts.titles.join(" · ") })));

  const texts = r.texts.filter((x) => x.items.shown);
  if (texts.length > 0) {
    blocks.push(divider(), section(t("steering.report.texts")));
    for (const x of texts) {
      if (!x.items.shown) continue;
      const head = t("steering.report.text_head", {
        wave: waveLabel(t, x.wave),
        question: t.plain(`steering.report.text.${x.question}`),
        writers: x.writers,
      });
      const quotes = x.items.value.map(
        (g) =>
          `> ${safeText(shortenAtWord(g.text, REPORT_TEXT_MAX), 1000)}${g.count > 1 ? ` (×${g.count})` : ""}`,
      );
      // One section per question: what does not fit is counted, and the export has every answer.
      const more = (n: number) => t("steering.report.text_more", { more: n });
      const room = SECTION_TEXT_MAX - head.length - more(quotes.length).length - 2;
      const packed = packSections(quotes, { maxChars: room, maxSections: 1 });
      const rest = quotes.length - packed.shown;
      blocks.push(section([head, ...packed.sections, ...(rest > 0 ? [more(rest)] : [])].join("\n")));
    }
  }
  // The closing's "first successes", once tandems shared any.
  if (r.successes.length > 0) {
    const items = groupTexts(r.successes.map((s) => s.text)).map(
      (g) =>
        `• ${safeText(shortenAtWord(g.text, REPORT_TEXT_MAX), 1000)}${g.count > 1 ? ` (×${g.count})` : ""}`,
    );
    const packed = packSections([t("steering.report.successes"), ...items], { maxSections: 1 });
    const rest = items.length + 1 - packed.shown;
    blocks.push(
      divider(),
      section(
        [...packed.sections, ...(rest > 0 ? [t("steering.report.text_more", { more: rest })] : [])].join(
          "\n",
        ),
      ),
    );
  }
  if (!v.compare && v.hasPrevious) {
    blocks.push(
      actions([
        button(t.plain("steering.report.compare_button"), ids.steering.compare, {
          value: values.steering.program.encode({ p: r.programId }),
        }),
      ]),
    );
  }
  return { text: t("steering.report.fallback", { program: r.programName }), blocks: capBlocks(blocks, 50) };
}

/** The growth chart's text alternative: every number the chart shows. */
export function growthAltText(t: Translator, r: SteeringReport, custom: Record<string, string>): string {
  const lines = r.growth.flatMap((g) => {
    const shown = PHASES.filter((p) => g.byPhase[p].shown);
    if (shown.length === 0) return [];
    const parts = shown.map((p) => {
      const s = g.byPhase[p];
      return `${t.plain(`steering.phase.${p}`)} ${s.shown ? num(t, s.value.median) : ""}`;
    });
    return [`${topicLabel(t, g.topic, custom)}: ${parts.join(", ")}.`];
  });
  return t.plain("steering.report.chart.growth_alt", { lines: lines.join(" ") });
}

export function funnelAltText(t: Translator, r: SteeringReport): string {
  const lines = r.funnel.flatMap((s) =>
    s.count.shown ? [`${t.plain(`steering.stage.${s.stage}`)}: ${s.count.value}.`] : [],
  );
  return t.plain("steering.report.chart.funnel_alt", { lines: lines.join(" ") });
}

/** The App Home's steering block for program managers. */
export function buildHomeSteering(t: Translator, programId: number): KnownBlock[] {
  const value = values.steering.program.encode({ p: programId });
  const buttons: Button[] = [
    button(t.plain("steering.home.report"), ids.steering.report, { value }),
    button(t.plain("steering.home.export"), ids.steering.export, { value }),
  ];
  return [section(t("steering.home.title")), actions(buttons, ids.steering.homeActions)];
}

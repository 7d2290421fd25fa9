import type { ConfirmationDialog, KnownBlock, ModalView, Overflow } from "@slack/types";
import { joinsWaitingList, type PairConstraint } from "../../domain/matching/match";
import type { PairReason } from "../../domain/types";
import type { MessageKey, Translator } from "../../i18n";
import { actions, button, context, divider, modal, option, packSections, plain, section } from "../blocks";
import { ids } from "../ids";
import { mentionUser, truncate } from "../text";
import { values } from "../values";
import { reasonText } from "./reasons";

/** Pairs per page of the review modal: keeps it far below 100 blocks and 250 KB. */
export const PAIRS_PER_PAGE = 40;
/** Unmatched people listed per section, and sections at most; the rest are counted. */
const UNMATCHED_PER_SECTION = 12;
const UNMATCHED_SECTIONS = 5;

export interface ReviewPerson {
  participantId: number;
  userId: string;
  department: string | null;
}

export interface ReviewData {
  proposalId: number;
  programName: string;
  customTopics: Record<string, string>;
  pairs: { mentor: ReviewPerson; mentee: ReviewPerson; score: number; reasons: PairReason[] }[];
  unmatched: (ReviewPerson & { role: "mentor" | "mentee"; reason: PairReason })[];
  constraints: PairConstraint[];
  page: number;
  /** a short message at the top, e.g. what the last action did (already translated mrkdwn) */
  notice?: string;
}

export type PairMenuAction = "lock" | "unlock" | "forbid";

export function pairMenuValue(a: PairMenuAction, mentorId: number, menteeId: number): string {
  return values.matching.pairMenu.encode({ a, m: mentorId, e: menteeId });
}

/** A stored reason in the reader's language; one the catalog does not know reads as the fallback. */
function reasonLine(t: Translator, reason: PairReason, customTopics: Record<string, string>): string {
  return reasonText(t, reason, customTopics) ?? t("matching.reason.fallback");
}

function person(t: Translator, p: ReviewPerson): string {
  const department = p.department
    ? ` ${t("matching.pair.department", { department: truncate(p.department, 60) })}`
    : "";
  return `*${mentionUser(p.userId)}*${department}`;
}

function confirm(
  t: Translator,
  title: MessageKey,
  text: string,
  yes: MessageKey,
  danger = false,
): ConfirmationDialog {
  return {
    title: plain(t.plain(title), 100),
    // Slack takes only plain_text here (and at most 300 characters)
    text: plain(text, 300),
    confirm: plain(t.plain(yes), 30),
    deny: plain(t.plain("matching.confirm.no"), 30),
    ...(danger ? { style: "danger" as const } : {}),
  };
}

/** The review modal of a draft proposal: summary, global actions, one page of pairs, the unmatched. */
export function buildReviewView(t: Translator, data: ReviewData): ModalView {
  const total = data.pairs.length;
  const pages = Math.max(1, Math.ceil(total / PAIRS_PER_PAGE));
  const page = Math.min(data.page, pages - 1);
  const average = total === 0 ? 0 : Math.round((data.pairs.reduce((s, p) => s + p.score, 0) / total) * 100);
  const constraint = (mentorId: number, menteeId: number) =>
    data.constraints.find((c) => c.mentorId === mentorId && c.menteeId === menteeId)?.kind;
  const unmatched = data.unmatched.length;
  // Those without consent to the current text are listed but do not go on the waiting list.
  const waiting = data.unmatched.filter(joinsWaitingList).length;
  const awaitingConsent = unmatched - waiting;
  const paired = new Set(data.pairs.flatMap((p) => [p.mentor.participantId, p.mentee.participantId])).size;

  const blocks: KnownBlock[] = [];
  if (data.notice) blocks.push(section(data.notice));
  blocks.push(
    section(
      t("matching.summary", {
        pairs: total,
        program: data.programName,
        people: paired + unmatched,
        paired,
        unmatched,
        average,
      }),
    ),
    context(t("matching.help")),
    actions(
      [
        button(t.plain("matching.button.recompute"), ids.matching.recompute),
        {
          ...button(t.plain("matching.button.approve"), ids.matching.approve, { style: "primary" }),
          confirm: confirm(
            t,
            "matching.confirm.approve.title",
            awaitingConsent > 0
              ? t.plain("matching.confirm.approve.text_consent", { pairs: total, waiting, awaitingConsent })
              : t.plain("matching.confirm.approve.text", { pairs: total, waiting }),
            "matching.confirm.approve.yes",
          ),
        },
        {
          ...button(t.plain("matching.button.discard"), ids.matching.discard, { style: "danger" }),
          confirm: confirm(
            t,
            "matching.confirm.discard.title",
            t.plain("matching.confirm.discard.text"),
            "matching.confirm.discard.yes",
            true,
          ),
        },
      ],
      ids.matching.controls,
    ),
    divider(),
  );

  if (total === 0) blocks.push(section(t("matching.no_pairs")));
  const shown = data.pairs.slice(page * PAIRS_PER_PAGE, (page + 1) * PAIRS_PER_PAGE);
  for (const pair of shown) {
    const kind = constraint(pair.mentor.participantId, pair.mentee.participantId);
    const status =
      kind === "lock"
        ? ` · ${t("matching.pair.locked")}`
        : kind === "forbid"
          ? ` · ${t("matching.pair.forbidden")}`
          : "";
    const reasons =
      pair.reasons.length > 0 ? pair.reasons : [{ key: "matching.reason.fallback", params: {} }];
    const lines = reasons.map((r) => `• ${reasonLine(t, r, data.customTopics)}`);
    const text = `${person(t, pair.mentor)} ↔ ${person(t, pair.mentee)} · ${t("matching.pair.fit", {
      score: Math.round(pair.score * 100),
    })}${status}\n${lines.join("\n")}`;
    const m = pair.mentor.participantId;
    const e = pair.mentee.participantId;
    // An overflow needs two options or Slack refuses the whole view: a forbidden pair can be allowed again.
    const menu: Overflow = {
      type: "overflow",
      action_id: ids.matching.pairMenu,
      options: [
        kind === "lock"
          ? option(t.plain("matching.menu.unlock"), pairMenuValue("unlock", m, e))
          : option(t.plain("matching.menu.lock"), pairMenuValue("lock", m, e)),
        kind === "forbid"
          ? option(t.plain("matching.menu.allow"), pairMenuValue("unlock", m, e))
          : option(t.plain("matching.menu.forbid"), pairMenuValue("forbid", m, e)),
      ],
    };
    blocks.push({ ...section(text, menu), block_id: `matching.pair.${m}.${e}` });
  }
  if (pages > 1) {
    const nav = [];
    if (page > 0)
      nav.push(
        button(t.plain("matching.button.prev"), `${ids.matching.page}.prev`, { value: String(page - 1) }),
      );
    if (page < pages - 1)
      nav.push(
        button(t.plain("matching.button.next"), `${ids.matching.page}.next`, { value: String(page + 1) }),
      );
    blocks.push(
      context(
        t("matching.page", {
          from: page * PAIRS_PER_PAGE + 1,
          to: page * PAIRS_PER_PAGE + shown.length,
          total,
        }),
      ),
      actions(nav),
    );
  }

  if (unmatched > 0) {
    const title =
      awaitingConsent > 0
        ? t("matching.unmatched.title_consent", { count: unmatched, awaitingConsent })
        : t("matching.unmatched.title", { count: unmatched });
    blocks.push(divider(), section(title));
    const lines = data.unmatched.map(
      (u) =>
        `• ${person(t, u)} (${t(u.role === "mentor" ? "matching.role.mentor" : "matching.role.mentee")}): ${reasonLine(
          t,
          u.reason,
          data.customTopics,
        )}`,
    );
    const packed = packSections(lines, { maxLines: UNMATCHED_PER_SECTION, maxSections: UNMATCHED_SECTIONS });
    for (const text of packed.sections) blocks.push(section(text));
    if (lines.length > packed.shown)
      blocks.push(context(t("matching.unmatched.more", { count: lines.length - packed.shown })));
  }

  return modal(t, {
    callbackId: ids.matching.reviewModal,
    metadata: values.matching.reviewModal.encode({ p: data.proposalId, page }),
    title: t.plain("matching.modal.title"),
    blocks,
  });
}

/** What the modal shows once the proposal is decided, or when it is no longer current. */
export function buildReviewDoneView(
  t: Translator,
  mrkdwn: string,
  callbackId: string = ids.matching.doneModal,
): ModalView {
  return modal(t, {
    callbackId,
    title: t.plain("matching.modal.done_title"),
    blocks: [section(mrkdwn)],
  });
}

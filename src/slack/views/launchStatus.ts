import type { KnownBlock } from "@slack/types";
import type { BatchFailure, BatchStatus } from "../../db/queries/batchStatus";
import { isMessageKey, type Translator } from "../../i18n";
import { actions, button, context, SECTION_TEXT_MAX, section } from "../blocks";
import { ids } from "../ids";
import { escapeText, mentionUser } from "../text";
import { values } from "../values";
import { joinLines } from "./homeParts";

const MAX_FAILURES_SHOWN = 15;

/** A failed op's reason in words: the Slack error explained, and the users it concerns. */
export function failureReason(t: Translator, error: string): string {
  const [code = "unknown", ...rest] = error.split(": ");
  const detail = rest.join(": ");
  const key = `launch.error.${code}`;
  const reason = isMessageKey(key) ? t(key) : t("launch.error.other", { code });
  const users = detail.split(",").filter((u) => /^[UW][A-Z0-9]{2,}$/.test(u));
  if (users.length > 0) return `${reason} (${users.map(mentionUser).join(", ")})`;
  return reason;
}

function failureLine(t: Translator, f: BatchFailure): string {
  const kindKey = `launch.kind.${f.kind}`;
  const what = isMessageKey(kindKey) ? t(kindKey) : escapeText(f.kind);
  return t.plain("launch.status.failure", {
    what,
    about: f.about ?? "",
    reason: failureReason(t, f.error),
  });
}

/**
 * The launch status as blocks, for `/mentoring launch` and the program managers' App Home:
 * counts, each failure with its reason, and a Retry button while anything has failed.
 */
export function buildLaunchStatusSection(t: Translator, status: BatchStatus | undefined): KnownBlock[] {
  const blocks: KnownBlock[] = [section(`*${t("launch.status.title")}*`)];
  if (!status || status.total === 0) {
    blocks.push(context(t("launch.status.none")));
    return blocks;
  }
  const lines = [
    t("launch.status.counts", {
      done: status.done,
      total: status.total,
      pending: status.pending,
      failed: status.failed,
    }),
  ];
  if (status.blocked > 0) lines.push(t("launch.status.blocked", { count: status.blocked }));
  if (status.done === status.total) lines.push(t("launch.status.complete"));
  blocks.push(section(lines.join("\n")));
  if (status.failures.length > 0) {
    const shown = status.failures.slice(0, MAX_FAILURES_SHOWN).map((f) => failureLine(t, f));
    const title = t("launch.status.failures");
    // Whole lines only, and the count of the rest always last: a cut must never hide "and 40 more".
    const list = joinLines(
      shown,
      SECTION_TEXT_MAX - title.length - 1,
      (count) => t("launch.status.more", { count }),
      "\n",
      status.failures.length - shown.length,
    );
    blocks.push(section(`${title}\n${list}`));
    blocks.push(
      actions([
        button(t.plain("launch.retry"), ids.launch.retry, {
          value: values.launch.retry.encode({ batch: status.batch }),
          style: "primary",
        }),
      ]),
      context(t("launch.status.retry_hint")),
    );
  }
  return blocks;
}

import type { MessageKey } from "../../i18n";

/** Where a mentor-circle prompt falls in the program; see circlePhase. */
export type CirclePhase = "start" | "middle" | "end";

export const CIRCLE_PHASES: readonly CirclePhase[] = ["start", "middle", "end"];

/** The built-in peer-exchange prompts per phase; their texts (de, en) are in the rhythm catalog. */
export const PROMPT_LIBRARY: Record<CirclePhase, readonly MessageKey[]> = {
  start: [
    "rhythm.prompt.start.1",
    "rhythm.prompt.start.2",
    "rhythm.prompt.start.3",
    "rhythm.prompt.start.4",
    "rhythm.prompt.start.5",
    "rhythm.prompt.start.6",
  ],
  middle: [
    "rhythm.prompt.middle.1",
    "rhythm.prompt.middle.2",
    "rhythm.prompt.middle.3",
    "rhythm.prompt.middle.4",
    "rhythm.prompt.middle.5",
    "rhythm.prompt.middle.6",
  ],
  end: [
    "rhythm.prompt.end.1",
    "rhythm.prompt.end.2",
    "rhythm.prompt.end.3",
    "rhythm.prompt.end.4",
    "rhythm.prompt.end.5",
    "rhythm.prompt.end.6",
  ],
};

/** A program manager's own prompt (a circle_prompts row). */
export interface CustomPrompt {
  id: number;
  phase: CirclePhase;
  text: string;
  postedAt: string | null;
}

export type SelectedPrompt =
  | { source: "custom"; id: number; text: string }
  | { source: "library"; key: MessageKey };

/**
 * The prompt for the index-th prompt (0-based) of a phase. The program's own prompts that were not
 * posted yet come first, oldest first, so one added mid-phase is the next one posted; then the
 * library, continuing where this phase's library prompts left off and going round again.
 * `ahead` is how many prompts of the phase will be posted before this one (0 for the next one), so
 * that a preview of several coming prompts consumes own prompts in order.
 */
export function selectPrompt(
  phase: CirclePhase,
  indexInPhase: number,
  custom: readonly CustomPrompt[],
  ahead = 0,
): SelectedPrompt {
  const own = custom.filter((p) => p.phase === phase).sort((a, b) => a.id - b.id);
  const waiting = own.filter((p) => p.postedAt === null);
  const mine = waiting[ahead];
  if (mine) return { source: "custom", id: mine.id, text: mine.text };
  const library = PROMPT_LIBRARY[phase];
  const libraryPosts = indexInPhase - (own.length - waiting.length) - waiting.length;
  const key = library[((libraryPosts % library.length) + library.length) % library.length];
  if (!key) throw new Error(`the prompt library has no prompts for ${phase}`);
  return { source: "library", key };
}

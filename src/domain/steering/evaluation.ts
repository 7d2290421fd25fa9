import type { Role } from "../types";

/*
 * The evaluation questionnaire of a wave: what mentors and executives are asked, and how a typed
 * answer is checked. Stored as the answers JSON of the evaluations row; executives' topic ratings
 * go to topic_ratings (phase midterm or final), so growth is measured from intake on.
 */

export const AGAIN = ["yes", "no", "unsure"] as const;
export type Again = (typeof AGAIN)[number];
export const SATISFACTION = [1, 2, 3, 4, 5] as const;
export const TEXT_MAX = 1000;
export const MEETINGS_MAX = 100;

export interface EvaluationAnswers {
  role: Role;
  satisfaction: number;
  meetings: number;
  helps: string | null;
  change: string | null;
  /** mentors only */
  learned: string | null;
  again: Again;
  /** the free text may be shown pooled and without names in reports */
  shareText: boolean;
}

export interface EvaluationForm {
  satisfaction: string | null;
  meetings: string | null;
  helps: string | null;
  change: string | null;
  learned: string | null;
  again: string | null;
  shareText: boolean;
  /** topic → chosen level ("1".."5"), executives only */
  ratings: Record<string, string | null>;
}

export type EvaluationErrorCode = "required" | "number" | "too_long";
export type EvaluationErrors = Partial<
  Record<"satisfaction" | "meetings" | "helps" | "change" | "learned" | "again", EvaluationErrorCode>
> & { ratings?: Record<string, EvaluationErrorCode> };

/** Accepts or refuses a form; executives must rate every topic of the program. */
export function validateEvaluation(
  role: Role,
  topics: readonly string[],
  form: EvaluationForm,
):
  | { ok: true; answers: EvaluationAnswers; ratings: Record<string, number> }
  | { ok: false; errors: EvaluationErrors } {
  const errors: EvaluationErrors = {};
  const satisfaction = Number(form.satisfaction);
  if (!SATISFACTION.some((s) => s === satisfaction)) errors.satisfaction = "required";
  const rawMeetings = (form.meetings ?? "").trim();
  const meetings = Number(rawMeetings);
  if (rawMeetings === "") errors.meetings = "required";
  else if (!/^\d+$/.test(rawMeetings) || meetings > MEETINGS_MAX) errors.meetings = "number";
  const text = (key: "helps" | "change" | "learned") => {
    const value = (form[key] ?? "").trim();
    if (Array.from(value).length > TEXT_MAX) errors[key] = "too_long";
    return value === "" ? null : value;
  };
  const helps = text("helps");
  const change = text("change");
  const learned = role === "mentor" ? text("learned") : null;
  const again = AGAIN.find((a) => a === form.again);
  if (!again) errors.again = "required";
  const ratings: Record<string, number> = {};
  if (role === "mentee") {
    for (const topic of topics) {
      const level = Number(form.ratings[topic]);
      if (Number.isInteger(level) && level >= 1 && level <= 5) ratings[topic] = level;
      else {
        errors.ratings ??= {};
        errors.ratings[topic] = "required";
      }
    }
  }
  if (Object.keys(errors).length > 0 || !again) return { ok: false, errors };
  return {
    ok: true,
    answers: { role, satisfaction, meetings, helps, change, learned, again, shareText: form.shareText },
    ratings,
  };
}

/** Reads stored answers back (for prefilling and reports); undefined when they are not ours. */
export function parseAnswers(raw: Record<string, unknown>): EvaluationAnswers | undefined {
  const role = raw.role === "mentor" || raw.role === "mentee" ? raw.role : undefined;
  const again = AGAIN.find((a) => a === raw.again);
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  if (!role || !again || typeof raw.satisfaction !== "number" || typeof raw.meetings !== "number")
    return undefined;
  return {
    role,
    satisfaction: raw.satisfaction,
    meetings: raw.meetings,
    helps: str(raw.helps),
    change: str(raw.change),
    learned: str(raw.learned),
    again,
    shareText: raw.shareText === true,
  };
}

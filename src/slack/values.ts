import { z } from "zod";

/**
 * The data carried by Slack surfaces (button values, option values, private_metadata), one typed
 * codec per id in slack/ids.ts. `encode` takes exactly the shape `parse` gives back; `parse`
 * returns undefined for anything else (a stale or forged payload), never throws.
 */
export interface Codec<T> {
  encode(data: T): string;
  parse(raw: string | undefined | null): T | undefined;
}

function json<S extends z.ZodType>(schema: S): Codec<z.infer<S>> {
  return {
    encode: (data) => JSON.stringify(data),
    parse(raw) {
      if (!raw) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return undefined;
      }
      const result = schema.safeParse(value);
      return result.success ? result.data : undefined;
    },
  };
}

/** A bare word from a fixed list (kept bare where Slack shows it, e.g. a role on a Join button). */
function oneOf<const W extends string>(words: readonly W[]): Codec<W> {
  return {
    encode: (word) => word,
    parse: (raw) => words.find((w) => w === raw),
  };
}

const id = z.number().int().positive();

export const values = {
  setup: {
    /** the program modal: the program being edited, null for a new one */
    programView: json(z.object({ programId: id.nullable(), from: id.optional() })),
  },
  signup: {
    /** the Join button: the role to sign up as, or none (the role modal asks) */
    join: oneOf(["mentor", "mentee"]),
    /** "Try again" after the sign-up form could not open: the role it was opened for, or none */
    joinRetry: oneOf(["mentor", "mentee"]),
    /** the Leave button: "confirm" on the confirmation's danger button, none elsewhere */
    leave: oneOf(["confirm"]),
    /** the questionnaire modal */
    questionnaire: json(z.object({ programId: id, role: z.enum(["mentor", "mentee"]) })),
    /** the role modal */
    roleModal: json(z.object({ programId: id })),
    /** the leave confirmation modal (from the App Home) */
    leaveModal: json(z.object({ programId: id })),
  },
  matching: {
    /** the review modal */
    reviewModal: json(z.object({ p: id, page: z.number().int().min(0).catch(0) })),
    /** an option of a pair's overflow menu */
    pairMenu: json(z.object({ a: z.enum(["lock", "unlock", "forbid"]), m: id, e: id })),
  },
  launch: {
    retry: json(z.object({ batch: z.string().min(1) })),
  },
  rhythm: {
    checkinAnswer: json(z.object({ c: id, a: z.enum(["yes", "not_yet", "help"]) })),
    checkinModal: json(z.object({ c: id })),
    helpChoice: json(z.object({ c: id, h: z.enum(["shared", "private"]) })),
    /** on an alert DM ({a: alertId}) or on the at-risk list of the App Home ({t: tandemId}) */
    alertFollowUp: json(
      z.union([
        z.object({ a: id, f: z.enum(["claim", "resolve", "pause"]) }),
        z.object({ t: id, f: z.literal("resolve") }),
      ]),
    ),
    /** r: the goal rows the modal shows (absent in modals opened before "Add a goal" existed) */
    planModal: json(
      z.object({ tandem: id, v: z.number().int().min(0), r: z.number().int().min(1).max(5).optional() }),
    ),
    rsvp: json(z.object({ e: id, r: z.enum(["going", "not_going"]) })),
    /** the event modal */
    eventModal: json(z.object({ p: id })),
    /** World Café: the saved view, proposing tables again, sending them */
    event: json(z.object({ e: id })),
    pauseModal: json(z.object({ t: id })),
    rematchModal: json(z.object({ t: id })),
    rematchOpen: json(z.object({ t: id })),
    pauseOpen: json(z.object({ t: id })),
    resumeNow: json(z.object({ t: id })),
    rematchDecision: json(z.object({ r: id, d: z.enum(["approve", "decline"]) })),
    /** the prompt modal and the schedule's prompt buttons */
    program: json(z.object({ p: id })),
    promptRemove: json(z.object({ id })),
    sendNow: json(z.object({ k: z.string().min(1) })),
    /** a page of the schedule: its first item (g: the group of an older, grouped schedule; ignored) */
    schedulePage: json(
      z.object({
        g: z.enum(["checkins", "stalls", "circle", "reminders"]).optional(),
        o: z.number().int().min(0),
      }),
    ),
    /** a page of the App Home's at-risk list: the first item shown */
    atRiskPage: json(z.object({ o: z.number().int().min(0) })),
  },
  steering: {
    /** the evaluation DM's button and the evaluation modal: the program and the wave */
    evaluation: json(z.object({ p: id, w: z.enum(["midterm", "final"]) })),
    /** the wave-dates modal, report, compare and export buttons: the program */
    program: json(z.object({ p: id })),
  },
  close: {
    /** success prompt buttons and the successes modal */
    tandem: json(z.object({ t: id })),
    /** the closing settings modal */
    program: json(z.object({ p: id })),
    /** an option of an event's menu */
    eventMenu: json(z.object({ e: id, a: z.enum(["edit", "cancel"]) })),
    /** the edit and cancel modals */
    event: json(z.object({ e: id })),
  },
  notices: {
    /** close-and-match, "write what changes" and its modal: the program */
    program: json(z.object({ p: id })),
  },
  trust: {
    auditPage: json(z.object({ o: z.number().int().min(0) })),
    consentAccept: json(z.object({ v: z.number().int().positive() })),
    shareToggle: oneOf(["on", "off"]),
  },
} as const;

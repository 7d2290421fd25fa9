/**
 * Every Slack surface id in one place: callback ids of views, action ids of interactive elements,
 * block ids of inputs. Values that carry data are encoded and parsed by encodeValue/parseValue.
 */
export const COMMAND = "/mentoring";

export const ids = {
  // program setup (listeners/setup)
  setup: {
    /** opens the program modal (button on the App Home dashboard) */
    openModal: "setup.open_modal",
    openSignup: "setup.signup_open",
    closeSignup: "setup.signup_close",
  },
  // sign-up and questionnaires (listeners/signup)
  signup: {
    /** the Join button (announcement, App Home); value: optional role "mentor" | "mentee" */
    join: "signup.join",
    /** the Leave button (App Home, profile) */
    leave: "signup.leave",
  },
  // App Home (listeners/home)
  home: {
    /** block ids of the App Home's action rows */
    participantActions: "home.participant_actions",
    joinMentor: "home.join_mentor",
    joinMentee: "home.join_mentee",
    managerActions: "home.manager_actions",
  },
  // matching review (listeners/matching)
  matching: {},
  // launch status and retries (listeners/launch)
  launch: {},
  // check-ins, plans, events, pause and rematch (listeners/rhythm)
  rhythm: {},
} as const;

/** Encodes data carried in a button value or private_metadata. */
export function encodeValue(data: Record<string, string | number | boolean | null>): string {
  return JSON.stringify(data);
}

export function parseValue(raw: string | undefined | null): Record<string, unknown> {
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

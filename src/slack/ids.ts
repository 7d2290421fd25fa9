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
    /** callback_id of the program modal; private_metadata: {programId: number | null} */
    programView: "setup.program",
    /** callback_id of the confirmation shown after saving */
    savedView: "setup.program_saved",
    /** inputs of the program modal: block_id and action_id are the same string */
    input: {
      name: "setup.name",
      topics: "setup.topics",
      customTopics: "setup.custom_topics",
      startDate: "setup.start_date",
      endDate: "setup.end_date",
      signupDeadline: "setup.signup_deadline",
      meetingCadenceDays: "setup.meeting_cadence",
      language: "setup.language",
      timezone: "setup.timezone",
      mentorCapacity: "setup.mentor_capacity",
      channelPrefix: "setup.channel_prefix",
      executiveCircle: "setup.executive_circle",
      checkinCadenceDays: "setup.checkin_cadence",
      circleCadenceDays: "setup.circle_cadence",
      nudgeAfterDays: "setup.nudge_after",
      alertAfterDays: "setup.alert_after",
    },
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

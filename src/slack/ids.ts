/**
 * Every Slack surface id in one place: callback ids of views, action ids of interactive elements,
 * block ids of inputs. The data a surface carries is written and read by its codec in values.ts.
 *
 * Slack refuses a whole payload (`invalid_blocks`) when two elements of one block share an
 * `action_id`. Buttons that do the same thing with different data (yes / not yet / help) are a
 * *family*: each gets its own id, `memberId(family, member)`, and the Registrar routes every member
 * to the family's one handler (`Registrar.actionFamily`). The ids marked "family" below are such
 * prefixes; they never appear on an element by themselves.
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
      address: "setup.address",
      timezone: "setup.timezone",
      holidays: "setup.holidays",
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
    /** "Try again" on the private message when the sign-up form could not open; value: optional role */
    joinRetry: "signup.join_retry",
    /**
     * the Leave button (App Home, profile): asks for confirmation first; value "confirm" (the danger
     * button of that confirmation) withdraws
     */
    leave: "signup.leave",
    /** "keep me in" on the leave confirmation */
    leaveCancel: "signup.leave_cancel",
    /** modal: choose mentor or mentee */
    roleModal: "signup.role_modal",
    roleInput: "signup.role",
    /** modal: the role's questionnaire */
    questionnaire: "signup.questionnaire",
    /** modal asking to confirm withdrawal (opened where no message can be answered, e.g. App Home) */
    leaveModal: "signup.leave_modal",
    /** an informational modal (e.g. sign-up closed) opened from a button */
    infoModal: "signup.info_modal",
    /** questionnaire inputs: block_id and action_id are the same string */
    q: {
      department: "signup.q.department",
      background: "signup.q.background",
      hopeToLearn: "signup.q.hope_to_learn",
      learningGoals: "signup.q.learning_goals",
      expectations: "signup.q.expectations",
      concerns: "signup.q.concerns",
      meetingFormat: "signup.q.meeting_format",
      meetingsPerMonth: "signup.q.meetings_per_month",
      languages: "signup.q.languages",
      otherLanguages: "signup.q.other_languages",
      availability: "signup.q.availability",
      excluded: "signup.q.excluded",
      consent: "signup.q.consent",
    },
    /** a topic's rating input: this prefix plus the topic key */
    ratingPrefix: "signup.q.rating.",
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
  matching: {
    /** the review modal; private_metadata: { p: proposalId, page } (values.ts) */
    reviewModal: "matching.review",
    /** the modal after a decision (approved, discarded, no longer current): no actions */
    doneModal: "matching.review_done",
    /** overflow menu on each pair; option values: { a: "lock" | "unlock" | "forbid", m, e } (values.ts) */
    pairMenu: "matching.pair_menu",
    /** global buttons of the review modal (block id of their row: controls) */
    controls: "matching.controls",
    recompute: "matching.recompute",
    approve: "matching.approve",
    discard: "matching.discard",
    /** prefix of the previous/next page buttons ("matching.page.prev", ".next"); value: the page number */
    page: "matching.page",
  },
  // launch status and retries (listeners/launch)
  launch: {
    /** Retry button of the launch status; value: { batch } (values.ts) */
    retry: "launch.retry",
  },
  // check-ins, plans, events, pause and rematch (listeners/rhythm)
  rhythm: {
    /**
     * family: check-in buttons in a tandem channel, members "yes" | "not_yet" | "help";
     * value { c: checkinId, a: the same answer } (values.ts)
     */
    checkinAnswer: "rhythm.checkin_answer",
    /** the short check-in modal (when, topics, usefulness, next step, goal progress) */
    checkinModal: "rhythm.checkin_modal",
    /**
     * family: one-click follow-ups on an "at risk" alert, members "claim" | "resolve" | "pause";
     * value { a: alertId, f: the same follow-up } (values.ts) (or { t: tandemId, f } on the at-risk list)
     */
    alertFollowUp: "rhythm.alert_follow_up",
    /** action plan: the button in the welcome message and on the plan message, and its modal */
    planOpen: "rhythm.plan_open",
    /** "Add a goal" inside the plan modal: one more goal row (views.update, entries kept by Slack) */
    planAddGoal: "rhythm.plan_add_goal",
    /** the plan modal; private_metadata: { tandem: tandemId, v: version } (values.ts) */
    planModal: "rhythm.plan_modal",
    /** plan modal inputs, one per goal row: prefix + position 1–5 (block_id and action_id the same) */
    planInput: {
      topic: "rhythm.plan.topic.",
      goal: "rhythm.plan.goal.",
      successSign: "rhythm.plan.success.",
      targetDate: "rhythm.plan.target.",
      status: "rhythm.plan.status.",
    },
    /** events: the scheduling modal and the RSVP buttons */
    eventModal: "rhythm.event_modal",
    /** event modal inputs: block_id and action_id the same */
    eventInput: {
      kind: "rhythm.event.kind",
      date: "rhythm.event.date",
      time: "rhythm.event.time",
      place: "rhythm.event.place",
      nameDe: "rhythm.event.name_de",
      nameEn: "rhythm.event.name_en",
      descriptionDe: "rhythm.event.description_de",
      descriptionEn: "rhythm.event.description_en",
      rounds: "rhythm.event.rounds",
    },
    /** the view shown after saving an event (World Café: the table proposal) */
    eventSavedView: "rhythm.event_saved",
    /** family: RSVP buttons, members "going" | "not_going"; value { e: eventId, r: the same } (values.ts) */
    rsvp: "rhythm.rsvp",
    /** managers: compute World Café tables again / send each person their tables; value { e } (values.ts) */
    cafePropose: "rhythm.cafe_propose",
    cafeConfirm: "rhythm.cafe_confirm",
    /** check-in modal inputs (block_id and action_id the same); private_metadata { c: checkinId } (values.ts) */
    checkinInput: {
      metOn: "rhythm.checkin.met_on",
      topics: "rhythm.checkin.topics",
      usefulness: "rhythm.checkin.usefulness",
      nextStep: "rhythm.checkin.next_step",
    },
    /** a goal's status select in the check-in modal: this prefix plus the goal id */
    checkinGoalPrefix: "rhythm.checkin.goal.",
    /**
     * family: after "We need help", only to the person who clicked: members "shared" (the check-in
     * shows it) | "private" (only the program managers are told); value { c: checkinId, h } (values.ts)
     */
    helpChoice: "rhythm.help_choice",
    /** block id of the check-in buttons' row */
    checkinActions: "rhythm.checkin_actions",
    /** "Pause the check-ins" on a nudge, "Resume now" on the pause notice; value { t: tandemId } (values.ts) */
    pauseOpen: "rhythm.pause_open",
    resumeNow: "rhythm.resume_now",
    /** pause and rematch; pause modal private_metadata { t: tandemId } (values.ts) */
    pauseModal: "rhythm.pause_modal",
    pauseUntil: "rhythm.pause.until",
    /** rematch modal private_metadata { t: tandemId } (values.ts) */
    rematchModal: "rhythm.rematch_modal",
    rematchReason: "rhythm.rematch.reason",
    /** "Ask for a new match" on the participant's App Home; value { t: tandemId } (values.ts) */
    rematchOpen: "rhythm.rematch_open",
    /** the confirmation shown after a rematch request */
    rematchSentView: "rhythm.rematch_sent",
    /** family: Approve / Decline in the managers' DM, members "approve" | "decline"; value { r: requestId, d } (values.ts) */
    rematchDecision: "rhythm.rematch_decision",
    /** managers: add a mentor-circle prompt; send a scheduled item now */
    promptModal: "rhythm.prompt_modal",
    sendNow: "rhythm.send_now",
    /** family: the schedule's pages, members "earlier" | "later"; value { o: offset } (values.ts) */
    schedulePage: "rhythm.schedule_page",
    /** the App Home's at-risk list, next page or back to the first; value { o: offset } (values.ts) */
    atRiskPage: "rhythm.at_risk_page",
    /** prompt modal inputs (block_id and action_id the same); private_metadata { p: programId } (values.ts) */
    promptInput: {
      phase: "rhythm.prompt.phase",
      text: "rhythm.prompt.text",
    },
    /** the confirmation after saving a prompt */
    promptSavedView: "rhythm.prompt_saved",
    /** schedule buttons: open the prompt modal, list the program's prompts; value { p: programId } (values.ts) */
    promptOpen: "rhythm.prompt_open",
    promptList: "rhythm.prompt_list",
    /** remove one of the program's prompts; value { id: promptId } (values.ts) */
    promptRemove: "rhythm.prompt_remove",
  },
  // steering: evaluation waves, reports, export (listeners/steering)
  steering: {
    /** "Answer the questions" in a wave's DM; value { p: programId, w: wave } (values.ts) */
    evalOpen: "steering.eval_open",
    /** the evaluation modal; private_metadata { p: programId, w: wave } (values.ts) */
    evalModal: "steering.eval_modal",
    /** evaluation inputs (block_id and action_id the same) */
    evalInput: {
      satisfaction: "steering.eval.satisfaction",
      meetings: "steering.eval.meetings",
      helps: "steering.eval.helps",
      change: "steering.eval.change",
      learned: "steering.eval.learned",
      again: "steering.eval.again",
      share: "steering.eval.share",
    },
    /** an executive's re-rating of a topic: this prefix plus the topic key */
    evalRatingPrefix: "steering.eval.rating.",
    /** managers: "Change dates" on the schedule, and its modal; value / private_metadata { p: programId } */
    wavesOpen: "steering.waves_open",
    wavesModal: "steering.waves_modal",
    wavesInput: {
      midterm: "steering.waves.midterm",
      final: "steering.waves.final",
      window: "steering.waves.window",
    },
    /** managers: report and export buttons on the App Home; compare on the report; value { p: programId } */
    report: "steering.report",
    compare: "steering.compare",
    export: "steering.export",
    /** block id of the App Home's steering buttons */
    homeActions: "steering.home_actions",
  },
  // closing, the end of a program, the next cohort, event changes (listeners/close)
  close: {
    /** in the success prompt in a tandem channel; value { t: tandemId } (values.ts) */
    successEdit: "close.success_edit",
    successAgree: "close.success_agree",
    successWithdraw: "close.success_withdraw",
    /** the successes modal; private_metadata { t: tandemId } */
    successModal: "close.success_modal",
    successInput: "close.success_text",
    /** `/mentoring closing`: showcase channel and archiving; private_metadata { p: programId } */
    settingsModal: "close.settings",
    settingsInput: { showcase: "close.settings.showcase", archive: "close.settings.archive" },
    /** an event's overflow menu in `/mentoring event edit`; option values { e, a: "edit" | "cancel" } */
    eventMenu: "close.event_menu",
    /** the edit modal (inputs are ids.rhythm.eventInput); private_metadata { e: eventId } */
    eventEditModal: "close.event_edit",
    /** the cancel confirmation; private_metadata { e: eventId } */
    eventCancelModal: "close.event_cancel",
    eventCancelNote: "close.event_cancel_note",
  },
  // what program managers are told and what participants hear at the end (listeners/notices)
  notices: {
    /** "Close sign-up and start matching" in the deadline DM; value { p: programId } */
    closeAndMatch: "notices.close_and_match",
    /** "Write what changes" in the final results DM; value { p: programId }; and its modal */
    changesOpen: "notices.changes_open",
    changesModal: "notices.changes_modal",
    changesInput: { de: "notices.changes.de", en: "notices.changes.en" },
    /** block id prefix of a past cohort's buttons on the App Home (plus `.p<programId>`) */
    pastActions: "notices.past_actions",
  },
  // own data, erasure, audit trail, consent (listeners/trust)
  trust: {
    /** the audit trail's pager; value { o: offset } (values.ts) */
    auditPage: "trust.audit_page",
    /** "Erase my data" on the leave confirmation, the profile and /mentoring forget-me's answer: opens the confirmation modal */
    forgetOpen: "trust.forget_open",
    /** the erasure confirmation modal */
    forgetModal: "trust.forget_modal",
    /** the modal after the erasure */
    forgetDoneView: "trust.forget_done",
    /** "I agree" on the DM asking for consent to a new consent text; value { v: version } (values.ts) */
    consentAccept: "trust.consent_accept",
    /** the profile's share-goals switch; value "on" | "off" */
    shareToggle: "trust.share_toggle",
  },
} as const;

const MEMBER_SEPARATOR = ":";

/** The action id of one member of a family of buttons, e.g. `rhythm.checkin_answer:yes`. */
export function memberId(family: string, member: string): string {
  return `${family}${MEMBER_SEPARATOR}${member}`;
}

/** The family and member of an action id made by memberId; undefined for a plain id. */
export function parseMemberId(actionId: string): { family: string; member: string } | undefined {
  const at = actionId.lastIndexOf(MEMBER_SEPARATOR);
  if (at <= 0 || at === actionId.length - 1) return undefined;
  return { family: actionId.slice(0, at), member: actionId.slice(at + 1) };
}

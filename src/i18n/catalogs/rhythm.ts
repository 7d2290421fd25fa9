import { defineCatalog } from "../define";

export const rhythm = defineCatalog({
  en: {
    "rhythm.phase.start": "First meetings",
    "rhythm.phase.middle": "Middle of the program",
    "rhythm.phase.end": "Final stretch",

    "rhythm.checkin.text": "Check-in time for {mentor} and {mentee}: have you met since the last check-in?",
    "rhythm.checkin.hint":
      "One click each. If you met, a short form asks what you covered; it takes a minute.",
    "rhythm.checkin.fallback": "Check-in: have you met since the last check-in?",
    "rhythm.checkin.final_text":
      "Last check-in for {mentor} and {mentee}: the program ends on {date}. Have you met since the last check-in? In your last meeting, take ten minutes together: what has changed in how you work, and what will you keep doing after the program?",
    "rhythm.checkin.final_fallback":
      "Last check-in: the program ends on {date}. Have you met since the last check-in?",
    "rhythm.checkin.late_thanks":
      "Thank you, your answer counts. The program has ended, so this was the last check-in.",
    "rhythm.nudge.thread":
      "{mentor} {mentee} a friendly reminder: this check-in is still open. If you have met, one click above is enough. If not, how about putting the next meeting in the calendar now? Half an hour on one concrete question works well too.",
    "rhythm.nudge.thread_fallback": "A friendly reminder: this check-in is still open.",
    "rhythm.alert.history":
      "No meeting reported since {date}. Check-ins since then without a reported meeting: {count}.",
    "rhythm.checkin.yes": "Yes, we met",
    "rhythm.checkin.not_yet": "Not yet",
    "rhythm.checkin.help": "We need help",
    "rhythm.nudge.text":
      "Hi {mentor} and {mentee} :wave: no meeting has been reported for {days} days. How about putting the next one in the calendar now? Short on time? Half an hour on one concrete question works well too.",
    "rhythm.nudge.hint":
      "Busy period? `/mentoring pause` pauses the check-ins until a date. Something not working? The program managers are happy to help.",
    "rhythm.nudge.fallback": "No meeting reported for {days} days: time to plan the next one?",
    "rhythm.circle.header": "Mentor circle · {phase}",
    "rhythm.circle.reply": "Share your experience in the thread and answer each other.",
    "rhythm.circle.fallback": "Mentor circle: {prompt}",
    "rhythm.schedule.title": "Schedule · next 4 weeks",
    "rhythm.schedule.fallback":
      "Upcoming check-ins, nudges, alerts, circle prompts, event reminders, evaluations and the program's end",
    "rhythm.schedule.intro":
      "*{program}* · times in {tz}. The scheduler sends Mon–Fri 09:00–17:00 for everyone involved.",
    "rhythm.schedule.not_running": "The schedule starts once the program is running (after the launch).",
    "rhythm.schedule.empty": "Nothing is planned for the next 4 weeks.",
    "rhythm.schedule.group.checkins": "*Check-ins*",
    "rhythm.schedule.group.stalls": "*Nudges and alerts* (if no meeting is reported until then)",
    "rhythm.schedule.group.circle": "*Mentor circle*",
    "rhythm.schedule.group.reminders": "*Event reminders*",
    "rhythm.schedule.more": "…and {count} more, the last on {date}.",
    "rhythm.schedule.page": "{from}–{to} of {total}.",
    "rhythm.schedule.line": "*{when}* · {what}",
    "rhythm.schedule.item.checkin": "Check-in #{period} · {mentor} & {mentee}",
    "rhythm.schedule.item.nudge": "Nudge · {mentor} & {mentee}, no meeting since {since}",
    "rhythm.schedule.item.alert_stall": "Alert to managers · {mentor} & {mentee}, no meeting since {since}",
    "rhythm.schedule.item.alert_help": "Alert to managers · {mentor} & {mentee} asked for help",
    "rhythm.schedule.item.circle": "Prompt #{number} · {phase} ({source})",
    "rhythm.schedule.item.reminder_7d": "{kind} in a week ({when})",
    "rhythm.schedule.item.reminder_1d": "{kind} the day before ({when})",
    "rhythm.schedule.source.custom": "your prompt",
    "rhythm.schedule.source.library": "from the library",
    "rhythm.schedule.status.pending": "due",
    "rhythm.schedule.status.sent": ":white_check_mark: sent",
    "rhythm.schedule.status.never": "after the program's end: not sent",
    "rhythm.schedule.no_circle": "Circle prompts start once the mentor-circle channel exists.",
    "rhythm.schedule.send_now": "Send now",
    "rhythm.schedule.confirm.title": "Send now?",
    "rhythm.schedule.confirm.text":
      "It goes out right away, also outside working hours, and not again at its planned time.",
    "rhythm.schedule.add_prompt": "Add a circle prompt",
    "rhythm.schedule.list_prompts": "Your prompts",
    "rhythm.schedule.result.sent":
      ":white_check_mark: Sent now: {what}. A manager's send goes out right away, also outside working hours; the scheduler will not send it again.",
    "rhythm.schedule.result.already_sent": "This was already sent; nothing was sent again.",
    "rhythm.schedule.result.not_scheduled":
      "This item is no longer scheduled (the plan changed in the meantime). Here is the current schedule.",
    "rhythm.schedule.result.not_ready": "This cannot go out yet: its channel does not exist yet.",
    "rhythm.schedule.group.closing": "*Evaluations and the program's end*",
    "rhythm.schedule.closing.eval_invite":
      "{wave}: invitations by direct message, in each person's working hours",
    "rhythm.schedule.closing.eval_reminder": "{wave}: reminder {number} to those who have not answered",
    "rhythm.schedule.closing.successes":
      "Success-story prompts for the closing event · {count} tandem channels",
    "rhythm.schedule.closing.successes_sent": "Success-story prompts for the closing event",
    "rhythm.schedule.closing.showcase": "Closing event: the successes both members agreed to share are shown",
    "rhythm.schedule.closing.end":
      "The program ends: a thank-you in the tandem channels, the tandems end, the program closes",
    "rhythm.schedule.closing.archive": "Tandem channels archived",
    "rhythm.schedule.closing.keep": "Tandem channels are kept (not archived)",
    "rhythm.schedule.closing.erase":
      "Personal data of the program deleted (program managers are told on {notice})",
    "rhythm.schedule.closing.automatic":
      "_These go out by themselves. Evaluations open on their dates (*Change dates*); the showcase waits for the closing event; the end, archiving and deletion cannot be undone (`/mentoring closing`)._",
    "rhythm.prompt.modal.title": "Circle prompt",
    "rhythm.prompt.modal.intro":
      "Your own question for the mentor circle. Within a phase the program's own prompts come first (oldest first), then the library's.",
    "rhythm.prompt.field.phase": "Phase of the program",
    "rhythm.prompt.field.text": "Prompt",
    "rhythm.prompt.field.text_hint":
      "Up to {max} characters. It is posted as written; links and mentions stay plain text.",
    "rhythm.prompt.error.phase_required": "Please choose a phase.",
    "rhythm.prompt.error.text_required": "Please write a prompt.",
    "rhythm.prompt.error.text_too_long": "Please keep it to {max} characters (now {length}).",
    "rhythm.prompt.saved.title": "Prompt saved",
    "rhythm.prompt.saved.text": "Saved for the phase *{phase}*:",
    "rhythm.prompt.saved.duplicate": "This prompt was already saved for the phase *{phase}*:",
    "rhythm.prompt.saved.when": "It will be posted in the mentor circle on {date}.",
    "rhythm.prompt.saved.not_reached":
      "No mentor-circle prompt of this phase is left for it in this program: the phase is over, or own prompts saved earlier take the remaining ones. Remove an older own prompt of this phase (`/mentoring prompt list`) to move it up.",
    "rhythm.prompt.usage":
      "`/mentoring prompt add` adds a mentor-circle prompt; `/mentoring prompt list` shows yours.",
    "rhythm.prompt.list.title": "*The program's own mentor-circle prompts*",
    "rhythm.prompt.list.empty": "No own prompts yet. `/mentoring prompt add` adds one.",
    "rhythm.prompt.list.item": "*{phase}* · {text}",
    "rhythm.prompt.list.more": "…and {count} more not shown here.",
    "rhythm.prompt.remove": "Remove",
    "rhythm.prompt.removed": "The prompt was removed.",
    "rhythm.alert.stall": "*{mentor}* and *{mentee}* have reported no meeting for {days} days.",
    "rhythm.alert.help": "*{mentor}* and *{mentee}* are asking for help.",
    "rhythm.alert.channel": "Tandem channel: {channel}",
    "rhythm.alert.hint": "It is also on the *at risk* list on the app's Home tab.",
    "rhythm.alert.fallback_stall": "A tandem has reported no meeting for {days} days",
    "rhythm.alert.fallback_help": "A tandem is asking for help",
    "rhythm.alert.claim": "I'll take care of it",
    "rhythm.alert.resolve": "Resolved",
    "rhythm.alert.pause": "Pause the tandem",

    "rhythm.prompt.start.1":
      "How did your first meeting go? Share one thing that worked well for breaking the ice with your executive.",
    "rhythm.prompt.start.2":
      "How did you find out what your executive really wants to learn? Which question opened the conversation best?",
    "rhythm.prompt.start.3":
      "Mentoring someone far above you in the hierarchy can feel odd. What helps you speak openly and lead the meetings?",
    "rhythm.prompt.start.4":
      "How do you and your executive agree on meeting times, format and confidentiality? Share what you settled on.",
    "rhythm.prompt.start.5":
      "Which small, hands-on exercise (a tool, an app, a feature) would you try in the first weeks? Share your ideas.",
    "rhythm.prompt.start.6":
      "What do you hope to learn from your executive about leadership and strategy? How could you ask for it?",

    "rhythm.prompt.middle.1":
      "Halfway there: what has your executive already started doing differently? Share a small success.",
    "rhythm.prompt.middle.2":
      "Meetings postponed or cancelled? How do you keep the rhythm when your executive's calendar is full?",
    "rhythm.prompt.middle.3":
      "Which explanation or demo worked best so far, and which one fell flat? What would you change next time?",
    "rhythm.prompt.middle.4":
      "How do you give honest feedback to your executive, for example on how they use digital tools with their team?",
    "rhythm.prompt.middle.5":
      "What have you learned about leadership or decision-making from your executive so far?",
    "rhythm.prompt.middle.6":
      "Is your action plan still the right one? Share how you adjust goals that turned out too big or too small.",

    "rhythm.prompt.end.1":
      "What is the one change in your executive's digital habits you are most proud of? How could it last beyond the program?",
    "rhythm.prompt.end.2":
      "The closing event is near: how will you and your executive present your first successes? Share your ideas.",
    "rhythm.prompt.end.3": "What would you tell a new mentor before their first meeting with an executive?",
    "rhythm.prompt.end.4":
      "How will you end the tandem well? Do you plan to stay in touch, and in what form?",
    "rhythm.prompt.end.5":
      "What did mentoring an executive teach you about yourself, your career or your company?",
    "rhythm.prompt.end.6":
      "What should the program change for the next round: topics, meeting rhythm, events, support? Share one idea.",
    "plan.button.open": "Action plan",
    "plan.button.edit": "Edit plan",
    "plan.modal.title": "Action plan",
    "plan.modal.intro":
      "Up to five goals for your tandem. Fill in at least one goal; a row only needs a goal, the rest is optional. Target dates lie between today and the end of the program ({end}). The plan is pinned in your channel and updates when you change it.",
    "plan.modal.goal_header": "Goal {n}",
    "plan.field.goal": "Goal",
    "plan.field.goal_placeholder": "What do you want to achieve?",
    "plan.field.topic": "Topic",
    "plan.field.topic_placeholder": "Choose a topic",
    "plan.field.success": "Sign of success",
    "plan.field.success_placeholder": "How will you know it worked?",
    "plan.field.target": "Target date",
    "plan.field.status": "Status",
    "plan.status.open": "Open",
    "plan.status.in_progress": "In progress",
    "plan.status.done": "Done",
    "plan.error.no_goals": "Write at least one goal.",
    "plan.error.goal_required": "This row has details but no goal. Write the goal, or clear the row.",
    "plan.error.too_long": "At most {max} characters.",
    "plan.error.date_past": "The target date must not be before today ({today}).",
    "plan.error.date_after_program": "The program ends on {end}; choose a date up to then.",
    "plan.error.invalid_topic": "Choose one of the program's topics.",
    "plan.error.invalid_status": "Choose a status.",
    "plan.error.invalid_date": "This is not a valid date.",
    "plan.error.conflict":
      "Your partner changed the plan while you were editing. Close this window and open the plan again to see their changes.",
    "plan.error.not_tandem_channel":
      "The action plan belongs to a tandem. Type `/mentoring plan` in your tandem channel.",
    "plan.error.not_tandem_channel_yours":
      "The action plan belongs to your tandem. Type `/mentoring plan` in {channel}.",
    "plan.error.not_member":
      "Only the two members of this tandem and program managers can open its action plan.",
    "plan.error.gone": "This tandem has ended, so its action plan can no longer be changed.",
    "plan.message.title": "Our action plan",
    "plan.message.fallback": "Action plan of {mentor} and {mentee}",
    "plan.message.intro":
      "The goals of {mentor} and {mentee}. Change them with the button below or with `/mentoring plan`; check-ins ask how each goal is going.",
    "plan.message.goal": "*{n}. {goal}*",
    "plan.message.topic": "Topic: {topic}",
    "plan.message.target": "Target: {date}",
    "plan.message.success": "_Sign of success:_ {text}",
    "plan.message.updated": "Last changed by {user} on {date}",

    "event.modal.title": "Schedule an event",
    "event.modal.intro":
      "Times are in the program's time zone ({tz}). Participants get an announcement with an RSVP, and reminders a week and a day before.",
    "event.field.kind": "Event",
    "event.kind.kickoff": "Kickoff",
    "event.kind.world_cafe": "World Café",
    "event.kind.closing": "Closing event",
    "event.field.date": "Date",
    "event.field.time": "Time ({tz})",
    "event.field.place": "Place or link",
    "event.field.place_placeholder": "Room 4.12, or a video call link",
    "event.field.description": "Description",
    "event.field.rounds": "Rounds (World Café only)",
    "event.field.rounds_hint":
      "People change tables after each round. Tables of 4 to 6 mix mentors and executives.",
    "event.error.required": "Please fill this in.",
    "event.error.invalid": "This is not a valid value.",
    "event.error.in_past": "This moment has passed. Choose a later date or time.",
    "event.error.outside_program":
      "Choose a date between {start} and {end} (the program's dates, give or take 30 days).",
    "event.error.too_long": "At most {max} characters.",
    "event.error.rounds_range": "Choose between {min} and {max} rounds.",
    "event.error.gone": "This event no longer exists.",
    "event.saved.title": "Event scheduled",
    "event.saved.text":
      "*{kind}* is scheduled. Announcements with an RSVP are on their way to {count} participants.",
    "event.fact.when": "*When:* {when}",
    "event.fact.place": "*Where:* {place}",
    "event.announce.intro": "You are invited to the *{kind}* of {program}.",
    "event.announce.fallback": "Invitation: {kind}, {when}",
    "event.announce.cafe":
      "At the World Café you sit at small tables that mix mentors and executives of different tandems, and change tables {rounds} times. You will get your tables before the event.",
    "event.rsvp.question": "Will you be there?",
    "event.rsvp.going": "I'm going",
    "event.rsvp.not_going": "I can't make it",
    "event.rsvp.answer_going": "✅ You're going. Changed your mind? Just click the other button.",
    "event.rsvp.answer_not_going":
      "You can't make it. Thanks for letting us know; you can still change your answer.",
    "event.rsvp.gone": "This event was cancelled or no longer exists.",
    "event.rsvp.not_invited": "This invitation is not for you.",
    "event.reminder.week": "Reminder: the {kind} is in one week.",
    "event.reminder.day": "Reminder: the {kind} is tomorrow.",
    "event.reminder.days": "Reminder: the {kind} is in {days} days.",
    "event.reminder.rsvp": "Let us know whether you will be there:",
    "event.cafe.computing": "Planning the tables…",
    "event.cafe.proposal_title": "Proposed tables",
    "event.cafe.summary":
      "{people} people, {rounds} rounds, tables of {size}. Tandem partners never share a table, and people meet as few others twice as possible.",
    "event.cafe.nobody": "Nobody to seat yet: only matched participants who have not declined take part.",
    "event.cafe.round": "*Round {n}*",
    "event.cafe.table": "Table {n}: {people}",
    "event.cafe.confirm": "Send everyone their tables",
    "event.cafe.propose": "Propose tables",
    "event.cafe.propose_again": "Plan again",
    "event.cafe.sent": "Tables sent: {count} (already had them: {already}).",
    "event.tables.title": "Your World Café tables",
    "event.tables.intro": "Your tables at the World Café on {when}:",
    "event.tables.round": "Round {n}: table {table}, with {people}",
    "event.tables.fallback": "Your tables at the World Café on {when}",
    "event.list.title": "Events",
    "event.list.none": "No events are scheduled yet. Schedule one with `/mentoring event`.",
    "event.list.past": "(past)",
    "event.list.more": "…and {count} more events not shown here.",
    "event.list.counts": "✅ {going} going · ❌ {notGoing} can't make it · {open} no answer yet",

    // check-ins, alerts, pause and rematch (listeners/rhythm: checkins, alerts, pause, rematch)
    "rhythm.checkin.status.none": "{user}: no answer yet",
    "rhythm.checkin.status.yes": "{user}: :white_check_mark: met",
    "rhythm.checkin.status.not_yet": "{user}: :hourglass_flowing_sand: not yet",
    "rhythm.checkin.status.help": "{user}: :sos: asked for help",
    "rhythm.checkin.modal.title": "Check-in",
    "rhythm.checkin.modal.submit": "Save",
    "rhythm.checkin.modal.intro":
      "Great that you met! A few quick questions. The channel only sees that you answered, not what.",
    "rhythm.checkin.modal.met_on": "When did you meet (most recently)?",
    "rhythm.checkin.modal.topics": "Topics covered",
    "rhythm.checkin.modal.topics_placeholder": "e.g. Teams channels, prompting an AI assistant",
    "rhythm.checkin.modal.usefulness": "How useful was the meeting?",
    "rhythm.checkin.modal.usefulness.1": "1 – not useful",
    "rhythm.checkin.modal.usefulness.2": "2 – a little useful",
    "rhythm.checkin.modal.usefulness.3": "3 – useful",
    "rhythm.checkin.modal.usefulness.4": "4 – very useful",
    "rhythm.checkin.modal.usefulness.5": "5 – extremely useful",
    "rhythm.checkin.modal.next_step": "Next step",
    "rhythm.checkin.modal.goals": "*Progress on your action plan*",
    "rhythm.checkin.modal.goal": "Goal {n}: {goal}",
    "rhythm.checkin.goal.open": "Open",
    "rhythm.checkin.goal.in_progress": "In progress",
    "rhythm.checkin.goal.done": "Done",
    "rhythm.checkin.error.date": "Please pick the day you met.",
    "rhythm.checkin.error.future": "The day you met cannot be in the future.",
    "rhythm.checkin.error.not_member": "Only the two members of this tandem can answer its check-in.",
    "rhythm.checkin.error.gone": "This check-in is closed: the tandem has ended.",
    "rhythm.checkin.help_ack":
      "Thank you for telling us. The program managers have been told and will get in touch with you soon.",

    "rhythm.alert.claimed": ":raising_hand: {user} is reaching out.",
    "rhythm.alert.resolved": ":white_check_mark: Resolved by {user}.",
    "rhythm.alert.claimed_by_other": "{user} is already reaching out to this tandem.",
    "rhythm.alert.already_resolved": "This alert was already resolved.",
    "rhythm.alert.at_risk.title": "Tandems at risk",
    "rhythm.alert.at_risk.none": "No tandem is at risk right now.",
    "rhythm.alert.at_risk.help": "{channel} {mentor} and {mentee}: *asked for help*",
    "rhythm.alert.at_risk.stall": "{channel} {mentor} and {mentee}: no meeting for *{days} days*",
    "rhythm.alert.at_risk.claimed": "{user} is reaching out",
    "rhythm.alert.at_risk.more": "…and {count} more",
    "rhythm.alert.at_risk.page": "Showing {from}–{to} of {total}.",
    "rhythm.page.next": "Next {count}",
    "rhythm.page.first": "Back to the first",

    "rhythm.pause.modal.title": "Pause tandem",
    "rhythm.pause.modal.submit": "Pause",
    "rhythm.pause.modal.intro":
      "No check-ins or reminders until the day you pick; the tandem resumes by itself on that day. To resume earlier, type `/mentoring resume` in the channel.",
    "rhythm.pause.modal.until": "Pause until",
    "rhythm.pause.error.missing": "Pick the day the tandem resumes.",
    "rhythm.pause.error.past": "Pick a day after today.",
    "rhythm.pause.error.after_end": "Pick a day on or before the program's end ({end}).",
    "rhythm.pause.posted":
      ":double_vertical_bar: {user} paused this tandem until {date}. No check-ins or reminders until then; it resumes by itself.",
    "rhythm.pause.resumed": ":arrow_forward: {user} resumed this tandem. Check-ins continue as usual.",
    "rhythm.pause.over":
      ":arrow_forward: Welcome back! The pause is over and check-ins continue as usual. Maybe pick a date for your next meeting now?",
    "rhythm.pause.not_paused": "This tandem is not paused.",
    "rhythm.pause.not_in_tandem": "Please type `/mentoring {command}` in your tandem's channel.",
    "rhythm.pause.not_allowed":
      "Only the members of this tandem or a program manager can pause or resume it.",
    "rhythm.pause.ended": "This tandem has ended.",

    "rhythm.rematch.modal.title": "Ask for a new match",
    "rhythm.rematch.modal.submit": "Send request",
    "rhythm.rematch.modal.intro":
      "If this tandem does not work for you, the program managers can end it and find you a new partner. *Your request is confidential:* {partner} is not told about it.",
    "rhythm.rematch.modal.reason": "Anything the program managers should know? (optional, confidential)",
    "rhythm.rematch.home.text":
      "Your tandem is not working out? You can ask the program managers, confidentially, for a new partner.",
    "rhythm.rematch.home.button": "Ask for a new match",
    "rhythm.rematch.sent.title": "Request sent",
    "rhythm.rematch.sent.text":
      "Thank you. The program managers will look at your request and get back to you. Nothing has been said to your partner.",
    "rhythm.rematch.not_member":
      "Only the two members of a tandem can ask for a new match. Please type `/mentoring rematch` in your tandem's channel.",
    "rhythm.rematch.pm.fallback": "Confidential: a request for a new match",
    "rhythm.rematch.pm.text":
      ":lock: *Confidential request for a new match.* {user} asks to end their tandem with {partner} ({channel}) and be matched again. The partner has not been told.",
    "rhythm.rematch.pm.reason": "*Reason:* {reason}",
    "rhythm.rematch.pm.no_reason": "_No reason given._",
    "rhythm.rematch.button.approve": "Approve rematch",
    "rhythm.rematch.button.decline": "Decline",
    "rhythm.rematch.pm.approved":
      ":white_check_mark: Approved by {user}. The channel is archived; both are back on the waiting list and are matched again as soon as a fitting partner is free.",
    "rhythm.rematch.pm.declined": "Declined by {user}. {requester} has been told.",
    "rhythm.rematch.already_decided": "This request was already decided.",
    "rhythm.rematch.result.paired": "New tandems being launched: {count}.",
    "rhythm.rematch.result.none":
      "No fitting partner is free right now. Both wait for the next matching round (`/mentoring match`).",
    "rhythm.rematch.channel.ended":
      "This tandem has ended. Thank you both for your time! This channel will be archived.",
    "rhythm.rematch.dm.requester":
      "The program managers approved your request: your tandem with {partner} has ended and its channel is archived. You are back on the waiting list, and we will tell you as soon as there is a new partner for you.",
    "rhythm.rematch.dm.partner":
      "Your tandem with {partner} has ended and its channel is archived. Thank you for the time you invested! Sometimes a pair does not fit, and that is nobody's fault. You are back on the waiting list, and we will tell you as soon as there is a new partner for you.",
    "rhythm.rematch.dm.declined":
      "About your request for a new match: the program managers would rather not end your tandem with {partner} right now. {manager} will get in touch to talk it through. Thank you for being open about it.",
  },
  de: {
    "rhythm.phase.start": "Erste Treffen",
    "rhythm.phase.middle": "Mitte des Programms",
    "rhythm.phase.end": "Endspurt",

    "rhythm.checkin.text":
      "Zeit für ein Check-in, {mentor} und {mentee}: Habt ihr euch seit dem letzten Check-in getroffen?",
    "rhythm.checkin.hint":
      "Ein Klick pro Person. Wenn ihr euch getroffen habt, fragt ein kurzes Formular, worum es ging; das dauert eine Minute.",
    "rhythm.checkin.fallback": "Check-in: Habt ihr euch seit dem letzten Check-in getroffen?",
    "rhythm.checkin.final_text":
      "Letzter Check-in für {mentor} und {mentee}: Das Programm endet am {date}. Habt ihr euch seit dem letzten Check-in getroffen? Nehmt euch bei eurem letzten Treffen zehn Minuten: Was hat sich an eurer Arbeit verändert, und was wollt ihr nach dem Programm beibehalten?",
    "rhythm.checkin.final_fallback":
      "Letzter Check-in: Das Programm endet am {date}. Habt ihr euch seit dem letzten Check-in getroffen?",
    "rhythm.checkin.late_thanks":
      "Danke, deine Antwort zählt. Das Programm ist zu Ende, dies war also der letzte Check-in.",
    "rhythm.nudge.thread":
      "{mentor} {mentee} eine freundliche Erinnerung: Dieser Check-in ist noch offen. Wenn ihr euch getroffen habt, genügt ein Klick oben. Wenn nicht: Wie wäre es, das nächste Treffen gleich in den Kalender zu legen? Auch eine halbe Stunde zu einer konkreten Frage hilft.",
    "rhythm.nudge.thread_fallback": "Eine freundliche Erinnerung: Dieser Check-in ist noch offen.",
    "rhythm.alert.history":
      "Seit dem {date} kein Treffen gemeldet. Check-ins seitdem ohne gemeldetes Treffen: {count}.",
    "rhythm.checkin.yes": "Ja, wir haben uns getroffen",
    "rhythm.checkin.not_yet": "Noch nicht",
    "rhythm.checkin.help": "Wir brauchen Hilfe",
    "rhythm.nudge.text":
      "Hallo {mentor} und {mentee} :wave: Seit {days} Tagen wurde kein Treffen gemeldet. Wie wäre es, das nächste gleich in den Kalender zu legen? Wenig Zeit? Eine halbe Stunde zu einer konkreten Frage funktioniert auch gut.",
    "rhythm.nudge.hint":
      "Gerade viel los? `/mentoring pause` pausiert die Check-ins bis zu einem Datum. Läuft etwas nicht rund? Das Programm-Management hilft gern.",
    "rhythm.nudge.fallback": "Seit {days} Tagen kein Treffen gemeldet: Zeit, das nächste zu planen?",
    "rhythm.circle.header": "Mentoren-Runde · {phase}",
    "rhythm.circle.reply": "Teilt eure Erfahrungen im Thread und antwortet einander.",
    "rhythm.circle.fallback": "Mentoren-Runde: {prompt}",
    "rhythm.schedule.title": "Zeitplan · nächste 4 Wochen",
    "rhythm.schedule.fallback":
      "Anstehende Check-ins, Erinnerungen, Hinweise, Impulse, Veranstaltungserinnerungen, Evaluationen und das Programmende",
    "rhythm.schedule.intro":
      "*{program}* · Zeiten in {tz}. Der Zeitplan sendet Mo–Fr 09:00–17:00 für alle Beteiligten.",
    "rhythm.schedule.not_running": "Der Zeitplan beginnt, sobald das Programm läuft (nach dem Start).",
    "rhythm.schedule.empty": "In den nächsten 4 Wochen ist nichts geplant.",
    "rhythm.schedule.group.checkins": "*Check-ins*",
    "rhythm.schedule.group.stalls":
      "*Erinnerungen und Hinweise* (falls bis dahin kein Treffen gemeldet wird)",
    "rhythm.schedule.group.circle": "*Mentoren-Runde*",
    "rhythm.schedule.group.reminders": "*Erinnerungen an Veranstaltungen*",
    "rhythm.schedule.more": "…und {count} weitere, die letzte am {date}.",
    "rhythm.schedule.page": "{from}–{to} von {total}.",
    "rhythm.schedule.line": "*{when}* · {what}",
    "rhythm.schedule.item.checkin": "Check-in #{period} · {mentor} & {mentee}",
    "rhythm.schedule.item.nudge": "Erinnerung · {mentor} & {mentee}, kein Treffen seit {since}",
    "rhythm.schedule.item.alert_stall":
      "Hinweis ans Programm-Management · {mentor} & {mentee}, kein Treffen seit {since}",
    "rhythm.schedule.item.alert_help":
      "Hinweis ans Programm-Management · {mentor} & {mentee} bitten um Hilfe",
    "rhythm.schedule.item.circle": "Impuls #{number} · {phase} ({source})",
    "rhythm.schedule.item.reminder_7d": "{kind} in einer Woche ({when})",
    "rhythm.schedule.item.reminder_1d": "{kind} am Vortag ({when})",
    "rhythm.schedule.source.custom": "euer Impuls",
    "rhythm.schedule.source.library": "aus der Bibliothek",
    "rhythm.schedule.status.pending": "fällig",
    "rhythm.schedule.status.sent": ":white_check_mark: gesendet",
    "rhythm.schedule.status.never": "nach Programmende: wird nicht gesendet",
    "rhythm.schedule.no_circle": "Impulse beginnen, sobald der Kanal der Mentoren-Runde existiert.",
    "rhythm.schedule.send_now": "Jetzt senden",
    "rhythm.schedule.confirm.title": "Jetzt senden?",
    "rhythm.schedule.confirm.text":
      "Die Nachricht geht sofort raus, auch außerhalb der Arbeitszeiten, und nicht noch einmal zum geplanten Zeitpunkt.",
    "rhythm.schedule.add_prompt": "Impuls hinzufügen",
    "rhythm.schedule.list_prompts": "Eure Impulse",
    "rhythm.schedule.result.sent":
      ":white_check_mark: Jetzt gesendet: {what}. Was das Programm-Management sendet, geht sofort raus, auch außerhalb der Arbeitszeiten; der Zeitplan sendet es nicht noch einmal.",
    "rhythm.schedule.result.already_sent": "Das wurde bereits gesendet; nichts wurde erneut gesendet.",
    "rhythm.schedule.result.not_scheduled":
      "Das ist nicht mehr geplant (der Plan hat sich inzwischen geändert). Hier ist der aktuelle Zeitplan.",
    "rhythm.schedule.result.not_ready": "Das kann noch nicht rausgehen: Sein Kanal existiert noch nicht.",
    "rhythm.schedule.group.closing": "*Evaluationen und Programmende*",
    "rhythm.schedule.closing.eval_invite":
      "{wave}: Einladungen per Direktnachricht, in den Arbeitszeiten der jeweiligen Person",
    "rhythm.schedule.closing.eval_reminder":
      "{wave}: Erinnerung {number} an alle, die noch nicht geantwortet haben",
    "rhythm.schedule.closing.successes":
      "Bitte um Erfolgsgeschichten für die Abschlussveranstaltung · {count} Tandem-Kanäle",
    "rhythm.schedule.closing.successes_sent": "Bitte um Erfolgsgeschichten für die Abschlussveranstaltung",
    "rhythm.schedule.closing.showcase":
      "Abschlussveranstaltung: Die Erfolge, deren Teilen beide zugestimmt haben, werden gezeigt",
    "rhythm.schedule.closing.end":
      "Das Programm endet: ein Dankeschön in den Tandem-Kanälen, die Tandems enden, das Programm wird abgeschlossen",
    "rhythm.schedule.closing.archive": "Tandem-Kanäle werden archiviert",
    "rhythm.schedule.closing.keep": "Tandem-Kanäle bleiben erhalten (nicht archiviert)",
    "rhythm.schedule.closing.erase":
      "Personenbezogene Daten des Programms werden gelöscht (das Programm-Management erfährt es am {notice})",
    "rhythm.schedule.closing.automatic":
      "_Das läuft von selbst. Evaluationen beginnen an ihren Terminen (*Termine ändern*); der Showcase wartet auf die Abschlussveranstaltung; Ende, Archivierung und Löschung lassen sich nicht rückgängig machen (`/mentoring closing`)._",
    "rhythm.prompt.modal.title": "Impuls",
    "rhythm.prompt.modal.intro":
      "Eure eigene Frage für die Mentoren-Runde. In jeder Phase kommen die eigenen Impulse des Programms zuerst (die ältesten zuerst), dann die der Bibliothek.",
    "rhythm.prompt.field.phase": "Phase des Programms",
    "rhythm.prompt.field.text": "Impuls",
    "rhythm.prompt.field.text_hint":
      "Bis zu {max} Zeichen. Er wird so gepostet, wie er ist; Links und Erwähnungen bleiben einfacher Text.",
    "rhythm.prompt.error.phase_required": "Bitte wähle eine Phase.",
    "rhythm.prompt.error.text_required": "Bitte schreibe einen Impuls.",
    "rhythm.prompt.error.text_too_long": "Bitte höchstens {max} Zeichen (jetzt {length}).",
    "rhythm.prompt.saved.title": "Impuls gespeichert",
    "rhythm.prompt.saved.text": "Gespeichert für die Phase *{phase}*:",
    "rhythm.prompt.saved.duplicate": "Dieser Impuls war für die Phase *{phase}* schon gespeichert:",
    "rhythm.prompt.saved.when": "Er wird am {date} in der Mentoren-Runde gepostet.",
    "rhythm.prompt.saved.not_reached":
      "In diesem Programm bleibt für ihn kein Impuls dieser Phase mehr übrig: Die Phase ist vorbei, oder früher gespeicherte eigene Impulse belegen die restlichen. Entferne einen älteren eigenen Impuls dieser Phase (`/mentoring prompt list`), damit er nachrückt.",
    "rhythm.prompt.usage":
      "`/mentoring prompt add` fügt einen Impuls für die Mentoren-Runde hinzu; `/mentoring prompt list` zeigt eure.",
    "rhythm.prompt.list.title": "*Die eigenen Impulse des Programms für die Mentoren-Runde*",
    "rhythm.prompt.list.empty": "Noch keine eigenen Impulse. `/mentoring prompt add` fügt einen hinzu.",
    "rhythm.prompt.list.item": "*{phase}* · {text}",
    "rhythm.prompt.list.more": "…und {count} weitere, die hier nicht gezeigt werden.",
    "rhythm.prompt.remove": "Entfernen",
    "rhythm.prompt.removed": "Der Impuls wurde entfernt.",
    "rhythm.alert.stall": "*{mentor}* und *{mentee}* haben seit {days} Tagen kein Treffen gemeldet.",
    "rhythm.alert.help": "*{mentor}* und *{mentee}* bitten um Hilfe.",
    "rhythm.alert.channel": "Tandem-Kanal: {channel}",
    "rhythm.alert.hint": "Das Tandem steht auch auf der Liste *gefährdet* im Home-Tab der App.",
    "rhythm.alert.fallback_stall": "Ein Tandem hat seit {days} Tagen kein Treffen gemeldet",
    "rhythm.alert.fallback_help": "Ein Tandem bittet um Hilfe",
    "rhythm.alert.claim": "Ich kümmere mich",
    "rhythm.alert.resolve": "Erledigt",
    "rhythm.alert.pause": "Tandem pausieren",

    "rhythm.prompt.start.1":
      "Wie lief euer erstes Treffen? Teilt eine Sache, die euch geholfen hat, mit eurer Führungskraft ins Gespräch zu kommen.",
    "rhythm.prompt.start.2":
      "Wie habt ihr herausgefunden, was eure Führungskraft wirklich lernen möchte? Welche Frage hat das Gespräch am besten geöffnet?",
    "rhythm.prompt.start.3":
      "Jemanden zu begleiten, der in der Hierarchie weit über euch steht, kann sich seltsam anfühlen. Was hilft euch, offen zu sprechen und die Treffen zu leiten?",
    "rhythm.prompt.start.4":
      "Wie vereinbart ihr mit eurer Führungskraft Termine, Format und Vertraulichkeit? Teilt, worauf ihr euch geeinigt habt.",
    "rhythm.prompt.start.5":
      "Welche kleine, praktische Übung (ein Tool, eine App, eine Funktion) würdet ihr in den ersten Wochen ausprobieren? Teilt eure Ideen.",
    "rhythm.prompt.start.6":
      "Was möchtet ihr von eurer Führungskraft über Führung und Strategie lernen? Wie könntet ihr danach fragen?",

    "rhythm.prompt.middle.1":
      "Halbzeit: Was macht eure Führungskraft schon anders als vorher? Teilt einen kleinen Erfolg.",
    "rhythm.prompt.middle.2":
      "Treffen verschoben oder abgesagt? Wie haltet ihr den Rhythmus, wenn der Kalender eurer Führungskraft voll ist?",
    "rhythm.prompt.middle.3":
      "Welche Erklärung oder Demo hat bisher am besten funktioniert, und welche nicht? Was würdet ihr beim nächsten Mal ändern?",
    "rhythm.prompt.middle.4":
      "Wie gebt ihr eurer Führungskraft ehrliches Feedback, zum Beispiel dazu, wie sie digitale Tools mit ihrem Team nutzt?",
    "rhythm.prompt.middle.5":
      "Was habt ihr bisher von eurer Führungskraft über Führung oder Entscheidungen gelernt?",
    "rhythm.prompt.middle.6":
      "Passt euer Aktionsplan noch? Teilt, wie ihr Ziele anpasst, die sich als zu groß oder zu klein herausgestellt haben.",

    "rhythm.prompt.end.1":
      "Auf welche Veränderung in den digitalen Gewohnheiten eurer Führungskraft seid ihr am meisten stolz? Wie kann sie über das Programm hinaus bleiben?",
    "rhythm.prompt.end.2":
      "Die Abschlussveranstaltung naht: Wie wollt ihr mit eurer Führungskraft eure ersten Erfolge vorstellen? Teilt eure Ideen.",
    "rhythm.prompt.end.3":
      "Was würdet ihr einer neuen Mentorin oder einem neuen Mentor vor dem ersten Treffen mit einer Führungskraft raten?",
    "rhythm.prompt.end.4":
      "Wie wollt ihr das Tandem gut abschließen? Bleibt ihr in Kontakt, und in welcher Form?",
    "rhythm.prompt.end.5":
      "Was hat euch das Mentoring einer Führungskraft über euch selbst, eure Laufbahn oder euer Unternehmen gezeigt?",
    "rhythm.prompt.end.6":
      "Was sollte das Programm in der nächsten Runde ändern: Themen, Rhythmus der Treffen, Veranstaltungen, Unterstützung? Teilt eine Idee.",
    "plan.button.open": "Aktionsplan",
    "plan.button.edit": "Plan bearbeiten",
    "plan.modal.title": "Aktionsplan",
    "plan.modal.intro":
      "Bis zu fünf Ziele für euer Tandem. Tragt mindestens ein Ziel ein; eine Zeile braucht nur das Ziel, der Rest ist freiwillig. Zieltermine liegen zwischen heute und dem Programmende ({end}). Der Plan wird in eurem Kanal angeheftet und aktualisiert, wenn ihr ihn ändert.",
    "plan.modal.goal_header": "Ziel {n}",
    "plan.field.goal": "Ziel",
    "plan.field.goal_placeholder": "Was wollt ihr erreichen?",
    "plan.field.topic": "Thema",
    "plan.field.topic_placeholder": "Thema wählen",
    "plan.field.success": "Woran ihr den Erfolg erkennt",
    "plan.field.success_placeholder": "Woran merkt ihr, dass es geklappt hat?",
    "plan.field.target": "Zieltermin",
    "plan.field.status": "Stand",
    "plan.status.open": "Offen",
    "plan.status.in_progress": "In Arbeit",
    "plan.status.done": "Erledigt",
    "plan.error.no_goals": "Tragt mindestens ein Ziel ein.",
    "plan.error.goal_required":
      "Diese Zeile hat Angaben, aber kein Ziel. Tragt das Ziel ein oder leert die Zeile.",
    "plan.error.too_long": "Höchstens {max} Zeichen.",
    "plan.error.date_past": "Der Zieltermin darf nicht vor heute ({today}) liegen.",
    "plan.error.date_after_program": "Das Programm endet am {end}; wählt einen Termin bis dahin.",
    "plan.error.invalid_topic": "Wählt eines der Programmthemen.",
    "plan.error.invalid_status": "Wählt einen Stand.",
    "plan.error.invalid_date": "Das ist kein gültiges Datum.",
    "plan.error.conflict":
      "Eure Tandem-Partnerin oder euer Tandem-Partner hat den Plan inzwischen geändert. Schließt dieses Fenster und öffnet den Plan neu, um die Änderungen zu sehen.",
    "plan.error.not_tandem_channel":
      "Der Aktionsplan gehört zu einem Tandem. Gib `/mentoring plan` in deinem Tandem-Kanal ein.",
    "plan.error.not_tandem_channel_yours":
      "Der Aktionsplan gehört zu deinem Tandem. Gib `/mentoring plan` in {channel} ein.",
    "plan.error.not_member":
      "Nur die beiden Mitglieder dieses Tandems und Programm-Manager/innen können den Aktionsplan öffnen.",
    "plan.error.gone": "Dieses Tandem ist beendet; sein Aktionsplan kann nicht mehr geändert werden.",
    "plan.message.title": "Unser Aktionsplan",
    "plan.message.fallback": "Aktionsplan von {mentor} und {mentee}",
    "plan.message.intro":
      "Die Ziele von {mentor} und {mentee}. Ändern mit dem Button unten oder mit `/mentoring plan`; die Check-ins fragen, wie es bei jedem Ziel vorangeht.",
    "plan.message.goal": "*{n}. {goal}*",
    "plan.message.topic": "Thema: {topic}",
    "plan.message.target": "Zieltermin: {date}",
    "plan.message.success": "_Erfolg erkennbar an:_ {text}",
    "plan.message.updated": "Zuletzt geändert von {user} am {date}",

    "event.modal.title": "Termin planen",
    "event.modal.intro":
      "Zeiten gelten in der Zeitzone des Programms ({tz}). Die Teilnehmenden bekommen eine Einladung mit Zu- oder Absage und Erinnerungen eine Woche und einen Tag vorher.",
    "event.field.kind": "Veranstaltung",
    "event.kind.kickoff": "Auftaktveranstaltung",
    "event.kind.world_cafe": "World Café",
    "event.kind.closing": "Abschlussveranstaltung",
    "event.field.date": "Datum",
    "event.field.time": "Uhrzeit ({tz})",
    "event.field.place": "Ort oder Link",
    "event.field.place_placeholder": "Raum 4.12 oder ein Videokonferenz-Link",
    "event.field.description": "Beschreibung",
    "event.field.rounds": "Runden (nur World Café)",
    "event.field.rounds_hint":
      "Nach jeder Runde wechseln alle den Tisch. Tische zu 4 bis 6 Personen mischen Mentor/innen und Führungskräfte.",
    "event.error.required": "Bitte ausfüllen.",
    "event.error.invalid": "Das ist kein gültiger Wert.",
    "event.error.in_past": "Dieser Zeitpunkt ist vorbei. Wähle ein späteres Datum oder eine spätere Uhrzeit.",
    "event.error.outside_program":
      "Wähle ein Datum zwischen {start} und {end} (die Programmdauer, 30 Tage mehr oder weniger).",
    "event.error.too_long": "Höchstens {max} Zeichen.",
    "event.error.rounds_range": "Wähle zwischen {min} und {max} Runden.",
    "event.error.gone": "Diese Veranstaltung gibt es nicht mehr.",
    "event.saved.title": "Termin geplant",
    "event.saved.text":
      "*{kind}* ist geplant. Einladungen mit Zu- oder Absage gehen an {count} Teilnehmende.",
    "event.fact.when": "*Wann:* {when}",
    "event.fact.place": "*Wo:* {place}",
    "event.announce.intro": "Du bist zur *{kind}* von {program} eingeladen.",
    "event.announce.fallback": "Einladung: {kind}, {when}",
    "event.announce.cafe":
      "Beim World Café sitzt du an kleinen Tischen mit Mentor/innen und Führungskräften anderer Tandems und wechselst {rounds}-mal den Tisch. Deine Tische bekommst du vor der Veranstaltung.",
    "event.rsvp.question": "Bist du dabei?",
    "event.rsvp.going": "Ich komme",
    "event.rsvp.not_going": "Ich kann nicht",
    "event.rsvp.answer_going":
      "✅ Du bist dabei. Doch anders entschieden? Klick einfach auf den anderen Button.",
    "event.rsvp.answer_not_going":
      "Du kannst nicht kommen. Danke für die Rückmeldung; du kannst deine Antwort noch ändern.",
    "event.rsvp.gone": "Diese Veranstaltung wurde abgesagt oder existiert nicht mehr.",
    "event.rsvp.not_invited": "Diese Einladung ist nicht für dich.",
    "event.reminder.week": "Erinnerung: {kind} ist in einer Woche.",
    "event.reminder.day": "Erinnerung: {kind} ist morgen.",
    "event.reminder.days": "Erinnerung: {kind} ist in {days} Tagen.",
    "event.reminder.rsvp": "Sag uns, ob du dabei bist:",
    "event.cafe.computing": "Die Tische werden geplant …",
    "event.cafe.proposal_title": "Vorgeschlagene Tische",
    "event.cafe.summary":
      "{people} Personen, {rounds} Runden, Tische zu {size}. Tandem-Partner sitzen nie am selben Tisch, und möglichst wenige begegnen sich zweimal.",
    "event.cafe.nobody":
      "Noch niemand zu setzen: Es nehmen nur Teilnehmende mit Tandem teil, die nicht abgesagt haben.",
    "event.cafe.round": "*Runde {n}*",
    "event.cafe.table": "Tisch {n}: {people}",
    "event.cafe.confirm": "Allen ihre Tische senden",
    "event.cafe.propose": "Tische vorschlagen",
    "event.cafe.propose_again": "Neu planen",
    "event.cafe.sent": "Tische gesendet: {count} (hatten sie schon: {already}).",
    "event.tables.title": "Deine Tische im World Café",
    "event.tables.intro": "Deine Tische beim World Café am {when}:",
    "event.tables.round": "Runde {n}: Tisch {table}, mit {people}",
    "event.tables.fallback": "Deine Tische beim World Café am {when}",
    "event.list.title": "Veranstaltungen",
    "event.list.none": "Noch keine Veranstaltungen geplant. Plane eine mit `/mentoring event`.",
    "event.list.past": "(vorbei)",
    "event.list.more": "…und {count} weitere Veranstaltungen, die hier nicht gezeigt werden.",
    "event.list.counts": "✅ {going} kommen · ❌ {notGoing} können nicht · {open} noch ohne Antwort",

    // Check-ins, Alarme, Pause und Neuzuordnung
    "rhythm.checkin.status.none": "{user}: noch keine Antwort",
    "rhythm.checkin.status.yes": "{user}: :white_check_mark: getroffen",
    "rhythm.checkin.status.not_yet": "{user}: :hourglass_flowing_sand: noch nicht",
    "rhythm.checkin.status.help": "{user}: :sos: bittet um Hilfe",
    "rhythm.checkin.modal.title": "Check-in",
    "rhythm.checkin.modal.submit": "Speichern",
    "rhythm.checkin.modal.intro":
      "Schön, dass ihr euch getroffen habt! Ein paar kurze Fragen. Im Kanal ist nur zu sehen, dass du geantwortet hast, nicht was.",
    "rhythm.checkin.modal.met_on": "Wann habt ihr euch (zuletzt) getroffen?",
    "rhythm.checkin.modal.topics": "Besprochene Themen",
    "rhythm.checkin.modal.topics_placeholder": "z. B. Teams-Kanäle, Prompts für einen KI-Assistenten",
    "rhythm.checkin.modal.usefulness": "Wie nützlich war das Treffen?",
    "rhythm.checkin.modal.usefulness.1": "1 – nicht nützlich",
    "rhythm.checkin.modal.usefulness.2": "2 – etwas nützlich",
    "rhythm.checkin.modal.usefulness.3": "3 – nützlich",
    "rhythm.checkin.modal.usefulness.4": "4 – sehr nützlich",
    "rhythm.checkin.modal.usefulness.5": "5 – äußerst nützlich",
    "rhythm.checkin.modal.next_step": "Nächster Schritt",
    "rhythm.checkin.modal.goals": "*Fortschritt bei eurem Aktionsplan*",
    "rhythm.checkin.modal.goal": "Ziel {n}: {goal}",
    "rhythm.checkin.goal.open": "Offen",
    "rhythm.checkin.goal.in_progress": "In Arbeit",
    "rhythm.checkin.goal.done": "Erledigt",
    "rhythm.checkin.error.date": "Bitte wähle den Tag eures Treffens.",
    "rhythm.checkin.error.future": "Der Tag eures Treffens kann nicht in der Zukunft liegen.",
    "rhythm.checkin.error.not_member":
      "Nur die beiden Mitglieder dieses Tandems können den Check-in beantworten.",
    "rhythm.checkin.error.gone": "Dieser Check-in ist geschlossen: Das Tandem ist beendet.",
    "rhythm.checkin.help_ack":
      "Danke, dass ihr Bescheid gebt. Das Programm-Management ist informiert und meldet sich bald bei euch.",

    "rhythm.alert.claimed": ":raising_hand: {user} meldet sich beim Tandem.",
    "rhythm.alert.resolved": ":white_check_mark: Erledigt von {user}.",
    "rhythm.alert.claimed_by_other": "{user} meldet sich bereits bei diesem Tandem.",
    "rhythm.alert.already_resolved": "Dieser Alarm ist bereits erledigt.",
    "rhythm.alert.at_risk.title": "Gefährdete Tandems",
    "rhythm.alert.at_risk.none": "Zurzeit ist kein Tandem gefährdet.",
    "rhythm.alert.at_risk.help": "{channel} {mentor} und {mentee}: *bitten um Hilfe*",
    "rhythm.alert.at_risk.stall": "{channel} {mentor} und {mentee}: seit *{days} Tagen* kein Treffen",
    "rhythm.alert.at_risk.claimed": "{user} meldet sich",
    "rhythm.alert.at_risk.more": "…und {count} weitere",
    "rhythm.alert.at_risk.page": "{from}–{to} von {total}.",
    "rhythm.page.next": "Nächste {count}",
    "rhythm.page.first": "Zurück zum Anfang",

    "rhythm.pause.modal.title": "Tandem pausieren",
    "rhythm.pause.modal.submit": "Pausieren",
    "rhythm.pause.modal.intro":
      "Bis zum gewählten Tag gibt es keine Check-ins und Erinnerungen; an diesem Tag geht das Tandem von selbst weiter. Um früher weiterzumachen, tippe `/mentoring resume` im Kanal.",
    "rhythm.pause.modal.until": "Pausieren bis",
    "rhythm.pause.error.missing": "Wähle den Tag, an dem es weitergeht.",
    "rhythm.pause.error.past": "Wähle einen Tag nach heute.",
    "rhythm.pause.error.after_end": "Wähle einen Tag bis spätestens zum Programmende ({end}).",
    "rhythm.pause.posted":
      ":double_vertical_bar: {user} hat dieses Tandem bis {date} pausiert. Bis dahin gibt es keine Check-ins und Erinnerungen; danach geht es von selbst weiter.",
    "rhythm.pause.resumed":
      ":arrow_forward: {user} hat die Pause beendet. Die Check-ins gehen wie gewohnt weiter.",
    "rhythm.pause.over":
      ":arrow_forward: Willkommen zurück! Die Pause ist vorbei, und die Check-ins gehen wie gewohnt weiter. Vielleicht legt ihr gleich einen Termin für euer nächstes Treffen fest?",
    "rhythm.pause.not_paused": "Dieses Tandem ist nicht pausiert.",
    "rhythm.pause.not_in_tandem": "Bitte tippe `/mentoring {command}` im Kanal deines Tandems.",
    "rhythm.pause.not_allowed":
      "Nur die Mitglieder dieses Tandems oder das Programm-Management können es pausieren oder fortsetzen.",
    "rhythm.pause.ended": "Dieses Tandem ist beendet.",

    "rhythm.rematch.modal.title": "Neue Zuordnung",
    "rhythm.rematch.modal.submit": "Anfrage senden",
    "rhythm.rematch.modal.intro":
      "Wenn dieses Tandem für dich nicht passt, kann das Programm-Management es beenden und dir eine neue Partnerin oder einen neuen Partner suchen. *Deine Anfrage ist vertraulich:* {partner} erfährt nichts davon.",
    "rhythm.rematch.modal.reason": "Was sollte das Programm-Management wissen? (optional, vertraulich)",
    "rhythm.rematch.home.text":
      "Euer Tandem passt nicht? Du kannst das Programm-Management vertraulich um eine neue Partnerin oder einen neuen Partner bitten.",
    "rhythm.rematch.home.button": "Neue Zuordnung erbitten",
    "rhythm.rematch.sent.title": "Anfrage gesendet",
    "rhythm.rematch.sent.text":
      "Danke. Das Programm-Management sieht sich deine Anfrage an und meldet sich bei dir. Deinem Gegenüber wurde nichts gesagt.",
    "rhythm.rematch.not_member":
      "Nur die beiden Mitglieder eines Tandems können um eine neue Zuordnung bitten. Bitte tippe `/mentoring rematch` im Kanal deines Tandems.",
    "rhythm.rematch.pm.fallback": "Vertraulich: Bitte um eine neue Zuordnung",
    "rhythm.rematch.pm.text":
      ":lock: *Vertrauliche Bitte um eine neue Zuordnung.* {user} möchte das Tandem mit {partner} ({channel}) beenden und neu zugeordnet werden. Das Gegenüber weiß davon nichts.",
    "rhythm.rematch.pm.reason": "*Grund:* {reason}",
    "rhythm.rematch.pm.no_reason": "_Kein Grund angegeben._",
    "rhythm.rematch.button.approve": "Neu zuordnen",
    "rhythm.rematch.button.decline": "Ablehnen",
    "rhythm.rematch.pm.approved":
      ":white_check_mark: Genehmigt von {user}. Der Kanal ist archiviert; beide stehen wieder auf der Warteliste und werden neu zugeordnet, sobald jemand Passendes frei ist.",
    "rhythm.rematch.pm.declined": "Abgelehnt von {user}. {requester} wurde informiert.",
    "rhythm.rematch.already_decided": "Über diese Anfrage wurde bereits entschieden.",
    "rhythm.rematch.result.paired": "Neue Tandems, die gestartet werden: {count}.",
    "rhythm.rematch.result.none":
      "Zurzeit ist niemand Passendes frei. Beide warten auf die nächste Zuordnungsrunde (`/mentoring match`).",
    "rhythm.rematch.channel.ended":
      "Dieses Tandem ist beendet. Danke euch beiden für eure Zeit! Dieser Kanal wird archiviert.",
    "rhythm.rematch.dm.requester":
      "Das Programm-Management hat deine Anfrage genehmigt: Dein Tandem mit {partner} ist beendet und sein Kanal archiviert. Du stehst wieder auf der Warteliste, und wir sagen dir Bescheid, sobald es eine neue Partnerin oder einen neuen Partner für dich gibt.",
    "rhythm.rematch.dm.partner":
      "Dein Tandem mit {partner} ist beendet und sein Kanal archiviert. Danke für die Zeit, die du investiert hast! Manchmal passt ein Paar nicht, und das ist niemandes Schuld. Du stehst wieder auf der Warteliste, und wir sagen dir Bescheid, sobald es eine neue Partnerin oder einen neuen Partner für dich gibt.",
    "rhythm.rematch.dm.declined":
      "Zu deiner Bitte um eine neue Zuordnung: Das Programm-Management möchte dein Tandem mit {partner} im Moment lieber nicht beenden. {manager} meldet sich bei dir, um darüber zu sprechen. Danke, dass du das offen angesprochen hast.",
  },
});

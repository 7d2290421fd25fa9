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
    "rhythm.alert.history_never":
      "No meeting reported since the tandem started on {date}. Check-ins without a reported meeting: {count}.",
    "rhythm.checkin.yes": "Yes, we met",
    "rhythm.checkin.not_yet": "Not yet",
    "rhythm.checkin.help": "We need help",
    "rhythm.nudge.text":
      "Hi {mentor} and {mentee} 👋 no meeting has been reported for {days, plural, one {# day} other {# days}}. How about putting the next one in the calendar now? Short on time? Half an hour on one concrete question works well too.",
    "rhythm.nudge.hint":
      "Busy period? *Pause the check-ins* until a date. Something not working? The program managers are happy to help.",
    "rhythm.nudge.pause": "Pause the check-ins",
    "rhythm.nudge.fallback":
      "No meeting reported for {days, plural, one {# day} other {# days}}: time to plan the next one?",
    "rhythm.circle.header": "Mentor circle · {phase}",
    "rhythm.circle.reply": "Share your experience in the thread and answer each other.",
    "rhythm.circle.waiting":
      "Still waiting for a tandem? Join in all the same: share how you would go about it, or ask those who already mentor an executive.",
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
    "rhythm.schedule.earlier": "Earlier",
    "rhythm.schedule.later": "Later ({count})",
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
    "rhythm.schedule.status.sent": "✅ sent",
    "rhythm.schedule.status.never": "after the program's end: not sent",
    "rhythm.schedule.no_circle": "Circle prompts start once the mentor-circle channel exists.",
    "rhythm.schedule.send_now": "Send now",
    "rhythm.schedule.confirm.title": "Send now?",
    "rhythm.schedule.confirm.text":
      "It goes out right away, also outside working hours, and not again at its planned time.",
    "rhythm.schedule.add_prompt": "Add a circle prompt",
    "rhythm.schedule.list_prompts": "Your prompts",
    "rhythm.schedule.result.sent":
      "✅ Sent now: {what}. A manager's send goes out right away, also outside working hours; the scheduler will not send it again.",
    "rhythm.schedule.result.already_sent": "This was already sent; nothing was sent again.",
    "rhythm.schedule.result.not_scheduled":
      "This item is no longer scheduled (the plan changed in the meantime). Here is the current schedule.",
    "rhythm.schedule.result.not_ready": "This cannot go out yet: its channel does not exist yet.",
    "rhythm.schedule.group.closing": "*Evaluations and the program's end*",
    "rhythm.schedule.closing.eval_invite":
      "{wave}: invitations by direct message, in each person's working hours",
    "rhythm.schedule.closing.eval_reminder": "{wave}: reminder {number} to those who have not answered",
    "rhythm.schedule.closing.successes":
      "Success-story prompts for the closing event · {count, plural, one {# tandem channel} other {# tandem channels}}",
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
    "rhythm.alert.stall":
      "*{mentor}* and *{mentee}* haven't reported a meeting in {days, plural, one {# day} other {# days}}.",
    "rhythm.alert.help": "*{mentor}* and *{mentee}* are asking for help.",
    "rhythm.alert.channel": "Tandem channel: {channel}",
    "rhythm.alert.hint": "It is also on the *at risk* list on the app's Home tab.",
    "rhythm.alert.fallback_stall":
      "A tandem hasn't reported a meeting in {days, plural, one {# day} other {# days}}",
    "rhythm.alert.fallback_help": "A tandem is asking for help",
    "rhythm.alert.claim": "I'll take care of it",
    "rhythm.alert.resolve": "Resolved",
    "rhythm.alert.pause": "Pause the tandem",
    "rhythm.prompt.start.1":
      "How did your first meeting go? Share one thing that worked well for breaking the ice with your mentee.",
    "rhythm.prompt.start.2":
      "How did you find out what your mentee really wants to learn? Which question opened the conversation best?",
    "rhythm.prompt.start.3":
      "Mentoring someone far above you in the hierarchy can feel odd. What helps you speak openly and lead the meetings?",
    "rhythm.prompt.start.4":
      "How do you and your mentee agree on meeting times, format and confidentiality? Share what you settled on.",
    "rhythm.prompt.start.5":
      "Which small, hands-on exercise (a tool, an app, a feature) would you try in the first weeks? Share your ideas.",
    "rhythm.prompt.start.6":
      "What do you hope to learn from your mentee about leadership and strategy? How could you ask for it?",
    "rhythm.prompt.middle.1":
      "Halfway there: what has your mentee already started doing differently? Share a small success.",
    "rhythm.prompt.middle.2":
      "Meetings postponed or cancelled? How do you keep the rhythm when your mentee's calendar is full?",
    "rhythm.prompt.middle.3":
      "Which explanation or demo worked best so far, and which one fell flat? What would you change next time?",
    "rhythm.prompt.middle.4":
      "How do you give honest feedback to your mentee, for example on how they use digital tools with their team?",
    "rhythm.prompt.middle.5":
      "What have you learned about leadership or decision-making from your mentee so far?",
    "rhythm.prompt.middle.6":
      "Is your action plan still the right one? Share how you adjust goals that turned out too big or too small.",
    "rhythm.prompt.end.1":
      "What is the one change in your mentee's digital habits you are most proud of? How could it last beyond the program?",
    "rhythm.prompt.end.2":
      "The closing event is near: how will you and your mentee present your first successes? Share your ideas.",
    "rhythm.prompt.end.3": "What would you tell a new mentor before their first meeting with an executive?",
    "rhythm.prompt.end.4":
      "How will you end the tandem well? Do you plan to stay in touch, and in what form?",
    "rhythm.prompt.end.5":
      "What did mentoring an executive teach you about yourself, your career or your company?",
    "rhythm.prompt.end.6":
      "What should the program change for the next round: topics, meeting rhythm, events, support? Share one idea.",
    "plan.button.open": "Action plan",
    "plan.button.edit": "Edit plan",
    "plan.button.add_goal": "Add a goal",
    "plan.modal.title": "Action plan",
    "plan.modal.intro":
      "One to three goals for your tandem: one is enough to start, *Add a goal* adds the next. A goal only needs its text; the rest is optional. Target dates lie between today and the end of the program ({end}). The plan is pinned in your channel and updates when you change it or report progress in a check-in.",
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
      "The goals of {mentor} and {mentee}. Change them with the buttons below; check-ins ask how each goal is going, and this message shows it.",
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
    "event.field.name_de": "Name in German",
    "event.field.name_en": "Name in English",
    "event.field.name_hint":
      "Left empty, people read “Kickoff”, “World Café” or “Closing event” in their language. If you fill in one language only, everyone reads that one.",
    "event.field.description_de": "Description in German",
    "event.field.description_en": "Description in English",
    "event.field.description_hint":
      "Everyone reads the description in their language; if you write only one, everyone reads that one.",
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
      "*{name}* is scheduled. Invitations with an RSVP are on their way to {count, plural, one {# participant} other {# participants}}.",
    "event.saved.cafe":
      "The tables are planned from everyone who said yes once answers close on {date}, and sent to them. If answers change until the event, the tables are planned again and whoever changes table is told.",
    "event.saved.cafe_soon":
      "The tables are planned from everyone who said yes shortly before the event, and sent to them. If answers change until the event, the tables are planned again and whoever changes table is told.",
    "event.fact.when": "*When:* {when}",
    "event.fact.place": "*Where:* {place}",
    "event.announce.intro": "You are invited: *{name}*, part of {program}.",
    "event.announce.intro_waiting":
      "You are invited: *{name}*, part of {program}. You are still on the waiting list, and you are welcome all the same: a good way to get to know the others and the program.",
    "event.announce.fallback": "Invitation: {name}, {when}",
    "event.announce.cafe_one_round":
      "At the World Café you sit at a small table with mentors and executives of other tandems.",
    "event.announce.cafe_one_change":
      "At the World Café you sit at small tables with mentors and executives of other tandems, in 2 rounds: after the first you change tables once.",
    "event.announce.cafe_changes":
      "At the World Café you sit at small tables with mentors and executives of other tandems, in {rounds, plural, one {# round} other {# rounds}}: after each round but the last you change tables, {changes, plural, one {once} other {# times}} in all.",
    "event.announce.cafe_tables_on":
      "The tables are planned from everyone who said yes once answers close; you then get yours by direct message.",
    "event.announce.cafe_tables_soon":
      "The tables are planned from everyone who said yes; you get yours by direct message before the event.",
    "event.rsvp.question": "Will you be there?",
    "event.rsvp.question_by": "Will you be there? Please answer by {date}.",
    "event.rsvp.going": "I'm going",
    "event.rsvp.not_going": "I can't make it",
    "event.rsvp.not_going_after_all": "I can't make it after all",
    "event.rsvp.answer_going": "✅ You're going. Changed your mind? Just click the other button.",
    "event.rsvp.answer_not_going":
      "You can't make it. Thanks for letting us know; you can still change your answer.",
    "event.rsvp.gone": "This event was cancelled or no longer exists.",
    "event.rsvp.not_invited": "This invitation is not for you.",
    "event.reminder.week": "Reminder, one week to go: *{name}*. We have no answer from you yet.",
    "event.reminder.day": "Reminder for tomorrow: *{name}*. We have no answer from you yet.",
    "event.reminder.days":
      "Reminder, {days, plural, one {# day} other {# days}} to go: *{name}*. We have no answer from you yet.",
    "event.reminder.going_week":
      "You said yes, and it is one week to go: *{name}*. Here are the details once more.",
    "event.reminder.going_day": "You said yes, and it is tomorrow: *{name}*. Here are the details once more.",
    "event.reminder.going_days":
      "You said yes, and it is {days, plural, one {# day} other {# days}} to go: *{name}*. Here are the details once more.",
    "event.reminder.going_change": "Something came up? Let us know, so that your seat goes to someone else:",
    "event.reminder.tables": "*Your tables*",
    "event.cafe.preview_title": "Tables so far (preview)",
    "event.cafe.planned_title": "Tables (sent)",
    "event.cafe.preview_note":
      "A preview from the people who have said yes so far. The tables are planned for real when answers close, and sent to everyone seated.",
    "event.cafe.planned_note":
      "Everyone seated has their tables. When answers change until the event, the tables are planned again and whoever changes table is told.",
    "event.cafe.show": "Show tables",
    "event.cafe.show_again": "Show again",
    "event.cafe.summary":
      "{people, plural, one {# person} other {# people}}, {rounds, plural, one {# round} other {# rounds}}, tables of {size}. Tandem partners never share a table, and as few people as possible meet twice.",
    "event.cafe.nobody": "Nobody to seat yet: the tables are planned from the people who said yes.",
    "event.cafe.round": "*Round {n}*",
    "event.cafe.table": "Table {n}: {people}",
    "event.tables.title": "Your tables: {name}",
    "event.tables.intro": "Your tables at *{name}* on {when}:",
    "event.tables.changed":
      "Some answers changed, so the tables of *{name}* on {when} were planned again. Your tables now:",
    "event.tables.round": "Round {n}: table {table}, with {people}",
    "event.tables.fallback": "Your tables at {name} on {when}",
    "event.tables.changed_fallback": "Your new tables at {name} on {when}",
    "event.tables.cancel_hint":
      "Can't make it after all? Change your answer in the invitation, so that your seat goes to someone else.",
    "event.list.title": "Events",
    "event.list.none": "No events are scheduled yet. Schedule one with `/mentoring event`.",
    "event.list.past": "(past)",
    "event.list.more": "…and {count} more events not shown here.",
    "event.list.counts": "✅ {going} going · ❌ {notGoing} can't make it · {open} no answer yet",
    "rhythm.checkin.status.none": "{user}: no answer yet",
    "rhythm.checkin.status.yes": "{user}: ✅ met",
    "rhythm.checkin.status.not_yet": "{user}: ⏳ not yet",
    "rhythm.checkin.status.help": "{user}: 🆘 asked for help",
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
    "rhythm.help.choice.text": "Who should know that you are asking for help?",
    "rhythm.help.choice.shared": "Both of us: show it here",
    "rhythm.help.choice.private": "Only the program managers",
    "rhythm.help.choice.hint":
      "Only you see this. *Show it here:* the check-in shows that you asked, {partner} sees it, and the program managers are told. *Only the program managers:* they get in touch with you; {partner} is not told, and the check-in stays as it is.",
    "rhythm.help.private_ack":
      "🔒 Only the program managers were told; {partner} sees nothing of it. One of them will get in touch with you soon.",
    "rhythm.alert.help_private":
      "🔒 *{user} asked privately for help* with their tandem with {partner}. {partner} has not been told: please get in touch with {user} directly, not in the tandem's channel.",
    "rhythm.alert.fallback_help_private": "Someone asked privately for help with their tandem",
    "rhythm.alert.claimed": "🙋 {user} is reaching out.",
    "rhythm.alert.resolved": "✅ Resolved by {user}.",
    "rhythm.alert.claimed_by_other": "{user} is already reaching out to this tandem.",
    "rhythm.alert.already_resolved": "This alert was already resolved.",
    "rhythm.alert.at_risk.title": "Tandems at risk",
    "rhythm.alert.at_risk.none": "No tandem is at risk right now.",
    "rhythm.alert.at_risk.help": "{channel} {mentor} and {mentee}: *asked for help*",
    "rhythm.alert.at_risk.stall":
      "{channel} {mentor} and {mentee}: no meeting for *{days, plural, one {# day} other {# days}}*",
    "rhythm.alert.at_risk.claimed": "{user} is reaching out",
    "rhythm.alert.at_risk.more": "…and {count} more",
    "rhythm.alert.at_risk.page": "Showing {from}–{to} of {total}.",
    "rhythm.page.next": "Next {count}",
    "rhythm.page.first": "Back to the first",
    "rhythm.pause.modal.title": "Pause tandem",
    "rhythm.pause.modal.submit": "Pause",
    "rhythm.pause.modal.intro":
      "No check-ins or reminders until the day you pick; the tandem resumes by itself on that day. To resume earlier, click *Resume now* under the pause notice in the channel.",
    "rhythm.pause.modal.until": "Pause until",
    "rhythm.pause.error.missing": "Pick the day the tandem resumes.",
    "rhythm.pause.error.past": "Pick a day after today.",
    "rhythm.pause.error.after_end": "Pick a day on or before the program's end ({end}).",
    "rhythm.pause.posted":
      "⏸️ {user} paused this tandem until {date}. No check-ins or reminders until then; it resumes by itself.",
    "rhythm.pause.resumed": "▶️ {user} resumed this tandem. Check-ins continue as usual.",
    "rhythm.pause.resume_now": "Resume now",
    "rhythm.pause.over":
      "▶️ Welcome back! The pause is over and check-ins continue as usual. Maybe pick a date for your next meeting now?",
    "rhythm.pause.not_paused": "This tandem is not paused.",
    "rhythm.pause.not_in_tandem": "Please type `/mentoring {command}` in your tandem's channel.",
    "rhythm.pause.not_allowed":
      "Only the members of this tandem or a program manager can pause or resume it.",
    "rhythm.pause.ended": "This tandem has ended.",
    "rhythm.rematch.modal.title": "Ask for a new match",
    "rhythm.rematch.modal.submit": "Send request",
    "rhythm.rematch.modal.intro":
      "If this tandem does not work for you, the program managers can end it and find you a new partner. *Your request is confidential:* {partner} is not told about it.",
    "rhythm.rematch.modal.reason": "Anything the program managers should know? (confidential)",
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
      "🔒 *Confidential request for a new match.* {user} asks to end their tandem with {partner} ({channel}) and be matched again. The partner has not been told.",
    "rhythm.rematch.pm.reason": "*Reason:* {reason}",
    "rhythm.rematch.pm.no_reason": "_No reason given._",
    "rhythm.rematch.button.approve": "Approve rematch",
    "rhythm.rematch.button.decline": "Decline",
    "rhythm.rematch.pm.approved":
      "✅ Approved by {user}. The channel is archived; each of the two is paired with someone on the waiting list who fits, or waits there until someone does.",
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
      "Zeit für einen Check-in, {mentor} und {mentee}: Habt ihr euch seit dem letzten Check-in getroffen?",
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
      "{mentor} {mentee}, eine freundliche Erinnerung: Dieser Check-in ist noch offen. Wenn ihr euch getroffen habt, genügt ein Klick oben. Wenn nicht: Wie wäre es, das nächste Treffen gleich in den Kalender zu legen? Auch eine halbe Stunde zu einer konkreten Frage hilft.",
    "rhythm.nudge.thread_fallback": "Eine freundliche Erinnerung: Dieser Check-in ist noch offen.",
    "rhythm.alert.history":
      "Seit dem {date} kein Treffen gemeldet. Check-ins seitdem ohne gemeldetes Treffen: {count}.",
    "rhythm.alert.history_never":
      "Kein Treffen gemeldet, seit das Tandem am {date} gestartet ist. Check-ins ohne gemeldetes Treffen: {count}.",
    "rhythm.checkin.yes": "Ja, wir haben uns getroffen",
    "rhythm.checkin.not_yet": "Noch nicht",
    "rhythm.checkin.help": "Wir brauchen Hilfe",
    "rhythm.nudge.text":
      "Hallo {mentor} und {mentee} 👋 Seit {days, plural, one {# Tag} other {# Tagen}} wurde kein Treffen gemeldet. Wie wäre es, das nächste gleich in den Kalender zu legen? Wenig Zeit? Eine halbe Stunde zu einer konkreten Frage funktioniert auch gut.",
    "rhythm.nudge.hint":
      "Gerade viel los? Mit *Check-ins pausieren* ruhen sie bis zu einem Datum. Läuft etwas nicht rund? Die Programmleitung hilft gern.",
    "rhythm.nudge.pause": "Check-ins pausieren",
    "rhythm.nudge.fallback":
      "Seit {days, plural, one {# Tag} other {# Tagen}} kein Treffen gemeldet: Zeit, das nächste zu planen?",
    "rhythm.circle.header": "Mentor:innen-Runde · {phase}",
    "rhythm.circle.reply": "Teilt eure Erfahrungen im Thread und antwortet einander.",
    "rhythm.circle.waiting":
      "Du wartest noch auf dein Tandem? Mach trotzdem mit: Teile, wie du es angehen würdest, oder frag die, die schon eine Führungskraft begleiten.",
    "rhythm.circle.fallback": "Mentor:innen-Runde: {prompt}",
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
    "rhythm.schedule.group.circle": "*Mentor:innen-Runde*",
    "rhythm.schedule.group.reminders": "*Erinnerungen an Veranstaltungen*",
    "rhythm.schedule.more": "…und {count} weitere, die letzte am {date}.",
    "rhythm.schedule.page": "{from}–{to} von {total}.",
    "rhythm.schedule.earlier": "Früher",
    "rhythm.schedule.later": "Später ({count})",
    "rhythm.schedule.line": "*{when}* · {what}",
    "rhythm.schedule.item.checkin": "Check-in #{period} · {mentor} & {mentee}",
    "rhythm.schedule.item.nudge": "Erinnerung · {mentor} & {mentee}, kein Treffen seit {since}",
    "rhythm.schedule.item.alert_stall":
      "Hinweis an die Programmleitung · {mentor} & {mentee}, kein Treffen seit {since}",
    "rhythm.schedule.item.alert_help": "Hinweis an die Programmleitung · {mentor} & {mentee} bitten um Hilfe",
    "rhythm.schedule.item.circle": "Impuls #{number} · {phase} ({source})",
    "rhythm.schedule.item.reminder_7d": "{kind} in einer Woche ({when})",
    "rhythm.schedule.item.reminder_1d": "{kind} am Vortag ({when})",
    "rhythm.schedule.source.custom": "euer Impuls",
    "rhythm.schedule.source.library": "aus der Bibliothek",
    "rhythm.schedule.status.pending": "fällig",
    "rhythm.schedule.status.sent": "✅ gesendet",
    "rhythm.schedule.status.never": "nach Programmende: wird nicht gesendet",
    "rhythm.schedule.no_circle": "Impulse beginnen, sobald der Kanal der Mentor:innen-Runde existiert.",
    "rhythm.schedule.send_now": "Jetzt senden",
    "rhythm.schedule.confirm.title": "Jetzt senden?",
    "rhythm.schedule.confirm.text":
      "Die Nachricht geht sofort raus, auch außerhalb der Arbeitszeiten, und nicht noch einmal zum geplanten Zeitpunkt.",
    "rhythm.schedule.add_prompt": "Impuls hinzufügen",
    "rhythm.schedule.list_prompts": "Eure Impulse",
    "rhythm.schedule.result.sent":
      "✅ Jetzt gesendet: {what}. Was die Programmleitung sendet, geht sofort raus, auch außerhalb der Arbeitszeiten; der Zeitplan sendet es nicht noch einmal.",
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
      "Bitte um Erfolgsgeschichten für die Abschlussveranstaltung · {count, plural, one {# Tandem-Kanal} other {# Tandem-Kanäle}}",
    "rhythm.schedule.closing.successes_sent": "Bitte um Erfolgsgeschichten für die Abschlussveranstaltung",
    "rhythm.schedule.closing.showcase":
      "Abschlussveranstaltung: Die Erfolge, deren Teilen beide zugestimmt haben, werden gezeigt",
    "rhythm.schedule.closing.end":
      "Das Programm endet: ein Dankeschön in den Tandem-Kanälen, die Tandems enden, das Programm wird abgeschlossen",
    "rhythm.schedule.closing.archive": "Tandem-Kanäle werden archiviert",
    "rhythm.schedule.closing.keep": "Tandem-Kanäle bleiben erhalten (nicht archiviert)",
    "rhythm.schedule.closing.erase":
      "Personenbezogene Daten des Programms werden gelöscht (die Programmleitung erfährt es am {notice})",
    "rhythm.schedule.closing.automatic":
      "_Das läuft von selbst. Evaluationen beginnen an ihren Terminen (*Termine ändern*); der Showcase wartet auf die Abschlussveranstaltung; Ende, Archivierung und Löschung lassen sich nicht rückgängig machen (`/mentoring closing`)._",
    "rhythm.prompt.modal.title": "Impuls",
    "rhythm.prompt.modal.intro":
      "Eure eigene Frage für die Mentor:innen-Runde. In jeder Phase kommen die eigenen Impulse des Programms zuerst (die ältesten zuerst), dann die der Bibliothek.",
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
    "rhythm.prompt.saved.when": "Er wird am {date} in der Mentor:innen-Runde gepostet.",
    "rhythm.prompt.saved.not_reached":
      "In diesem Programm bleibt für ihn kein Impuls dieser Phase mehr übrig: Die Phase ist vorbei, oder früher gespeicherte eigene Impulse belegen die restlichen. Entferne einen älteren eigenen Impuls dieser Phase (`/mentoring prompt list`), damit er nachrückt.",
    "rhythm.prompt.usage":
      "`/mentoring prompt add` fügt einen Impuls für die Mentor:innen-Runde hinzu; `/mentoring prompt list` zeigt eure.",
    "rhythm.prompt.list.title": "*Die eigenen Impulse des Programms für die Mentor:innen-Runde*",
    "rhythm.prompt.list.empty": "Noch keine eigenen Impulse. `/mentoring prompt add` fügt einen hinzu.",
    "rhythm.prompt.list.item": "*{phase}* · {text}",
    "rhythm.prompt.list.more": "…und {count} weitere, die hier nicht gezeigt werden.",
    "rhythm.prompt.remove": "Entfernen",
    "rhythm.prompt.removed": "Der Impuls wurde entfernt.",
    "rhythm.alert.stall":
      "*{mentor}* und *{mentee}* haben seit {days, plural, one {# Tag} other {# Tagen}} kein Treffen gemeldet.",
    "rhythm.alert.help": "*{mentor}* und *{mentee}* bitten um Hilfe.",
    "rhythm.alert.channel": "Tandem-Kanal: {channel}",
    "rhythm.alert.hint": "Das Tandem steht auch auf der Liste *gefährdet* im Home-Tab der App.",
    "rhythm.alert.fallback_stall":
      "Ein Tandem hat seit {days, plural, one {# Tag} other {# Tagen}} kein Treffen gemeldet",
    "rhythm.alert.fallback_help": "Ein Tandem bittet um Hilfe",
    "rhythm.alert.claim": "Ich kümmere mich",
    "rhythm.alert.resolve": "Erledigt",
    "rhythm.alert.pause": "Tandem pausieren",
    "rhythm.prompt.start.1":
      "Wie lief euer erstes Treffen? Teilt eine Sache, die euch geholfen hat, mit eurem Mentee ins Gespräch zu kommen.",
    "rhythm.prompt.start.2":
      "Wie habt ihr herausgefunden, was euer Mentee wirklich lernen möchte? Welche Frage hat das Gespräch am besten geöffnet?",
    "rhythm.prompt.start.3":
      "Jemanden zu begleiten, der in der Hierarchie weit über euch steht, kann sich seltsam anfühlen. Was hilft euch, offen zu sprechen und die Treffen zu leiten?",
    "rhythm.prompt.start.4":
      "Wie vereinbart ihr mit eurem Mentee Termine, Format und Vertraulichkeit? Teilt, worauf ihr euch geeinigt habt.",
    "rhythm.prompt.start.5":
      "Welche kleine, praktische Übung (ein Tool, eine App, eine Funktion) würdet ihr in den ersten Wochen ausprobieren? Teilt eure Ideen.",
    "rhythm.prompt.start.6":
      "Was möchtet ihr von eurem Mentee über Führung und Strategie lernen? Wie könntet ihr danach fragen?",
    "rhythm.prompt.middle.1":
      "Halbzeit: Was macht euer Mentee schon anders als vorher? Teilt einen kleinen Erfolg.",
    "rhythm.prompt.middle.2":
      "Treffen verschoben oder abgesagt? Wie haltet ihr den Rhythmus, wenn der Kalender eures Mentees voll ist?",
    "rhythm.prompt.middle.3":
      "Welche Erklärung oder Demo hat bisher am besten funktioniert, und welche nicht? Was würdet ihr beim nächsten Mal ändern?",
    "rhythm.prompt.middle.4":
      "Wie gebt ihr eurem Mentee ehrliches Feedback, zum Beispiel dazu, wie er oder sie digitale Werkzeuge mit dem eigenen Team nutzt?",
    "rhythm.prompt.middle.5":
      "Was habt ihr bisher von eurem Mentee über Führung oder Entscheidungen gelernt?",
    "rhythm.prompt.middle.6":
      "Passt euer Aktionsplan noch? Teilt, wie ihr Ziele anpasst, die sich als zu groß oder zu klein herausgestellt haben.",
    "rhythm.prompt.end.1":
      "Auf welche Veränderung in den digitalen Gewohnheiten eures Mentees seid ihr am meisten stolz? Wie kann sie über das Programm hinaus bleiben?",
    "rhythm.prompt.end.2":
      "Die Abschlussveranstaltung naht: Wie wollt ihr gemeinsam mit eurem Mentee eure ersten Erfolge vorstellen? Teilt eure Ideen.",
    "rhythm.prompt.end.3":
      "Was würdet ihr neuen Mentor:innen vor ihrem ersten Treffen mit einer Führungskraft raten?",
    "rhythm.prompt.end.4":
      "Wie wollt ihr das Tandem gut abschließen? Bleibt ihr in Kontakt, und in welcher Form?",
    "rhythm.prompt.end.5":
      "Was hat euch das Mentoring einer Führungskraft über euch selbst, eure Laufbahn oder euer Unternehmen gezeigt?",
    "rhythm.prompt.end.6":
      "Was sollte das Programm in der nächsten Runde ändern: Themen, Rhythmus der Treffen, Veranstaltungen, Unterstützung? Teilt eine Idee.",
    "plan.button.open": "Aktionsplan",
    "plan.button.edit": "Plan bearbeiten",
    "plan.button.add_goal": "Ziel hinzufügen",
    "plan.modal.title": "Aktionsplan",
    "plan.modal.intro":
      "Ein bis drei Ziele für euer Tandem: Eines reicht für den Anfang, *Ziel hinzufügen* fügt das nächste hinzu. Ein Ziel braucht nur seinen Text, der Rest ist freiwillig. Zieltermine liegen zwischen heute und dem Programmende ({end}). Der Plan wird in eurem Kanal angeheftet und aktualisiert, wenn ihr ihn ändert oder in einem Check-in Fortschritt meldet.",
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
      "Jemand aus eurem Tandem hat den Plan inzwischen geändert. Schließt dieses Fenster und öffnet den Plan neu, um die Änderungen zu sehen.",
    "plan.error.not_tandem_channel":
      "Der Aktionsplan gehört zu einem Tandem. Gib `/mentoring plan` in deinem Tandem-Kanal ein.",
    "plan.error.not_tandem_channel_yours":
      "Der Aktionsplan gehört zu deinem Tandem. Gib `/mentoring plan` in {channel} ein.",
    "plan.error.not_member":
      "Nur die beiden Mitglieder dieses Tandems und die Programmleitung können den Aktionsplan öffnen.",
    "plan.error.gone": "Dieses Tandem ist beendet; sein Aktionsplan kann nicht mehr geändert werden.",
    "plan.message.title": "Unser Aktionsplan",
    "plan.message.fallback": "Aktionsplan von {mentor} und {mentee}",
    "plan.message.intro":
      "Die Ziele von {mentor} und {mentee}. Ändern mit den Buttons unten; die Check-ins fragen, wie es bei jedem Ziel vorangeht, und diese Nachricht zeigt es.",
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
    "event.field.name_de": "Name auf Deutsch",
    "event.field.name_en": "Name auf Englisch",
    "event.field.name_hint":
      "Bleiben beide Felder leer, lesen alle „Auftaktveranstaltung“, „World Café“ oder „Abschlussveranstaltung“ in ihrer Sprache. Wenn du nur eines ausfüllst, lesen alle diesen Namen.",
    "event.field.description_de": "Beschreibung auf Deutsch",
    "event.field.description_en": "Beschreibung auf Englisch",
    "event.field.description_hint":
      "Alle lesen die Beschreibung in ihrer Sprache; wenn du nur eine schreibst, lesen alle diese.",
    "event.field.rounds": "Runden (nur World Café)",
    "event.field.rounds_hint":
      "Zwischen den Runden wechseln alle den Tisch. Tische zu 4 bis 6 Personen mischen Mentor:innen und Führungskräfte.",
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
      "*{name}* ist geplant. Einladungen mit Zu- oder Absage gehen an {count, plural, one {# Person} other {# Personen}}.",
    "event.saved.cafe":
      "Die Tische werden nach dem Anmeldeschluss am {date} aus allen Zusagen geplant und an alle geschickt, die zugesagt haben. Ändern sich Antworten bis zur Veranstaltung, werden die Tische neu geplant, und wer den Tisch wechselt, erfährt es.",
    "event.saved.cafe_soon":
      "Die Tische werden kurz vor der Veranstaltung aus allen Zusagen geplant und an alle geschickt, die zugesagt haben. Ändern sich Antworten bis zur Veranstaltung, werden die Tische neu geplant, und wer den Tisch wechselt, erfährt es.",
    "event.fact.when": "*Wann:* {when}",
    "event.fact.place": "*Wo:* {place}",
    "event.announce.intro": "Herzliche Einladung: *{name}* im Programm {program}.",
    "event.announce.intro_waiting":
      "Herzliche Einladung zur Veranstaltung *{name}* im Programm {program}. Auch ohne Tandem bist du herzlich willkommen: So lernst du die anderen und das Programm kennen.",
    "event.announce.fallback": "Einladung: {name}, {when}",
    "event.announce.cafe_one_round":
      "Beim World Café sitzt du an einem kleinen Tisch mit Mentor:innen und Führungskräften anderer Tandems.",
    "event.announce.cafe_one_change":
      "Beim World Café sitzt du in 2 Runden an kleinen Tischen mit Mentor:innen und Führungskräften anderer Tandems: Nach der ersten Runde wechselst du einmal den Tisch.",
    "event.announce.cafe_changes":
      "Beim World Café sitzt du in {rounds, plural, one {# Runde} other {# Runden}} an kleinen Tischen mit Mentor:innen und Führungskräften anderer Tandems: Nach jeder Runde außer der letzten wechselst du den Tisch, insgesamt {changes, plural, one {einmal} other {#-mal}}.",
    "event.announce.cafe_tables_on":
      "Die Tische werden nach dem Anmeldeschluss aus allen Zusagen geplant; deine bekommst du dann per Direktnachricht.",
    "event.announce.cafe_tables_soon":
      "Die Tische werden aus allen Zusagen geplant; deine bekommst du vor der Veranstaltung per Direktnachricht.",
    "event.rsvp.question": "Bist du dabei?",
    "event.rsvp.question_by": "Bist du dabei? Bitte antworte bis {date}.",
    "event.rsvp.going": "Ich komme",
    "event.rsvp.not_going": "Ich kann nicht",
    "event.rsvp.not_going_after_all": "Ich kann doch nicht",
    "event.rsvp.answer_going":
      "✅ Du bist dabei. Doch anders entschieden? Klick einfach auf den anderen Button.",
    "event.rsvp.answer_not_going":
      "Du kannst nicht kommen. Danke für die Rückmeldung; du kannst deine Antwort noch ändern.",
    "event.rsvp.gone": "Diese Veranstaltung wurde abgesagt oder existiert nicht mehr.",
    "event.rsvp.not_invited": "Diese Einladung ist nicht für dich.",
    "event.reminder.week": "Erinnerung, noch eine Woche: *{name}*. Von dir haben wir noch keine Antwort.",
    "event.reminder.day": "Erinnerung für morgen: *{name}*. Von dir haben wir noch keine Antwort.",
    "event.reminder.days":
      "Erinnerung, noch {days, plural, one {# Tag} other {# Tage}}: *{name}*. Von dir haben wir noch keine Antwort.",
    "event.reminder.going_week":
      "Du hast zugesagt, in einer Woche ist es so weit: *{name}*. Hier noch einmal alles Wichtige.",
    "event.reminder.going_day":
      "Du hast zugesagt, morgen ist es so weit: *{name}*. Hier noch einmal alles Wichtige.",
    "event.reminder.going_days":
      "Du hast zugesagt, in {days, plural, one {# Tag} other {# Tagen}} ist es so weit: *{name}*. Hier noch einmal alles Wichtige.",
    "event.reminder.going_change":
      "Doch etwas dazwischengekommen? Sag kurz Bescheid, damit dein Platz frei wird:",
    "event.reminder.tables": "*Deine Tische*",
    "event.cafe.preview_title": "Tische bisher (Vorschau)",
    "event.cafe.planned_title": "Tische (verschickt)",
    "event.cafe.preview_note":
      "Eine Vorschau aus den bisherigen Zusagen. Richtig geplant werden die Tische nach dem Anmeldeschluss; dann bekommen alle, die zugesagt haben, ihre Tische.",
    "event.cafe.planned_note":
      "Alle, die zugesagt haben, haben ihre Tische. Ändern sich Antworten bis zur Veranstaltung, werden die Tische neu geplant, und wer den Tisch wechselt, erfährt es.",
    "event.cafe.show": "Tische zeigen",
    "event.cafe.show_again": "Erneut zeigen",
    "event.cafe.summary":
      "{people, plural, one {# Person} other {# Personen}}, {rounds, plural, one {# Runde} other {# Runden}}, Tische zu {size}. Die beiden Personen eines Tandems sitzen nie am selben Tisch, und möglichst wenige begegnen sich zweimal.",
    "event.cafe.nobody": "Noch niemand zu setzen: Die Tische werden aus den Zusagen geplant.",
    "event.cafe.round": "*Runde {n}*",
    "event.cafe.table": "Tisch {n}: {people}",
    "event.tables.title": "Deine Tische: {name}",
    "event.tables.intro": "Deine Tische bei der Veranstaltung *{name}* am {when}:",
    "event.tables.changed":
      "Einige Antworten haben sich geändert, deshalb wurden die Tische für die Veranstaltung *{name}* am {when} neu geplant. Deine Tische jetzt:",
    "event.tables.round": "Runde {n}: Tisch {table}, mit {people}",
    "event.tables.fallback": "Deine Tische bei der Veranstaltung {name} am {when}",
    "event.tables.changed_fallback": "Deine neuen Tische bei der Veranstaltung {name} am {when}",
    "event.tables.cancel_hint":
      "Kannst du doch nicht? Ändere deine Antwort in der Einladung, damit dein Platz frei wird.",
    "event.list.title": "Veranstaltungen",
    "event.list.none": "Noch keine Veranstaltungen geplant. Plane eine mit `/mentoring event`.",
    "event.list.past": "(vorbei)",
    "event.list.more": "…und {count} weitere Veranstaltungen, die hier nicht gezeigt werden.",
    "event.list.counts": "✅ {going} kommen · ❌ {notGoing} können nicht · {open} noch ohne Antwort",
    "rhythm.checkin.status.none": "{user}: noch keine Antwort",
    "rhythm.checkin.status.yes": "{user}: ✅ getroffen",
    "rhythm.checkin.status.not_yet": "{user}: ⏳ noch nicht",
    "rhythm.checkin.status.help": "{user}: 🆘 bittet um Hilfe",
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
      "Danke, dass ihr Bescheid gebt. Die Programmleitung ist informiert und meldet sich bald bei euch.",
    "rhythm.help.choice.text": "Wer soll erfahren, dass du um Hilfe bittest?",
    "rhythm.help.choice.shared": "Wir beide: hier zeigen",
    "rhythm.help.choice.private": "Nur die Programmleitung",
    "rhythm.help.choice.hint":
      "Nur du siehst diese Nachricht. *Hier zeigen:* Der Check-in zeigt, dass du um Hilfe gebeten hast, {partner} sieht es, und die Programmleitung wird informiert. *Nur die Programmleitung:* Jemand aus der Programmleitung meldet sich bei dir; {partner} erfährt nichts davon, und der Check-in bleibt, wie er ist.",
    "rhythm.help.private_ack":
      "🔒 Nur die Programmleitung wurde informiert; {partner} sieht nichts davon. Jemand aus der Programmleitung meldet sich bald bei dir.",
    "rhythm.alert.help_private":
      "🔒 *{user} bittet vertraulich um Hilfe* im Tandem mit {partner}. {partner} weiß nichts davon: Bitte melde dich direkt bei {user}, nicht im Kanal des Tandems.",
    "rhythm.alert.fallback_help_private": "Jemand bittet vertraulich um Hilfe im Tandem",
    "rhythm.alert.claimed": "🙋 {user} meldet sich beim Tandem.",
    "rhythm.alert.resolved": "✅ Erledigt von {user}.",
    "rhythm.alert.claimed_by_other": "{user} meldet sich bereits bei diesem Tandem.",
    "rhythm.alert.already_resolved": "Dieser Alarm ist bereits erledigt.",
    "rhythm.alert.at_risk.title": "Gefährdete Tandems",
    "rhythm.alert.at_risk.none": "Zurzeit ist kein Tandem gefährdet.",
    "rhythm.alert.at_risk.help": "{channel} {mentor} und {mentee}: *bitten um Hilfe*",
    "rhythm.alert.at_risk.stall":
      "{channel} {mentor} und {mentee}: seit *{days, plural, one {# Tag} other {# Tagen}}* kein Treffen",
    "rhythm.alert.at_risk.claimed": "{user} meldet sich",
    "rhythm.alert.at_risk.more": "…und {count} weitere",
    "rhythm.alert.at_risk.page": "{from}–{to} von {total}.",
    "rhythm.page.next": "Nächste {count}",
    "rhythm.page.first": "Zurück zum Anfang",
    "rhythm.pause.modal.title": "Tandem pausieren",
    "rhythm.pause.modal.submit": "Pausieren",
    "rhythm.pause.modal.intro":
      "Bis zum gewählten Tag gibt es keine Check-ins und Erinnerungen; an diesem Tag geht das Tandem von selbst weiter. Um früher weiterzumachen, klick im Kanal unter dem Hinweis zur Pause auf *Jetzt fortsetzen*.",
    "rhythm.pause.modal.until": "Pausieren bis",
    "rhythm.pause.error.missing": "Wähle den Tag, an dem es weitergeht.",
    "rhythm.pause.error.past": "Wähle einen Tag nach heute.",
    "rhythm.pause.error.after_end": "Wähle einen Tag bis spätestens zum Programmende ({end}).",
    "rhythm.pause.posted":
      "⏸️ {user} hat dieses Tandem bis zum {date} pausiert. Bis dahin gibt es keine Check-ins und Erinnerungen; danach geht es von selbst weiter.",
    "rhythm.pause.resume_now": "Jetzt fortsetzen",
    "rhythm.pause.resumed": "▶️ {user} hat die Pause beendet. Die Check-ins gehen wie gewohnt weiter.",
    "rhythm.pause.over":
      "▶️ Willkommen zurück! Die Pause ist vorbei, und die Check-ins gehen wie gewohnt weiter. Vielleicht legt ihr gleich einen Termin für euer nächstes Treffen fest?",
    "rhythm.pause.not_paused": "Dieses Tandem ist nicht pausiert.",
    "rhythm.pause.not_in_tandem": "Bitte tippe `/mentoring {command}` im Kanal deines Tandems.",
    "rhythm.pause.not_allowed":
      "Nur die Mitglieder dieses Tandems oder die Programmleitung können es pausieren oder fortsetzen.",
    "rhythm.pause.ended": "Dieses Tandem ist beendet.",
    "rhythm.rematch.modal.title": "Neue Zuordnung",
    "rhythm.rematch.modal.submit": "Anfrage senden",
    "rhythm.rematch.modal.intro":
      "Wenn dieses Tandem für dich nicht passt, kann die Programmleitung es beenden und ein neues Tandem für dich suchen. *Deine Anfrage ist vertraulich:* {partner} erfährt nichts davon.",
    "rhythm.rematch.modal.reason": "Was sollte die Programmleitung wissen? (vertraulich)",
    "rhythm.rematch.home.text":
      "Euer Tandem passt nicht? Du kannst die Programmleitung vertraulich um ein neues Tandem bitten.",
    "rhythm.rematch.home.button": "Neue Zuordnung erbitten",
    "rhythm.rematch.sent.title": "Anfrage gesendet",
    "rhythm.rematch.sent.text":
      "Danke. Die Programmleitung sieht sich deine Anfrage an und meldet sich bei dir. Deinem Gegenüber wurde nichts gesagt.",
    "rhythm.rematch.not_member":
      "Nur die beiden Mitglieder eines Tandems können um eine neue Zuordnung bitten. Bitte tippe `/mentoring rematch` im Kanal deines Tandems.",
    "rhythm.rematch.pm.fallback": "Vertraulich: Bitte um eine neue Zuordnung",
    "rhythm.rematch.pm.text":
      "🔒 *Vertrauliche Bitte um eine neue Zuordnung.* {user} möchte das Tandem mit {partner} ({channel}) beenden und neu zugeordnet werden. Das Gegenüber weiß davon nichts.",
    "rhythm.rematch.pm.reason": "*Grund:* {reason}",
    "rhythm.rematch.pm.no_reason": "_Kein Grund angegeben._",
    "rhythm.rematch.button.approve": "Neu zuordnen",
    "rhythm.rematch.button.decline": "Ablehnen",
    "rhythm.rematch.pm.approved":
      "✅ Genehmigt von {user}. Der Kanal ist archiviert; beide bekommen jemand Passendes von der Warteliste oder warten dort, bis jemand frei wird.",
    "rhythm.rematch.pm.declined": "Abgelehnt von {user}. {requester} wurde informiert.",
    "rhythm.rematch.already_decided": "Über diese Anfrage wurde bereits entschieden.",
    "rhythm.rematch.result.paired": "Neue Tandems, die gestartet werden: {count}.",
    "rhythm.rematch.result.none":
      "Zurzeit ist niemand Passendes frei. Beide warten auf die nächste Zuordnungsrunde (`/mentoring match`).",
    "rhythm.rematch.channel.ended":
      "Dieses Tandem ist beendet. Danke euch beiden für eure Zeit! Dieser Kanal wird archiviert.",
    "rhythm.rematch.dm.requester":
      "Die Programmleitung hat deine Anfrage genehmigt: Dein Tandem mit {partner} ist beendet und sein Kanal archiviert. Du stehst wieder auf der Warteliste, und wir sagen dir Bescheid, sobald es ein neues Tandem für dich gibt.",
    "rhythm.rematch.dm.partner":
      "Dein Tandem mit {partner} ist beendet und sein Kanal archiviert. Danke für die Zeit, die du investiert hast! Manchmal passt ein Paar nicht, und das ist niemandes Schuld. Du stehst wieder auf der Warteliste, und wir sagen dir Bescheid, sobald es ein neues Tandem für dich gibt.",
    "rhythm.rematch.dm.declined":
      "Zu deiner Bitte um eine neue Zuordnung: Die Programmleitung möchte dein Tandem mit {partner} im Moment lieber nicht beenden. {manager} meldet sich bei dir, um darüber zu sprechen. Danke, dass du das offen angesprochen hast.",
  },
});

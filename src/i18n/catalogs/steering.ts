import { defineCatalog } from "../define";

export const steering = defineCatalog({
  en: {
    "steering.wave.midterm": "Mid-term evaluation",
    "steering.wave.final": "Final evaluation",
    "steering.dm.invite.midterm":
      "*Mid-term evaluation · {program}*\nHalf of the program is behind you: how is your tandem going? A few short questions, about three minutes. Open until {until}.",
    "steering.dm.invite.final":
      "*Final evaluation · {program}*\nThe program is coming to its end: looking back, how was it? A few short questions, about three minutes. Open until {until}.",
    "steering.dm.reminder":
      "*Reminder · {wave}*\nThe questions about your tandem in *{program}* are still open, until {until}. Your answers shape the next cohort; it takes about three minutes.",
    "steering.dm.fallback": "{wave}: a few questions about your tandem",
    "steering.dm.button": "Answer the questions",
    "steering.dm.privacy":
      "The program managers see only figures over at least three people; your free text only if you agree, pooled and without your name.",
    "steering.modal.submit": "Save",
    "steering.modal.intro":
      "The program managers see your answers only as figures over at least three people. Free text appears only if you agree below, pooled and without your name. You can change your answers until {until}.",
    "steering.q.satisfaction": "How satisfied are you with your tandem?",
    "steering.q.satisfaction.1": "1 · Not at all",
    "steering.q.satisfaction.2": "2 · Not really",
    "steering.q.satisfaction.3": "3 · Partly",
    "steering.q.satisfaction.4": "4 · Satisfied",
    "steering.q.satisfaction.5": "5 · Very satisfied",
    "steering.q.meetings": "How many times have you met so far?",
    "steering.q.helps": "What helps you most?",
    "steering.q.change": "What should change?",
    "steering.q.learned": "What have you learned from the executive in your tandem?",
    "steering.q.again": "Would you take part again?",
    "steering.q.again.yes": "Yes",
    "steering.q.again.no": "No",
    "steering.q.again.unsure": "Not sure",
    "steering.q.ratings": "*Your competencies today.* Rate the same topics as at the start (1–5).",
    "steering.q.share": "Free text",
    "steering.q.share.option": "My free-text answers may appear in reports, pooled and without my name",
    "steering.q.share.hint":
      "Only when at least three people who agreed wrote something. Nobody sees who wrote what; program managers never see your answer with your name.",
    "steering.error.required": "Please answer this.",
    "steering.error.number": "Please enter a whole number from 0 to 100.",
    "steering.error.too_long": "At most 1000 characters, please.",
    "steering.saved":
      "✅ Thank you! Your answers are saved ({wave}). You can change them until {until} with the button in the message.",
    "steering.closed":
      "This evaluation has closed ({until}). Thank you! Answers can no longer be given or changed.",
    "steering.not_open": "This evaluation opens on {date}.",
    "steering.not_participant": "This evaluation is for the members of the program's tandems.",
    "steering.schedule.title": "*Evaluation waves*",
    "steering.schedule.line": "• {wave}: *{date}*, open until {until} · {phase} ({source})",
    "steering.schedule.derived": "from the program's dates",
    "steering.schedule.set": "set by a program manager",
    "steering.schedule.window":
      "Everyone in a running or paused tandem gets a direct message in their working hours, and at most two reminders (after 4 and 9 days) until they answer.",
    "steering.phase.upcoming": "upcoming",
    "steering.phase.open": "open",
    "steering.phase.closed": "closed",
    "steering.schedule.change": "Change dates",
    "steering.waves.title": "Evaluation dates",
    "steering.waves.midterm": "Mid-term evaluation",
    "steering.waves.midterm_hint": "Empty: halfway through the program ({date}).",
    "steering.waves.final": "Final evaluation",
    "steering.waves.final_hint": "Empty: the program's end date ({date}).",
    "steering.waves.window": "Days open for answers",
    "steering.waves.window_hint":
      "Answers can be given and changed this many days after the date (default 14).",
    "steering.waves.error.invalid_date": "Please pick a date.",
    "steering.waves.error.order_midterm": "Pick a date after the program's start and before its end.",
    "steering.waves.error.order_final": "Pick a date after the mid-term evaluation.",
    "steering.waves.error.window": "A whole number from 1 to 60, please.",
    "steering.waves.saved": "✅ Evaluation dates saved.",
    "steering.report.title": "Steering report",
    "steering.report.fallback": "Steering report for {program}",
    "steering.report.intro":
      "*{program}* · {people, plural, one {# person} other {# people}} in {tandems, plural, one {# tandem} other {# tandems}} over the whole program. Figures over fewer than 3 people are not shown; in a distribution, a level chosen by 1 or 2 people shows “<3”.",
    "steering.report.definitions":
      "How each figure is counted: the grey line under each part, and the *Definitions* sheet of the export (`/mentoring export`).",
    "steering.report.waves_def":
      "_Response rate: people who answered of the people asked in that wave, each person once. Satisfaction and “would take part again”: over the answers of that wave and role._",
    "steering.report.hidden": "_fewer than 3 answers_",
    "steering.report.waves": "*Evaluation waves*",
    "steering.report.wave_line": "*{wave}* · {date} to {until} · {phase}",
    "steering.report.role.mentor": "Mentors",
    "steering.report.role.mentee": "Executives",
    "steering.report.response": "{role}: {answered} of {invited} answered ({rate} %)",
    "steering.report.response_hidden": "{role}: response rate {hidden}",
    "steering.report.satisfaction":
      "{role}, satisfaction ({n, plural, one {# answer} other {# answers}}): median {median} · {dist}",
    "steering.report.satisfaction_hidden": "{role}, satisfaction: {hidden}",
    "steering.report.again":
      "{role}, would take part again ({n, plural, one {# answer} other {# answers}}): yes {yes} · no {no} · not sure {unsure}",
    "steering.report.complement_note": "_– hidden so that groups under 3 cannot be worked out_",
    "steering.report.tandems": "*Tandems over the whole program*",
    "steering.report.p.tandems":
      "Tandems launched: {tandems}, after a rematch: {rematches} · people: {people}, in more than one tandem: {several}",
    "steering.report.meetings":
      "Meetings reported: {meetings} in all · per tandem: median {median} (quartiles {q1}–{q3}) · tandems that met at least once: {met} of {tandems}",
    "steering.report.checkin_rate":
      "Check-ins: {answers} of {asked} answers given (check-in response rate {rate} %) · check-ins answered by at least one member: {answered} of {checkins} · people who answered at least one: {people} of {total}",
    "steering.report.p.alerts":
      "Stall alerts raised: {stalls} (tandems: {stalled}), resolved: {stallsResolved} · help requests: {help}, resolved: {helpResolved}",
    "steering.report.p.pauses": "Pauses started: {pauses} (tandems: {paused})",
    "steering.report.plan":
      "Tandems with an action plan: {count} of {total} · goals set: {goals}, done: {done}",
    "steering.report.tandem_hidden": "Tandem figures: {hidden}",
    "steering.report.tandems_def":
      "_Counted over the whole program, not at its end: every tandem launched (also one a rematch ended), every alert, pause and goal. A person in two tandems is one person. Check-in response rate: answers given of the answers asked, two per check-in (one per member)._",
    "steering.report.events": "*Events*",
    "steering.report.event_line":
      "{kind} · {date}: {invited} invited · {going} yes · {notGoing} no · {open} no answer",
    "steering.report.event_cancelled": "{kind} · {date}: cancelled",
    "steering.report.events_def":
      "_Invited: people the event was announced to. Yes and no: their last answer; no answer: the rest._",
    "steering.report.growth":
      "*Competency growth* (executives' self-assessment 1–5: median, quartiles; executives: {n})",
    "steering.report.growth_def":
      "_Per topic and phase over the executives who rated it then; – where fewer than 3 did._",
    "steering.report.growth_line": "{topic}: intake {intake} → mid-term {midterm} → final {final}",
    "steering.report.growth_hidden": "–",
    "steering.report.texts": "*In their own words* (pooled, without names, only from people who agreed)",
    "steering.report.text.helps": "What helps",
    "steering.report.text.change": "What should change",
    "steering.report.text.learned": "What mentors learned",
    "steering.report.text_head": "*{wave} · {question}* ({writers} answers)",
    "steering.report.text_more": "_…and {more} more: every answer in full in the export._",
    "steering.report.successes": "*First successes*",
    "steering.report.compare": "*Compared with the previous cohort*",
    "steering.report.cmp.this": "*This cohort* · {program}",
    "steering.report.cmp.previous": "*Previous cohort* · {program}",
    "steering.report.cmp.body":
      "People / tandems: {people} / {tandems}\nResponse rate mid-term: {rmid}\nResponse rate final: {rfinal}\nSatisfaction (median) mid-term: {smid}\nSatisfaction (median) final: {sfinal}\nMeetings per tandem (median): {meetings}\nCheck-in response rate: {checkins}\nTandems with an action plan: {plan}",
    "steering.report.cmp.of": "{value} ({answered} of {invited})",
    "steering.report.cmp.n": "{value} ({n, plural, one {# answer} other {# answers}})",
    "steering.report.cmp.def":
      "_Both roles together; the same definitions and the same rule for small groups as in the report._",
    "steering.report.no_previous": "There is no earlier cohort to compare with yet.",
    "steering.report.compare_button": "Compare with the previous cohort",
    "steering.report.chart.growth": "Competency growth per topic",
    "steering.report.chart.growth_alt": "Median self-assessment per topic (1–5). {lines}",
    "steering.report.chart.funnel": "Responses and meetings",
    "steering.report.chart.funnel_alt": "People per step. {lines}",
    "steering.report.chart.growth_n":
      "Competency growth per topic · {n, plural, one {# executive} other {# executives}}",
    "steering.report.chart.funnel_n": "Responses and meetings · {n, plural, one {# person} other {# people}}",
    "steering.report.charts_follow": "_📊 The charts follow in the next message: {charts}._",
    "steering.report.charts_failed":
      "The charts could not be delivered this time; the figures of the report are complete. Ask for the report again for the charts.",
    "steering.report.chart.people": "People",
    "steering.report.chart.level": "Median level",
    "steering.report.no_chart": "_{chart}: not enough answers for a chart yet (at least 3 per point)._",
    "steering.stage.people": "In tandems",
    "steering.stage.checkin_answered": "Answered a check-in",
    "steering.stage.met": "In tandems that met",
    "steering.stage.midterm": "Answered mid-term",
    "steering.stage.final": "Answered final",
    "steering.phase.intake": "Intake",
    "steering.phase.midterm": "Mid-term",
    "steering.phase.final": "Final",
    "steering.report.sent": "Your steering report is in your direct messages with the app.",
    "steering.report.no_program": "There is no program to report on yet.",
    "steering.report.failed": "The report could not be delivered. Please try again in a moment.",
    "steering.export.comment":
      "Export of *{program}*: an Excel workbook (one sheet per table and a *Definitions* sheet) and the same tables as CSV files. Figures over fewer than 3 people are left empty; free text only from people who agreed, pooled and without names.",
    "steering.export.sent":
      "The export (Excel workbook and CSV files) is in your direct messages with the app.",
    "steering.export.sheet.definitions": "Definitions",
    "steering.export.def.table": "table",
    "steering.export.def.column": "column",
    "steering.export.def.meaning": "meaning",
    "steering.export.hidden": "fewer than 3 answers",
    "steering.export.small": "1 or 2 people",
    "steering.export.withheld": "hidden so that groups under 3 cannot be worked out",
    "steering.home.title":
      "*Steering*: evaluation results with charts, comparison with the last cohort, export (Excel and CSV).",
    "steering.home.report": "Steering report",
    "steering.home.export": "Export (Excel, CSV)",
    "steering.help":
      "*Steering*\n• `/mentoring report` – evaluation results, tandem figures and charts, to your direct messages; `/mentoring report compare` sets them beside the previous cohort\n• `/mentoring export` – participants, tandems, evaluation figures, events and free text as an Excel workbook and CSV files\n• `/mentoring report <name>`, `/mentoring export <name>` – the same for an earlier cohort\n• Evaluation dates: in `/mentoring schedule` (*Change dates*)",
    "steering.dict.participants.participant_no":
      "The person's number in this export: 1, 2, 3 … in sign-up order, without gaps; the same in every file of the export.",
    "steering.dict.participants.user_id": "The person's Slack member ID.",
    "steering.dict.participants.name": "The person's name in Slack.",
    "steering.dict.participants.role": "mentor (junior employee) or mentee (executive).",
    "steering.dict.participants.status":
      "Status at the export, consistent with the tandems: in_tandem (a tandem is running or paused), tandem_ended (was in a tandem, none runs any more), waiting (waiting for a partner), complete (signed up, not yet matched), draft (questionnaire not finished), not_matched (the program closed without a tandem for them), withdrawn.",
    "steering.dict.participants.department": "The department as the person wrote it.",
    "steering.dict.participants.tandems":
      "How many tandems the person was in over the program (2 after a rematch).",
    "steering.dict.participants.tandem_ids": "The ids of those tandems, oldest first.",
    "steering.dict.participants.last_tandem_id": "The person's latest tandem.",
    "steering.dict.participants.last_tandem_status":
      "That tandem's status: launching, active, paused, ended or failed.",
    "steering.dict.tandems.tandem_id": "The tandem's id (the same in every file).",
    "steering.dict.tandems.status": "The tandem's status at the export: active, paused, ended.",
    "steering.dict.tandems.mentor_no": "The mentor's participant_no.",
    "steering.dict.tandems.mentee_no": "The executive's participant_no.",
    "steering.dict.tandems.mentor_user_id": "The mentor's Slack member ID.",
    "steering.dict.tandems.mentee_user_id": "The executive's Slack member ID.",
    "steering.dict.tandems.launched_on": "The day the tandem was launched (channel and welcome).",
    "steering.dict.tandems.ended_on": "The day it ended: the program's end, or a rematch.",
    "steering.dict.tandems.replaces_tandem_id": "After a rematch: the tandem this one replaced.",
    "steering.dict.tandems.pauses":
      "Pauses the tandem started over the program (an extension is the same pause).",
    "steering.dict.tandems.paused_until": "The end of its last pause, if it had one.",
    "steering.dict.tandems.checkins": "Check-in messages posted to the tandem.",
    "steering.dict.tandems.checkin_answers":
      "Answers its members gave to them (each member answers each check-in once).",
    "steering.dict.tandems.checkin_answers_asked":
      "Answers asked for: two per check-in. checkin_answers / checkin_answers_asked is the check-in response rate.",
    "steering.dict.tandems.meetings": "Distinct meeting dates reported in its check-ins.",
    "steering.dict.tandems.last_met_on": "The latest meeting date reported.",
    "steering.dict.tandems.action_plan": "yes: the tandem made an action plan.",
    "steering.dict.tandems.goals": "Goals in its action plan.",
    "steering.dict.tandems.goals_done": "Of those, marked done.",
    "steering.dict.tandems.stall_alerts":
      "Stall alerts raised for it over the program (no meeting reported for the program's alert period).",
    "steering.dict.tandems.help_requests": "Requests for help from its members.",
    "steering.dict.evaluation.wave":
      "midterm, final (evaluation waves), intake (sign-up self-assessment) or program (the whole program).",
    "steering.dict.evaluation.role": "mentor, mentee, or tandem for figures per tandem.",
    "steering.dict.evaluation.measure": "What is counted; each measure is defined below.",
    "steering.dict.evaluation.value": "The figure; empty where it is hidden (see note).",
    "steering.dict.evaluation.n": "How many answers, people or tandems the figure rests on.",
    "steering.dict.evaluation.note":
      "Why a figure is empty: fewer than 3 answers, 1 or 2 people, or hidden so that groups under 3 cannot be worked out.",
    "steering.dict.evaluation.measure.invited":
      "People asked in the wave (invitation sent; anyone who answered counts as asked), per role.",
    "steering.dict.evaluation.measure.answered": "People who answered the wave, per role.",
    "steering.dict.evaluation.measure.response_rate_percent":
      "answered / invited in percent, per person (each person once).",
    "steering.dict.evaluation.measure.satisfaction_median":
      "Median satisfaction (1–5) of the answers; q1 and q3 the quartiles (Excel's QUARTILE.INC).",
    "steering.dict.evaluation.measure.satisfaction_1..5":
      "Answers per satisfaction level. A level of 1 or 2 people and the one cell that would give it away are empty.",
    "steering.dict.evaluation.measure.again_yes|no|unsure":
      "“Would take part again”: answers per option, with the same rule.",
    "steering.dict.evaluation.measure.level_median:topic":
      "Executives' self-assessment of a topic (1–5) in that phase: median, q1, q3 over the executives who rated it then.",
    "steering.dict.evaluation.measure.meetings_median":
      "Meetings reported per tandem over the program: median, q1, q3 over the launched tandems.",
    "steering.dict.evaluation.measure.checkin_response_rate_percent":
      "Check-in response rate, per check-in: answers given of answers asked (two per check-in), over the program.",
    "steering.dict.evaluation.measure.people":
      "Distinct people in launched tandems over the program (a person in two tandems counts once).",
    "steering.dict.evaluation.measure.tandems":
      "Tandems launched over the program, also those a rematch ended.",
    "steering.dict.evaluation.measure.rematches": "Tandems that replaced another after a rematch.",
    "steering.dict.evaluation.measure.people_in_several_tandems": "People who were in more than one tandem.",
    "steering.dict.evaluation.measure.checkins": "Check-in messages posted to tandems.",
    "steering.dict.evaluation.measure.checkin_answers_asked": "Answers asked for: two per check-in.",
    "steering.dict.evaluation.measure.checkin_answers": "Answers given to check-ins.",
    "steering.dict.evaluation.measure.checkins_answered":
      "Check-ins at least one member answered (not a response rate: one answer of two counts).",
    "steering.dict.tandems.checkins_answered": "Its check-ins at least one member answered.",
    "steering.dict.evaluation.measure.people_answered_checkin":
      "Distinct people who answered at least one check-in.",
    "steering.dict.evaluation.measure.meetings":
      "Meetings reported in all (distinct dates per tandem, summed).",
    "steering.dict.evaluation.measure.tandems_met": "Tandems that reported at least one meeting.",
    "steering.dict.evaluation.measure.stall_alerts": "Stall alerts raised over the program.",
    "steering.dict.evaluation.measure.stall_alerts_resolved":
      "Of those, marked resolved by a program manager.",
    "steering.dict.evaluation.measure.tandems_with_stall_alert": "Tandems with at least one stall alert.",
    "steering.dict.evaluation.measure.help_requests": "Requests for help from tandem members.",
    "steering.dict.evaluation.measure.help_requests_resolved": "Of those, marked resolved.",
    "steering.dict.evaluation.measure.pauses": "Pauses started over the program.",
    "steering.dict.evaluation.measure.tandems_paused": "Tandems that paused at least once.",
    "steering.dict.evaluation.measure.with_action_plan": "Tandems with an action plan.",
    "steering.dict.evaluation.measure.goals_set": "Goals set in action plans.",
    "steering.dict.evaluation.measure.goals_done": "Of those, marked done.",
    "steering.dict.events.event_id": "The event's id.",
    "steering.dict.events.kind": "kickoff, world_cafe, closing or another kind.",
    "steering.dict.events.starts_on": "The day it takes place.",
    "steering.dict.events.cancelled": "yes: it was cancelled.",
    "steering.dict.events.invited": "People it was announced to.",
    "steering.dict.events.going": "Of those, whose last answer was yes.",
    "steering.dict.events.not_going": "Of those, whose last answer was no.",
    "steering.dict.events.no_answer": "The rest: invited, no answer.",
    "steering.dict.free_text.wave": "The evaluation wave.",
    "steering.dict.free_text.question":
      "helps (what helps), change (what should change), learned (what mentors learned).",
    "steering.dict.free_text.text":
      "The answer in full, from people who agreed to share it; near-identical answers once.",
    "steering.dict.free_text.count": "How many gave this answer (or a near-identical one).",
    "steering.dict.free_text.writers":
      "How many people who agreed answered the question in that wave (shown from 3 on).",
  },
  de: {
    "steering.wave.midterm": "Halbzeit-Evaluation",
    "steering.wave.final": "Abschluss-Evaluation",
    "steering.dm.invite.midterm":
      "*Halbzeit-Evaluation · {program}*\nDie Hälfte des Programms liegt hinter dir: Wie läuft dein Tandem? Ein paar kurze Fragen, etwa drei Minuten. Offen bis zum {until}.",
    "steering.dm.invite.final":
      "*Abschluss-Evaluation · {program}*\nDas Programm geht zu Ende: Wie war es im Rückblick? Ein paar kurze Fragen, etwa drei Minuten. Offen bis zum {until}.",
    "steering.dm.reminder":
      "*Erinnerung · {wave}*\nDie Fragen zu deinem Tandem in *{program}* sind noch bis zum {until} offen. Deine Antworten prägen die nächste Runde; es dauert etwa drei Minuten.",
    "steering.dm.fallback": "{wave}: ein paar Fragen zu deinem Tandem",
    "steering.dm.button": "Fragen beantworten",
    "steering.dm.privacy":
      "Die Programmleitung sieht nur Zahlen über mindestens drei Personen; deine Freitexte nur mit deiner Zustimmung, gesammelt und ohne Namen.",
    "steering.modal.submit": "Speichern",
    "steering.modal.intro":
      "Die Programmleitung sieht deine Antworten nur als Zahlen über mindestens drei Personen. Freitexte erscheinen nur mit deiner Zustimmung unten, gesammelt und ohne Namen. Du kannst deine Antworten bis zum {until} ändern.",
    "steering.q.satisfaction": "Wie zufrieden bist du mit deinem Tandem?",
    "steering.q.satisfaction.1": "1 · Gar nicht",
    "steering.q.satisfaction.2": "2 · Eher nicht",
    "steering.q.satisfaction.3": "3 · Teils, teils",
    "steering.q.satisfaction.4": "4 · Zufrieden",
    "steering.q.satisfaction.5": "5 · Sehr zufrieden",
    "steering.q.meetings": "Wie oft habt ihr euch bisher getroffen?",
    "steering.q.helps": "Was hilft dir am meisten?",
    "steering.q.change": "Was sollte sich ändern?",
    "steering.q.learned": "Was hast du von der Führungskraft in deinem Tandem gelernt?",
    "steering.q.again": "Würdest du wieder teilnehmen?",
    "steering.q.again.yes": "Ja",
    "steering.q.again.no": "Nein",
    "steering.q.again.unsure": "Weiß nicht",
    "steering.q.ratings": "*Deine Kompetenzen heute.* Bewerte dieselben Themen wie zu Beginn (1–5).",
    "steering.q.share": "Freitexte",
    "steering.q.share.option": "Meine Freitexte dürfen gesammelt und ohne Namen in Berichten erscheinen",
    "steering.q.share.hint":
      "Nur wenn mindestens drei Personen, die zugestimmt haben, etwas geschrieben haben. Niemand sieht, wer was geschrieben hat; die Programmleitung sieht deine Antwort nie mit deinem Namen.",
    "steering.error.required": "Bitte beantworte diese Frage.",
    "steering.error.number": "Bitte eine ganze Zahl von 0 bis 100.",
    "steering.error.too_long": "Bitte höchstens 1000 Zeichen.",
    "steering.saved":
      "✅ Vielen Dank! Deine Antworten zur {wave} sind gespeichert. Du kannst sie bis zum {until} über den Button in der Nachricht ändern.",
    "steering.closed":
      "Diese Evaluation ist abgeschlossen ({until}). Vielen Dank! Antworten können nicht mehr gegeben oder geändert werden.",
    "steering.not_open": "Diese Evaluation beginnt am {date}.",
    "steering.not_participant": "Diese Evaluation richtet sich an die Mitglieder der Tandems des Programms.",
    "steering.schedule.title": "*Evaluationen*",
    "steering.schedule.line": "• {wave}: *{date}*, offen bis {until} · {phase} ({source})",
    "steering.schedule.derived": "aus den Programmdaten",
    "steering.schedule.set": "von der Programmleitung festgelegt",
    "steering.schedule.window":
      "Alle in laufenden oder pausierten Tandems erhalten eine Direktnachricht in ihrer Arbeitszeit und höchstens zwei Erinnerungen (nach 4 und 9 Tagen), bis sie antworten.",
    "steering.phase.upcoming": "geplant",
    "steering.phase.open": "offen",
    "steering.phase.closed": "abgeschlossen",
    "steering.schedule.change": "Termine ändern",
    "steering.waves.title": "Evaluationstermine",
    "steering.waves.midterm": "Halbzeit-Evaluation",
    "steering.waves.midterm_hint": "Leer: zur Hälfte des Programms ({date}).",
    "steering.waves.final": "Abschluss-Evaluation",
    "steering.waves.final_hint": "Leer: das Enddatum des Programms ({date}).",
    "steering.waves.window": "Tage offen für Antworten",
    "steering.waves.window_hint":
      "So viele Tage nach dem Termin können Antworten gegeben und geändert werden (Standard 14).",
    "steering.waves.error.invalid_date": "Bitte ein Datum wählen.",
    "steering.waves.error.order_midterm": "Bitte ein Datum nach dem Start und vor dem Ende des Programms.",
    "steering.waves.error.order_final": "Bitte ein Datum nach der Halbzeit-Evaluation.",
    "steering.waves.error.window": "Bitte eine ganze Zahl von 1 bis 60.",
    "steering.waves.saved": "✅ Evaluationstermine gespeichert.",
    "steering.report.title": "Steuerungsbericht",
    "steering.report.fallback": "Steuerungsbericht für {program}",
    "steering.report.intro":
      "*{program}* · {people, plural, one {# Person} other {# Personen}} in {tandems, plural, one {# Tandem} other {# Tandems}} über das ganze Programm. Zahlen über weniger als 3 Personen werden nicht gezeigt; in einer Verteilung steht bei einer Stufe, die 1 oder 2 Personen gewählt haben, „<3“.",
    "steering.report.definitions":
      "Wie jede Zahl gezählt wird: die graue Zeile unter jedem Teil und das Blatt *Definitionen* im Export (`/mentoring export`).",
    "steering.report.waves_def":
      "_Rücklaufquote: Personen, die geantwortet haben, von den in dieser Evaluation Befragten, jede Person einmal. Zufriedenheit und „würden wieder teilnehmen“: über die Antworten dieser Evaluation und Rolle._",
    "steering.report.hidden": "_weniger als 3 Antworten_",
    "steering.report.waves": "*Evaluationen*",
    "steering.report.wave_line": "*{wave}* · {date} bis {until} · {phase}",
    "steering.report.role.mentor": "Mentor:innen",
    "steering.report.role.mentee": "Führungskräfte",
    "steering.report.response": "{role}: {answered} von {invited} haben geantwortet ({rate} %)",
    "steering.report.response_hidden": "{role}: Rücklaufquote {hidden}",
    "steering.report.satisfaction":
      "{role}, Zufriedenheit ({n, plural, one {# Antwort} other {# Antworten}}): Median {median} · {dist}",
    "steering.report.satisfaction_hidden": "{role}, Zufriedenheit: {hidden}",
    "steering.report.again":
      "{role}, würden wieder teilnehmen ({n, plural, one {# Antwort} other {# Antworten}}): ja {yes} · nein {no} · weiß nicht {unsure}",
    "steering.report.complement_note": "_– verborgen, damit Gruppen unter 3 nicht erschlossen werden können_",
    "steering.report.tandems": "*Tandems über das ganze Programm*",
    "steering.report.p.tandems":
      "Gestartete Tandems: {tandems}, nach einer Neuzuordnung: {rematches} · Personen: {people}, in mehr als einem Tandem: {several}",
    "steering.report.meetings":
      "Gemeldete Treffen: {meetings} insgesamt · pro Tandem: Median {median} (Quartile {q1}–{q3}) · Tandems mit mindestens einem Treffen: {met} von {tandems}",
    "steering.report.checkin_rate":
      "Check-ins: {answers} von {asked} Antworten gegeben (Antwortquote der Check-ins {rate} %) · von mindestens einem Mitglied beantwortete Check-ins: {answered} von {checkins} · Personen mit mindestens einer Antwort: {people} von {total}",
    "steering.report.p.alerts":
      "Stillstandswarnungen: {stalls} (Tandems: {stalled}), erledigt: {stallsResolved} · Bitten um Unterstützung: {help}, erledigt: {helpResolved}",
    "steering.report.p.pauses": "Begonnene Pausen: {pauses} (Tandems: {paused})",
    "steering.report.plan":
      "Tandems mit Aktionsplan: {count} von {total} · gesetzte Ziele: {goals}, erreicht: {done}",
    "steering.report.tandem_hidden": "Tandem-Zahlen: {hidden}",
    "steering.report.tandems_def":
      "_Gezählt über das ganze Programm, nicht an seinem Ende: jedes gestartete Tandem (auch eines, das eine Neuzuordnung beendet hat), jede Warnung, Pause und jedes Ziel. Eine Person in zwei Tandems ist eine Person. Antwortquote der Check-ins: gegebene von erbetenen Antworten, zwei pro Check-in (eine pro Mitglied)._",
    "steering.report.events": "*Veranstaltungen*",
    "steering.report.event_line":
      "{kind} · {date}: {invited} eingeladen · {going} zugesagt · {notGoing} abgesagt · {open} ohne Antwort",
    "steering.report.event_cancelled": "{kind} · {date}: abgesagt",
    "steering.report.events_def":
      "_Eingeladen: Personen, denen die Veranstaltung angekündigt wurde. Zu- und Absagen: ihre letzte Antwort; ohne Antwort: der Rest._",
    "steering.report.growth":
      "*Kompetenzentwicklung* (Selbsteinschätzung der Führungskräfte 1–5: Median, Quartile; Führungskräfte: {n})",
    "steering.report.growth_def":
      "_Pro Thema und Zeitpunkt über die Führungskräfte, die es da bewertet haben; – wo es weniger als 3 waren._",
    "steering.report.growth_line": "{topic}: Start {intake} → Halbzeit {midterm} → Abschluss {final}",
    "steering.report.growth_hidden": "–",
    "steering.report.texts":
      "*In eigenen Worten* (gesammelt, ohne Namen, nur von Personen, die zugestimmt haben)",
    "steering.report.text.helps": "Was hilft",
    "steering.report.text.change": "Was sich ändern sollte",
    "steering.report.text.learned": "Was Mentor:innen gelernt haben",
    "steering.report.text_head": "*{wave} · {question}* ({writers} Antworten)",
    "steering.report.text_more": "_…und {more} weitere: alle Antworten vollständig im Export._",
    "steering.report.successes": "*Erste Erfolge*",
    "steering.report.compare": "*Vergleich mit der vorigen Runde*",
    "steering.report.cmp.this": "*Diese Runde* · {program}",
    "steering.report.cmp.previous": "*Vorige Runde* · {program}",
    "steering.report.cmp.body":
      "Personen / Tandems: {people} / {tandems}\nRücklauf Halbzeit: {rmid}\nRücklauf Abschluss: {rfinal}\nZufriedenheit (Median) Halbzeit: {smid}\nZufriedenheit (Median) Abschluss: {sfinal}\nTreffen pro Tandem (Median): {meetings}\nAntwortquote der Check-ins: {checkins}\nTandems mit Aktionsplan: {plan}",
    "steering.report.cmp.of": "{value} ({answered} von {invited})",
    "steering.report.cmp.n": "{value} ({n, plural, one {# Antwort} other {# Antworten}})",
    "steering.report.cmp.def":
      "_Beide Rollen zusammen; dieselben Definitionen und dieselbe Regel für kleine Gruppen wie im Bericht._",
    "steering.report.no_previous": "Es gibt noch keine frühere Runde zum Vergleich.",
    "steering.report.compare_button": "Mit der vorigen Runde vergleichen",
    "steering.report.chart.growth": "Kompetenzentwicklung pro Thema",
    "steering.report.chart.growth_alt": "Median der Selbsteinschätzung pro Thema (1–5). {lines}",
    "steering.report.chart.funnel": "Rücklauf und Treffen",
    "steering.report.chart.funnel_alt": "Personen pro Schritt. {lines}",
    "steering.report.chart.growth_n":
      "Kompetenzentwicklung pro Thema · {n, plural, one {# Führungskraft} other {# Führungskräfte}}",
    "steering.report.chart.funnel_n": "Rücklauf und Treffen · {n, plural, one {# Person} other {# Personen}}",
    "steering.report.charts_follow": "_📊 Die Grafiken folgen in der nächsten Nachricht: {charts}._",
    "steering.report.charts_failed":
      "Die Grafiken konnten diesmal nicht zugestellt werden; die Zahlen des Berichts sind vollständig. Fordere den Bericht für die Grafiken noch einmal an.",
    "steering.report.chart.people": "Personen",
    "steering.report.chart.level": "Median",
    "steering.report.no_chart":
      "_{chart}: noch nicht genug Antworten für eine Grafik (mindestens 3 pro Punkt)._",
    "steering.stage.people": "In Tandems",
    "steering.stage.checkin_answered": "Check-in beantwortet",
    "steering.stage.met": "In Tandems mit Treffen",
    "steering.stage.midterm": "Halbzeit beantwortet",
    "steering.stage.final": "Abschluss beantwortet",
    "steering.phase.intake": "Start",
    "steering.phase.midterm": "Halbzeit",
    "steering.phase.final": "Abschluss",
    "steering.report.sent": "Dein Steuerungsbericht ist in deinen Direktnachrichten mit der App.",
    "steering.report.no_program": "Es gibt noch kein Programm für einen Bericht.",
    "steering.report.failed":
      "Der Bericht konnte nicht zugestellt werden. Bitte versuche es gleich noch einmal.",
    "steering.export.comment":
      "Export von *{program}*: eine Excel-Arbeitsmappe (ein Blatt pro Tabelle und ein Blatt *Definitionen*) und dieselben Tabellen als CSV-Dateien. Zahlen über weniger als 3 Personen bleiben leer; Freitexte nur von Personen, die zugestimmt haben, gesammelt und ohne Namen.",
    "steering.export.sent":
      "Der Export (Excel-Arbeitsmappe und CSV-Dateien) ist in deinen Direktnachrichten mit der App.",
    "steering.export.sheet.definitions": "Definitionen",
    "steering.export.def.table": "Tabelle",
    "steering.export.def.column": "Spalte",
    "steering.export.def.meaning": "Bedeutung",
    "steering.export.hidden": "weniger als 3 Antworten",
    "steering.export.small": "1 oder 2 Personen",
    "steering.export.withheld": "verborgen, damit Gruppen unter 3 nicht erschlossen werden können",
    "steering.home.title":
      "*Steuerung*: Evaluationsergebnisse mit Grafiken, Vergleich mit der letzten Runde, Export (Excel und CSV).",
    "steering.home.report": "Steuerungsbericht",
    "steering.home.export": "Export als Excel und CSV",
    "steering.help":
      "*Steuerung*\n• `/mentoring report` – Evaluationsergebnisse, Tandem-Zahlen und Grafiken in deine Direktnachrichten; `/mentoring report compare` stellt sie neben die vorige Runde\n• `/mentoring export` – Teilnehmende, Tandems, Evaluationszahlen, Veranstaltungen und Freitexte als Excel-Arbeitsmappe und CSV-Dateien\n• `/mentoring report <Name>`, `/mentoring export <Name>` – dasselbe für eine frühere Kohorte\n• Evaluationstermine: in `/mentoring schedule` (*Termine ändern*)",
    "steering.dict.participants.participant_no":
      "Die Nummer der Person in diesem Export: 1, 2, 3 … in Reihenfolge der Anmeldung, ohne Lücken; in jeder Datei des Exports dieselbe.",
    "steering.dict.participants.user_id": "Die Slack-Mitglieds-ID der Person.",
    "steering.dict.participants.name": "Der Name der Person in Slack.",
    "steering.dict.participants.role": "mentor (Nachwuchskraft) oder mentee (Führungskraft).",
    "steering.dict.participants.status":
      "Status beim Export, passend zu den Tandems: in_tandem (ein Tandem läuft oder pausiert), tandem_ended (war in einem Tandem, keines läuft mehr), waiting (wartet auf ein Tandem), complete (angemeldet, noch nicht zugeordnet), draft (Fragebogen nicht fertig), not_matched (das Programm endete ohne Tandem für die Person), withdrawn (zurückgezogen).",
    "steering.dict.participants.department": "Die Abteilung, wie die Person sie angegeben hat.",
    "steering.dict.participants.tandems":
      "In wie vielen Tandems die Person über das Programm war (2 nach einer Neuzuordnung).",
    "steering.dict.participants.tandem_ids": "Die IDs dieser Tandems, das älteste zuerst.",
    "steering.dict.participants.last_tandem_id": "Das letzte Tandem der Person.",
    "steering.dict.participants.last_tandem_status":
      "Der Status dieses Tandems: launching, active, paused, ended oder failed.",
    "steering.dict.tandems.tandem_id": "Die ID des Tandems (in jeder Datei dieselbe).",
    "steering.dict.tandems.status": "Der Status des Tandems beim Export: active, paused, ended.",
    "steering.dict.tandems.mentor_no": "Die participant_no der Mentor:in.",
    "steering.dict.tandems.mentee_no": "Die participant_no der Führungskraft.",
    "steering.dict.tandems.mentor_user_id": "Die Slack-Mitglieds-ID der Mentor:in.",
    "steering.dict.tandems.mentee_user_id": "Die Slack-Mitglieds-ID der Führungskraft.",
    "steering.dict.tandems.launched_on": "Der Tag, an dem das Tandem gestartet wurde (Kanal und Begrüßung).",
    "steering.dict.tandems.ended_on": "Der Tag, an dem es endete: das Programmende oder eine Neuzuordnung.",
    "steering.dict.tandems.replaces_tandem_id":
      "Nach einer Neuzuordnung: das Tandem, das dieses ersetzt hat.",
    "steering.dict.tandems.pauses":
      "Pausen, die das Tandem über das Programm begonnen hat (eine Verlängerung ist dieselbe Pause).",
    "steering.dict.tandems.paused_until": "Das Ende seiner letzten Pause, falls es eine gab.",
    "steering.dict.tandems.checkins": "Check-in-Nachrichten an das Tandem.",
    "steering.dict.tandems.checkin_answers":
      "Antworten der Mitglieder darauf (jedes Mitglied beantwortet jeden Check-in einmal).",
    "steering.dict.tandems.checkin_answers_asked":
      "Erbetene Antworten: zwei pro Check-in. checkin_answers / checkin_answers_asked ist die Antwortquote der Check-ins.",
    "steering.dict.tandems.meetings":
      "Verschiedene Treffen (Daten), die in seinen Check-ins gemeldet wurden.",
    "steering.dict.tandems.last_met_on": "Das letzte gemeldete Treffen.",
    "steering.dict.tandems.action_plan": "yes: Das Tandem hat einen Aktionsplan erstellt.",
    "steering.dict.tandems.goals": "Ziele in seinem Aktionsplan.",
    "steering.dict.tandems.goals_done": "Davon als erreicht markiert.",
    "steering.dict.tandems.stall_alerts":
      "Stillstandswarnungen über das Programm (kein Treffen gemeldet in der Warnfrist des Programms).",
    "steering.dict.tandems.help_requests": "Bitten um Unterstützung von seinen Mitgliedern.",
    "steering.dict.evaluation.wave":
      "midterm, final (Evaluationen), intake (Selbsteinschätzung bei der Anmeldung) oder program (das ganze Programm).",
    "steering.dict.evaluation.role": "mentor, mentee oder tandem für Zahlen pro Tandem.",
    "steering.dict.evaluation.measure": "Was gezählt wird; jede Kennzahl ist unten erklärt.",
    "steering.dict.evaluation.value": "Die Zahl; leer, wo sie verborgen ist (siehe note).",
    "steering.dict.evaluation.n": "Auf wie vielen Antworten, Personen oder Tandems die Zahl beruht.",
    "steering.dict.evaluation.note":
      "Warum eine Zahl leer ist: weniger als 3 Antworten, 1 oder 2 Personen, oder verborgen, damit Gruppen unter 3 nicht erschlossen werden können.",
    "steering.dict.evaluation.measure.invited":
      "In der Evaluation befragte Personen (Einladung gesendet; wer geantwortet hat, zählt als befragt), pro Rolle.",
    "steering.dict.evaluation.measure.answered": "Personen, die geantwortet haben, pro Rolle.",
    "steering.dict.evaluation.measure.response_rate_percent":
      "answered / invited in Prozent, pro Person (jede Person einmal).",
    "steering.dict.evaluation.measure.satisfaction_median":
      "Median der Zufriedenheit (1–5) der Antworten; q1 und q3 die Quartile (wie QUARTILE.INC in Excel).",
    "steering.dict.evaluation.measure.satisfaction_1..5":
      "Antworten pro Zufriedenheitsstufe. Eine Stufe mit 1 oder 2 Personen und die eine Zelle, die sie verraten würde, bleiben leer.",
    "steering.dict.evaluation.measure.again_yes|no|unsure":
      "„Würde wieder teilnehmen“: Antworten pro Option, mit derselben Regel.",
    "steering.dict.evaluation.measure.level_median:topic":
      "Selbsteinschätzung der Führungskräfte zu einem Thema (1–5) zu diesem Zeitpunkt: Median, q1, q3 über die, die es da bewertet haben.",
    "steering.dict.evaluation.measure.meetings_median":
      "Gemeldete Treffen pro Tandem über das Programm: Median, q1, q3 über die gestarteten Tandems.",
    "steering.dict.evaluation.measure.checkin_response_rate_percent":
      "Antwortquote der Check-ins, pro Check-in: gegebene von erbetenen Antworten (zwei pro Check-in), über das Programm.",
    "steering.dict.evaluation.measure.people":
      "Verschiedene Personen in gestarteten Tandems über das Programm (eine Person in zwei Tandems zählt einmal).",
    "steering.dict.evaluation.measure.tandems":
      "Über das Programm gestartete Tandems, auch solche, die eine Neuzuordnung beendet hat.",
    "steering.dict.evaluation.measure.rematches":
      "Tandems, die nach einer Neuzuordnung ein anderes ersetzt haben.",
    "steering.dict.evaluation.measure.people_in_several_tandems":
      "Personen, die in mehr als einem Tandem waren.",
    "steering.dict.evaluation.measure.checkins": "Check-in-Nachrichten an Tandems.",
    "steering.dict.evaluation.measure.checkin_answers_asked": "Erbetene Antworten: zwei pro Check-in.",
    "steering.dict.evaluation.measure.checkin_answers": "Gegebene Antworten auf Check-ins.",
    "steering.dict.evaluation.measure.checkins_answered":
      "Check-ins, die mindestens ein Mitglied beantwortet hat (keine Antwortquote: eine von zwei Antworten zählt).",
    "steering.dict.tandems.checkins_answered":
      "Seine Check-ins, die mindestens ein Mitglied beantwortet hat.",
    "steering.dict.evaluation.measure.people_answered_checkin":
      "Verschiedene Personen, die mindestens einen Check-in beantwortet haben.",
    "steering.dict.evaluation.measure.meetings":
      "Gemeldete Treffen insgesamt (verschiedene Daten pro Tandem, summiert).",
    "steering.dict.evaluation.measure.tandems_met": "Tandems, die mindestens ein Treffen gemeldet haben.",
    "steering.dict.evaluation.measure.stall_alerts": "Über das Programm ausgelöste Stillstandswarnungen.",
    "steering.dict.evaluation.measure.stall_alerts_resolved":
      "Davon von der Programmleitung als erledigt markiert.",
    "steering.dict.evaluation.measure.tandems_with_stall_alert":
      "Tandems mit mindestens einer Stillstandswarnung.",
    "steering.dict.evaluation.measure.help_requests": "Bitten um Unterstützung von Tandem-Mitgliedern.",
    "steering.dict.evaluation.measure.help_requests_resolved": "Davon als erledigt markiert.",
    "steering.dict.evaluation.measure.pauses": "Über das Programm begonnene Pausen.",
    "steering.dict.evaluation.measure.tandems_paused": "Tandems, die mindestens einmal pausiert haben.",
    "steering.dict.evaluation.measure.with_action_plan": "Tandems mit Aktionsplan.",
    "steering.dict.evaluation.measure.goals_set": "In Aktionsplänen gesetzte Ziele.",
    "steering.dict.evaluation.measure.goals_done": "Davon als erreicht markiert.",
    "steering.dict.events.event_id": "Die ID der Veranstaltung.",
    "steering.dict.events.kind": "kickoff, world_cafe, closing oder eine andere Art.",
    "steering.dict.events.starts_on": "Der Tag, an dem die Veranstaltung stattfindet.",
    "steering.dict.events.cancelled": "yes: Die Veranstaltung wurde abgesagt.",
    "steering.dict.events.invited": "Personen, denen die Veranstaltung angekündigt wurde.",
    "steering.dict.events.going": "Davon mit der letzten Antwort „ja“.",
    "steering.dict.events.not_going": "Davon mit der letzten Antwort „nein“.",
    "steering.dict.events.no_answer": "Der Rest: eingeladen, ohne Antwort.",
    "steering.dict.free_text.wave": "Die Evaluation.",
    "steering.dict.free_text.question":
      "helps (was hilft), change (was sich ändern sollte), learned (was Mentor:innen gelernt haben).",
    "steering.dict.free_text.text":
      "Die Antwort vollständig, von Personen, die zugestimmt haben; fast gleiche Antworten einmal.",
    "steering.dict.free_text.count": "Wie viele diese (oder eine fast gleiche) Antwort gegeben haben.",
    "steering.dict.free_text.writers":
      "Wie viele Personen mit Zustimmung die Frage in dieser Evaluation beantwortet haben (gezeigt ab 3).",
  },
});

import { defineCatalog } from "../define";

/** Own data, erasure, retention, the audit trail, consent and Slack's lifecycle events (issue 11). */
export const trust = defineCatalog({
  en: {
    "trust.audit.title": "Audit trail ({total, plural, one {# entry} other {# entries}})",
    "trust.audit.empty": "The audit trail is empty: no program manager has acted yet.",
    "trust.audit.about": "about {user}",
    "trust.audit.range": "Entries {from}–{to} of {total}, newest first. Times in UTC.",
    "trust.audit.older": "Older entries",
    "trust.audit.newest": "Back to the newest",
    "trust.forget.title": "Erase my data",
    "trust.forget.submit": "Erase everything",
    "trust.forget.intro": "*Tandem will forget you.* This cannot be undone. Here is exactly what happens:",
    "trust.forget.what.tandem":
      "Your tandem ends. Your partner and the program managers are told that you left, without a reason. The tandem channel gets a short note and is archived.",
    "trust.forget.what.signup":
      "Your sign-up, your answers, ratings, check-in notes, RSVPs, evaluations and your action plan are deleted. The program managers are told that someone left.",
    "trust.forget.what.pending": "Messages to you or about you that have not been sent yet are cancelled.",
    "trust.forget.what.manager":
      "You stop being a program manager (unless you are named in the app's configuration). What you did as a manager stays in the audit trail under a pseudonym.",
    "trust.forget.what.aggregates":
      "Anonymous totals stay, without your name or id (for example that a check-in was answered). Totals are only ever shown for groups of three or more people.",
    "trust.forget.what.slack":
      "Messages already posted in Slack stay in Slack: Tandem cannot read or search your conversations. Ask your Slack admins if you want those removed too.",
    "trust.forget.export_hint": "Want a copy first? Cancel and type `/mentoring my-data`.",
    "trust.forget.done":
      "Done: Tandem has erased your data. If you join a program again later, you start from scratch.",
    "trust.forget.offer":
      "`/mentoring forget-me` erases everything Tandem holds about you and ends your participation. You will see exactly what happens before anything is erased.",
    "trust.forget.open": "Erase my data…",
    "trust.depart.partner_dm":
      "Your tandem has ended: your partner has left the program. This has nothing to do with you. You are back on the waiting list, and the program managers will get in touch about what comes next.",
    "trust.depart.channel":
      "This tandem has ended because one partner left the program. The channel will now be archived. Thank you for the time you spent here.",
    "trust.depart.manager_erased":
      "A participant has left the program and asked for their data to be erased.",
    "trust.depart.manager_deactivated":
      "{user} was deactivated in Slack and has been withdrawn from the program; messages still waiting for them were cancelled.",
    "trust.depart.manager_partners":
      "Their tandem has ended; {partners} is back on the waiting list and has been told.",
    "trust.channel.left":
      "{user} left the tandem channel {channel}. Tandem does not add anyone back by itself: please check in with the tandem.",
    "trust.channel.archived":
      "The tandem channel {channel} was archived by hand. Check-ins and reminders can no longer be posted there: please check in with the tandem.",
    "trust.retention.notice":
      "*{program}*: its personal data will be deleted on {date}, {months, plural, one {# month} other {# months}} after the program ended (the program's retention period). Anonymous totals remain. Export what you need before then.",
    "trust.retention.done":
      "*{program}*: the retention period has ended and the personal data of {people, plural, one {# person} other {# people}} has been deleted. Anonymous totals remain.",
    "trust.consent.request":
      "The text that explains how Tandem uses your answers in *{program}* has changed. Please read it and agree again. Until then, your sign-up is not used (for example, not for matching).",
    "trust.consent.accept": "I agree",
    "trust.consent.thanks": "Thank you: your consent to the current text is recorded.",
    "trust.consent.stale":
      "The text has changed again since this message. Please use the newer message I sent you.",
    "trust.consent.not_signed_up":
      "You are not signed up for a current program, so nothing needs your consent.",
    "trust.share.on": "Your goals and expectations *are shared* with your tandem partner.",
    "trust.share.off": "Your goals and expectations *are not shared* with your tandem partner.",
    "trust.share.turn_off": "Stop sharing",
    "trust.share.turn_on": "Share with my partner",
    "trust.share.saved_on": "From now on your goals and expectations are shared with your tandem partner.",
    "trust.share.saved_off":
      "From now on your goals and expectations are not shared with your tandem partner. Messages already sent stay as they are.",
    "trust.mydata.comment": "Everything Tandem holds about you: a readable summary and the same as JSON.",
    "trust.mydata.sent": "I sent you everything Tandem holds about you in our direct messages (two files).",
    "trust.mydata.failed": "I could not send your data file just now. Please try again in a minute.",
    "trust.mydata.title": "What Tandem holds about {user}",
    "trust.mydata.generated": "Generated {date} (UTC).",
    "trust.mydata.nothing": "Nothing.",
    "trust.mydata.intro":
      "This file lists every record Tandem keeps about you, table by table. The JSON file has the same content for machines. Messages posted in Slack are not listed: Tandem does not read conversations.",
    "trust.mydata.table.slack_users": "Your Slack profile as cached (language, time zone, names)",
    "trust.mydata.table.program_managers": "Program manager role",
    "trust.mydata.table.participants": "Sign-ups (profile, answers, consent)",
    "trust.mydata.table.topic_ratings": "Topic ratings per phase",
    "trust.mydata.table.tandems": "Tandems",
    "trust.mydata.table.checkin_answers": "Check-in answers",
    "trust.mydata.table.action_plans": "Action plans",
    "trust.mydata.table.plan_goals": "Action plan goals",
    "trust.mydata.table.evaluations": "Evaluations",
    "trust.mydata.table.event_rsvps": "Event RSVPs",
    "trust.mydata.table.world_cafe_seats": "World Café tables",
    "trust.mydata.table.rematch_requests": "Rematch requests",
    "trust.mydata.table.tandem_alerts": "Alerts about your tandem",
    "trust.mydata.table.audit_log": "Audit entries by you or about you",
    "trust.manager.remove_usage": "Use `/mentoring manager remove @person`.",
    "trust.manager.removed": "{users} no longer run the program.",
    "trust.manager.not_manager": "{users} is not a program manager.",
    "trust.manager.from_config":
      "{users} is named in the app's configuration (PROGRAM_MANAGERS) and can only be removed there.",
    "trust.manager.last": "{users} cannot be removed: the program needs at least one program manager.",
    "trust.help":
      "• `/mentoring my-data` – get everything Tandem holds about you, as a file\n• `/mentoring forget-me` – erase your data and leave",
    "trust.help_manager":
      "• `/mentoring audit` – the audit trail of program-manager actions\n• `/mentoring manager remove @person` – remove a program manager",
    "consent.title": "*How your answers are used*",
    "consent.audience.partner":
      "• Once you are matched, the other person in your tandem sees in the welcome message: {fields}. Goals and expectations only while you share them (you can change that in `/mentoring profile`).",
    "consent.audience.circle": "• The mentor circle and the executives' circle see {fields}.",
    "consent.audience.managers":
      "• The program managers see {fields}. They never see what you talk about in your tandem.",
    "consent.audience.reports": "• Reports show {fields}.",
    "consent.nobody":
      "• Nobody sees the people you must not be paired with, your concerns or your availability: they are only used for matching.",
    "consent.purpose": "• Your answers are used only for this mentoring program.",
    "consent.field.name": "your name",
    "consent.field.role": "your role",
    "consent.field.department": "your department",
    "consent.field.background": "your background (mentors)",
    "consent.field.learningGoals": "your learning goals (executives)",
    "consent.field.hopeToLearn": "what you hope to learn (mentors)",
    "consent.field.expectations": "your expectations",
    "consent.field.topicRatings": "your rating per topic (skill or self-assessment)",
    "consent.field.meetingFormat": "how you prefer to meet",
    "consent.field.meetingFrequency": "how often you want to meet",
    "consent.field.languages": "your languages",
    "consent.field.status": "your sign-up status",
    "consent.field.checkinAnswers": "your check-in answers (met, not yet, need help)",
    "consent.field.rematchReason": "your reason, if you ask for a new match",
    "consent.field.evaluationFigures": "your evaluation answers, only as figures over at least three people",
    "consent.field.evaluationFreeText":
      "your free-text answers, only if you agree in the evaluation, pooled and without your name",
  },
  de: {
    "trust.audit.title": "Protokoll ({total, plural, one {# Eintrag} other {# Einträge}})",
    "trust.audit.empty": "Das Protokoll ist leer: Noch hat niemand aus der Programmleitung gehandelt.",
    "trust.audit.about": "betrifft {user}",
    "trust.audit.range": "Einträge {from}–{to} von {total}, neueste zuerst. Zeiten in UTC.",
    "trust.audit.older": "Ältere Einträge",
    "trust.audit.newest": "Zurück zu den neuesten",
    "trust.forget.title": "Meine Daten löschen",
    "trust.forget.submit": "Alles löschen",
    "trust.forget.intro":
      "*Tandem vergisst dich.* Das lässt sich nicht rückgängig machen. Genau das passiert:",
    "trust.forget.what.tandem":
      "Dein Tandem endet. Die andere Person in deinem Tandem und die Programmleitung erfahren, dass du gegangen bist, ohne Grund. Der Tandem-Kanal bekommt einen kurzen Hinweis und wird archiviert.",
    "trust.forget.what.signup":
      "Deine Anmeldung, deine Antworten, Einschätzungen, Check-in-Notizen, Zusagen, Evaluationen und euer Aktionsplan werden gelöscht. Die Programmleitung erfährt, dass jemand gegangen ist.",
    "trust.forget.what.pending": "Noch nicht gesendete Nachrichten an dich oder über dich werden gestrichen.",
    "trust.forget.what.manager":
      "Du gehörst nicht mehr zur Programmleitung (außer du stehst in der Konfiguration der App). Was du dort getan hast, bleibt unter einem Pseudonym im Protokoll.",
    "trust.forget.what.aggregates":
      "Anonyme Summen bleiben, ohne deinen Namen oder deine ID (zum Beispiel, dass ein Check-in beantwortet wurde). Summen werden nur für Gruppen ab drei Personen gezeigt.",
    "trust.forget.what.slack":
      "Bereits in Slack gepostete Nachrichten bleiben in Slack: Tandem kann eure Unterhaltungen weder lesen noch durchsuchen. Frag euer Slack-Admin-Team, wenn auch diese entfernt werden sollen.",
    "trust.forget.export_hint": "Vorher eine Kopie? Brich ab und tippe `/mentoring my-data`.",
    "trust.forget.done":
      "Erledigt: Tandem hat deine Daten gelöscht. Wenn du später wieder teilnimmst, fängst du neu an.",
    "trust.forget.offer":
      "`/mentoring forget-me` löscht alles, was Tandem über dich speichert, und beendet deine Teilnahme. Bevor etwas gelöscht wird, siehst du genau, was passiert.",
    "trust.forget.open": "Meine Daten löschen…",
    "trust.depart.partner_dm":
      "Dein Tandem ist beendet: Die andere Person in deinem Tandem hat das Programm verlassen. Das hat nichts mit dir zu tun. Du stehst wieder auf der Warteliste, und die Programmleitung meldet sich bei dir.",
    "trust.depart.channel":
      "Dieses Tandem ist beendet, weil eine Person das Programm verlassen hat. Der Kanal wird jetzt archiviert. Danke für die gemeinsame Zeit hier.",
    "trust.depart.manager_erased":
      "Eine Person hat das Programm verlassen und um Löschung ihrer Daten gebeten.",
    "trust.depart.manager_deactivated":
      "{user} wurde in Slack deaktiviert und vom Programm abgemeldet; noch wartende Nachrichten an die Person wurden gestrichen.",
    "trust.depart.manager_partners":
      "Das Tandem ist beendet; {partners} steht wieder auf der Warteliste und wurde informiert.",
    "trust.channel.left":
      "{user} hat den Tandem-Kanal {channel} verlassen. Tandem fügt niemanden von selbst wieder hinzu: Bitte sprich mit dem Tandem.",
    "trust.channel.archived":
      "Der Tandem-Kanal {channel} wurde von Hand archiviert. Check-ins und Erinnerungen können dort nicht mehr gepostet werden: Bitte sprich mit dem Tandem.",
    "trust.retention.notice":
      "*{program}*: Die personenbezogenen Daten werden am {date} gelöscht, {months, plural, one {# Monat} other {# Monate}} nach Programmende (die Aufbewahrungsfrist des Programms). Anonyme Summen bleiben. Exportiere bis dahin, was du brauchst.",
    "trust.retention.done":
      "*{program}*: Die Aufbewahrungsfrist ist abgelaufen, die personenbezogenen Daten {people, plural, one {einer Person} other {von # Personen}} wurden gelöscht. Anonyme Summen bleiben.",
    "trust.consent.request":
      "Der Text, der erklärt, wie Tandem deine Antworten in *{program}* nutzt, hat sich geändert. Bitte lies ihn und stimme erneut zu. Bis dahin wird deine Anmeldung nicht genutzt (zum Beispiel nicht für das Matching).",
    "trust.consent.accept": "Ich stimme zu",
    "trust.consent.thanks": "Danke: Deine Zustimmung zum aktuellen Text ist gespeichert.",
    "trust.consent.stale":
      "Der Text hat sich seit dieser Nachricht noch einmal geändert. Bitte nutze die neuere Nachricht, die ich dir geschickt habe.",
    "trust.consent.not_signed_up":
      "Du bist für kein laufendes Programm angemeldet, es braucht also keine Zustimmung.",
    "trust.share.on": "Deine Ziele und Erwartungen *werden* mit deinem Tandem *geteilt*.",
    "trust.share.off": "Deine Ziele und Erwartungen *werden nicht* mit deinem Tandem *geteilt*.",
    "trust.share.turn_off": "Nicht mehr teilen",
    "trust.share.turn_on": "Mit Tandem teilen",
    "trust.share.saved_on": "Ab jetzt werden deine Ziele und Erwartungen mit deinem Tandem geteilt.",
    "trust.share.saved_off":
      "Ab jetzt werden deine Ziele und Erwartungen nicht mehr mit deinem Tandem geteilt. Bereits gesendete Nachrichten bleiben, wie sie sind.",
    "trust.mydata.comment":
      "Alles, was Tandem über dich speichert: eine lesbare Übersicht und dasselbe als JSON.",
    "trust.mydata.sent":
      "Ich habe dir alles, was Tandem über dich speichert, in unsere Direktnachrichten geschickt (zwei Dateien).",
    "trust.mydata.failed":
      "Ich konnte die Datei gerade nicht senden. Bitte versuch es in einer Minute noch einmal.",
    "trust.mydata.title": "Was Tandem über {user} speichert",
    "trust.mydata.generated": "Erstellt am {date} (UTC).",
    "trust.mydata.nothing": "Nichts.",
    "trust.mydata.intro":
      "Diese Datei listet jeden Datensatz, den Tandem über dich speichert, Tabelle für Tabelle. Die JSON-Datei enthält dasselbe für Maschinen. In Slack gepostete Nachrichten stehen nicht darin: Tandem liest keine Unterhaltungen.",
    "trust.mydata.table.slack_users": "Dein Slack-Profil im Zwischenspeicher (Sprache, Zeitzone, Namen)",
    "trust.mydata.table.program_managers": "Rolle in der Programmleitung",
    "trust.mydata.table.participants": "Anmeldungen (Profil, Antworten, Einwilligung)",
    "trust.mydata.table.topic_ratings": "Einschätzungen je Thema und Phase",
    "trust.mydata.table.tandems": "Tandems",
    "trust.mydata.table.checkin_answers": "Check-in-Antworten",
    "trust.mydata.table.action_plans": "Aktionspläne",
    "trust.mydata.table.plan_goals": "Ziele im Aktionsplan",
    "trust.mydata.table.evaluations": "Evaluationen",
    "trust.mydata.table.event_rsvps": "Zusagen zu Veranstaltungen",
    "trust.mydata.table.world_cafe_seats": "World-Café-Tische",
    "trust.mydata.table.rematch_requests": "Bitten um ein neues Tandem",
    "trust.mydata.table.tandem_alerts": "Hinweise zu deinem Tandem",
    "trust.mydata.table.audit_log": "Protokolleinträge von dir oder über dich",
    "trust.manager.remove_usage": "Nutze `/mentoring manager remove @person`.",
    "trust.manager.removed": "Nicht mehr in der Programmleitung: {users}.",
    "trust.manager.not_manager": "Nicht in der Programmleitung: {users}.",
    "trust.manager.from_config":
      "{users} steht in der Konfiguration der App (PROGRAM_MANAGERS) und kann nur dort entfernt werden.",
    "trust.manager.last":
      "{users} kann nicht entfernt werden: Das Programm braucht mindestens eine Person in der Programmleitung.",
    "trust.help":
      "• `/mentoring my-data` – alles, was Tandem über dich speichert, als Datei\n• `/mentoring forget-me` – deine Daten löschen und gehen",
    "trust.help_manager":
      "• `/mentoring audit` – das Protokoll der Aktionen der Programmleitung\n• `/mentoring manager remove @person` – eine Person aus der Programmleitung entfernen",
    "consent.title": "*Wie deine Antworten genutzt werden*",
    "consent.audience.partner":
      "• Nach dem Matching sieht die andere Person in deinem Tandem in der Begrüßung: {fields}. Ziele und Erwartungen nur, solange du sie teilst (änderbar mit `/mentoring profile`).",
    "consent.audience.circle": "• Die Mentor:innen-Runde und die Runde der Führungskräfte sehen {fields}.",
    "consent.audience.managers":
      "• Die Programmleitung sieht {fields}. Was ihr im Tandem besprecht, sieht sie nie.",
    "consent.audience.reports": "• Berichte zeigen {fields}.",
    "consent.nobody":
      "• Niemand sieht, mit wem du nicht zusammenkommen möchtest, deine Bedenken und wann du Zeit hast: Das dient nur dem Matching.",
    "consent.purpose": "• Deine Antworten werden nur für dieses Mentoring-Programm genutzt.",
    "consent.field.name": "deinen Namen",
    "consent.field.role": "deine Rolle",
    "consent.field.department": "deine Abteilung",
    "consent.field.background": "deinen Hintergrund (Mentor:innen)",
    "consent.field.learningGoals": "deine Lernziele (Führungskräfte)",
    "consent.field.hopeToLearn": "was du lernen möchtest (Mentor:innen)",
    "consent.field.expectations": "deine Erwartungen",
    "consent.field.topicRatings": "deine Einschätzung pro Thema (Kenntnisstand oder Selbsteinschätzung)",
    "consent.field.meetingFormat": "wie du dich treffen möchtest",
    "consent.field.meetingFrequency": "wie oft du dich treffen möchtest",
    "consent.field.languages": "deine Sprachen",
    "consent.field.status": "deinen Anmeldestatus",
    "consent.field.checkinAnswers": "deine Check-in-Antworten (getroffen, noch nicht, Hilfe nötig)",
    "consent.field.rematchReason": "deinen Grund, falls du um ein neues Tandem bittest",
    "consent.field.evaluationFigures":
      "deine Evaluationsantworten, nur als Zahlen über mindestens drei Personen",
    "consent.field.evaluationFreeText":
      "deine Freitexte aus der Evaluation, nur wenn du dort zustimmst, gesammelt und ohne Namen",
  },
});

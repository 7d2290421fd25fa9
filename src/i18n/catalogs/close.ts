import { defineCatalog } from "../define";

// Closing, the end of a program and the next cohort, event changes. Params named like mentions or
// channels ({mentor}, {channel}) are mrkdwn built by the code; user text comes in escaped.
export const close = defineCatalog({
  en: {
    "close.help.manager":
      "• `/mentoring event edit` – change or cancel an upcoming event; attendees are told\n• `/mentoring closing` – the showcase channel for the closing event, and when tandem channels are archived\n• `/mentoring program new` – start the next cohort from the last one",
    "close.manager.closed":
      "🏁 *{program}* has ended: {tandems, plural, one {# tandem} other {# tandems}} got a thank-you and the final evaluation is on its way. {archive} Start the next cohort with `/mentoring program new`.",
    "close.manager.archive": "Their channels are archived on {date}.",
    "close.manager.keep": "Their channels are kept.",
    "close.manager.no_showcase":
      "Tandems of *{program}* are now asked for their first successes for the closing event on {when}. No showcase channel is chosen yet: pick one with `/mentoring closing`, otherwise the shared successes come to you by direct message.",
    "close.success.fallback": "Your first successes for the closing event",
    "close.success.title": "First successes for the closing event",
    "close.success.intro":
      "{mentor} and {mentee}, the closing event is on {when}. What has changed since you started? Note your first successes in a few sentences: something done differently now, a tool in use, an idea tried out.",
    "close.success.rule":
      "Either of you can write and edit the text. It is shown at the closing event only if *both* of you agree to share it; editing it asks both of you again.",
    "close.success.none_yet": "_Nothing noted yet._",
    "close.success.current": "*Your text*\n{text}",
    "close.success.agreed": "✅ {person} agreed to share it",
    "close.success.not_agreed": "⏳ {person} has not agreed yet",
    "close.success.shared": "Both of you agreed: it will be shown at the closing event.",
    "close.success.write": "Write our successes",
    "close.success.edit": "Edit",
    "close.success.agree": "I agree to share this",
    "close.success.withdraw": "Withdraw my consent",
    "close.success.modal_title": "First successes",
    "close.success.modal_label": "Your first successes",
    "close.success.modal_hint":
      "Both of you see it here; it is shown at the closing event only if both of you agree. No names of colleagues, nothing confidential.",
    "close.success.not_member": "Only the two members of this tandem can do this.",
    "close.success.write_first": "Write your successes first, then agree to share them.",
    "close.success.gone": "This tandem is no longer running.",
    "close.success.empty": "Please write a few words.",
    "close.showcase.fallback": "First successes from {program}",
    "close.showcase.title": "First successes",
    "close.showcase.intro":
      "Today is the closing event of *{program}*. {count, plural, one {# tandem} other {# tandems}} agreed to share what they achieved:",
    "close.showcase.item": "*{mentor} & {mentee}*\n{text}",
    "close.farewell.text":
      "🎉 {mentor} and {mentee}, the program *{program}* ends today. Thank you for the time and trust you gave each other! You'll get a short final evaluation in a direct message; your answers shape the next cohort.",
    "close.farewell.archive":
      "This channel will be archived on {date}: keep a copy of anything you want to keep.",
    "close.farewell.keep": "This channel stays open, so you can keep in touch.",
    "close.settings.title": "Closing and end",
    "close.settings.intro": "*{program}* ends on {end}.",
    "close.settings.closing_at":
      "The closing event is on {when}. Tandems are asked for their first successes a week before; at the event the ones both members agreed to share are posted in the showcase channel ({shared} of {written} so far).",
    "close.settings.no_closing":
      "No closing event is scheduled yet: schedule one with `/mentoring event`. Tandems are asked for their first successes a week before it.",
    "close.settings.showcase_label": "Showcase channel",
    "close.settings.showcase_hint":
      "Where the shared successes are posted at the closing event. Public channels work right away; invite Tandem to a private one first.",
    "close.settings.archive_label": "Archive the tandem channels",
    "close.settings.archive_days": "{days, plural, one {# day} other {# days}} after the end",
    "close.settings.archive_keep": "Keep them",
    "close.settings.saved": "Saved for *{program}*. Showcase: {channel}. Channels: {archive}.",
    "close.settings.no_showcase": "none chosen",
    "close.next.running":
      "*{program}* is still running until {end}. It closes by itself on its end date; then `/mentoring program new` starts the next cohort from it.",
    "close.next.none":
      "There is no earlier cohort to start from. Create a program with `/mentoring program`.",
    "close.next.intro":
      "A new cohort based on *{program}*: topics, cadences, language and settings are taken over and the dates moved by {weeks, plural, one {# week} other {# weeks}}. Its own circle prompts and events come along, moved by the same amount, when you save.",
    "close.next.created":
      "Started from *{program}*: {prompts, plural, one {# circle prompt} other {# circle prompts}} and {events, plural, one {# event} other {# events}} taken over, moved to the new dates. Each event is announced to people as they sign up.",
    "close.match.late":
      "Late round: only the {count, plural, one {# person} other {# people}} not in a tandem yet are matched; {running, plural, one {the # running tandem stays as it is} other {the # running tandems stay as they are}}.",
    "close.event.pick_title": "Change or cancel an event",
    "close.event.none": "There are no upcoming events to change.",
    "close.event.menu_edit": "Edit",
    "close.event.menu_cancel": "Cancel event",
    "close.event.edit_title": "Edit event",
    "close.event.edit_intro": "*{kind}* of *{program}*. Everyone it was announced to is told what changed.",
    "close.event.cancel_title": "Cancel event",
    "close.event.cancel_confirm":
      "Cancel the *{kind}* on {when}? Everyone it was announced to is told by direct message, and its reminders are withdrawn.",
    "close.event.cancel_note": "A note for the attendees",
    "close.event.cancel_submit": "Cancel event",
    "close.event.keep": "Keep it",
    "close.event.changed_dm": "✏️ *{kind}* ({program}) has changed.\n*When:* {when}\n*Where:* {place}",
    "close.event.cancelled_dm": "❌ The *{kind}* on {when} ({program}) is cancelled.",
    "close.event.note": "> {note}",
    "close.event.saved":
      "Saved. {count, plural, one {# person is} other {# people are}} told about the change.",
    "close.event.cancelled":
      "Cancelled. {count, plural, one {# person is} other {# people are}} told; {withdrawn, plural, one {# message not yet sent was} other {# messages not yet sent were}} withdrawn.",
    "close.event.gone": "This event was cancelled or no longer exists.",
    "close.home.event": "{kind}, {time}",
    "close.home.checkin": "Next check-in in your tandem",
    "close.home.closed": "*{program}* ended on {date}. Thank you for taking part!",
    "close.home.closed_manager":
      "*{program}* closed on {date} with {tandems, plural, one {# tandem} other {# tandems}}. Start the next cohort from it with `/mentoring program new`.",
  },
  de: {
    "close.help.manager":
      "• `/mentoring event edit` – eine anstehende Veranstaltung ändern oder absagen; die Teilnehmenden werden informiert\n• `/mentoring closing` – Showcase-Kanal für die Abschlussveranstaltung und wann die Tandem-Kanäle archiviert werden\n• `/mentoring program new` – die nächste Runde aus der letzten starten",
    "close.manager.closed":
      "🏁 *{program}* ist beendet: {tandems, plural, one {# Tandem hat} other {# Tandems haben}} ein Dankeschön bekommen, die Abschluss-Evaluation ist unterwegs. {archive} Starte die nächste Runde mit `/mentoring program new`.",
    "close.manager.archive": "Die Tandem-Kanäle werden am {date} archiviert.",
    "close.manager.keep": "Die Tandem-Kanäle bleiben erhalten.",
    "close.manager.no_showcase":
      "Die Tandems von *{program}* werden jetzt um ihre ersten Erfolge für die Abschlussveranstaltung am {when} gebeten. Noch ist kein Showcase-Kanal gewählt: Wähle einen mit `/mentoring closing`, sonst bekommst du die geteilten Erfolge als Direktnachricht.",
    "close.success.fallback": "Eure ersten Erfolge für die Abschlussveranstaltung",
    "close.success.title": "Erste Erfolge für die Abschlussveranstaltung",
    "close.success.intro":
      "{mentor} und {mentee}, die Abschlussveranstaltung ist am {when}. Was hat sich seit eurem Start verändert? Haltet eure ersten Erfolge in ein paar Sätzen fest: etwas, das jetzt anders gemacht wird, ein Werkzeug im Einsatz, eine ausprobierte Idee.",
    "close.success.rule":
      "Ihr könnt den Text beide schreiben und ändern. Er wird bei der Abschlussveranstaltung nur gezeigt, wenn *ihr beide* zustimmt; nach einer Änderung fragen wir euch beide erneut.",
    "close.success.none_yet": "_Noch nichts festgehalten._",
    "close.success.current": "*Euer Text*\n{text}",
    "close.success.agreed": "✅ {person} stimmt dem Teilen zu",
    "close.success.not_agreed": "⏳ {person} hat noch nicht zugestimmt",
    "close.success.shared":
      "Ihr habt beide zugestimmt: Der Text wird bei der Abschlussveranstaltung gezeigt.",
    "close.success.write": "Erfolge festhalten",
    "close.success.edit": "Bearbeiten",
    "close.success.agree": "Ich stimme dem Teilen zu",
    "close.success.withdraw": "Zustimmung zurückziehen",
    "close.success.modal_title": "Erste Erfolge",
    "close.success.modal_label": "Eure ersten Erfolge",
    "close.success.modal_hint":
      "Ihr seht ihn beide hier; bei der Abschlussveranstaltung wird er nur gezeigt, wenn ihr beide zustimmt. Keine Namen von Kolleg:innen, nichts Vertrauliches.",
    "close.success.not_member": "Das können nur die beiden Mitglieder dieses Tandems.",
    "close.success.write_first": "Haltet zuerst eure Erfolge fest, dann könnt ihr dem Teilen zustimmen.",
    "close.success.gone": "Dieses Tandem läuft nicht mehr.",
    "close.success.empty": "Bitte schreibt ein paar Worte.",
    "close.showcase.fallback": "Erste Erfolge aus {program}",
    "close.showcase.title": "Erste Erfolge",
    "close.showcase.intro":
      "Heute ist die Abschlussveranstaltung von *{program}*. {count, plural, one {# Tandem teilt} other {# Tandems teilen}}, was sie erreicht haben:",
    "close.showcase.item": "*{mentor} & {mentee}*\n{text}",
    "close.farewell.text":
      "🎉 {mentor} und {mentee}, das Programm *{program}* endet heute. Danke für die Zeit und das Vertrauen, die ihr einander geschenkt habt! Ihr bekommt eine kurze Abschluss-Evaluation als Direktnachricht; eure Antworten prägen die nächste Runde.",
    "close.farewell.archive":
      "Dieser Kanal wird am {date} archiviert: Sichert euch vorher, was ihr behalten möchtet.",
    "close.farewell.keep": "Dieser Kanal bleibt offen, damit ihr in Kontakt bleiben könnt.",
    "close.settings.title": "Abschluss und Ende",
    "close.settings.intro": "*{program}* endet am {end}.",
    "close.settings.closing_at":
      "Die Abschlussveranstaltung ist am {when}. Eine Woche vorher bitten wir die Tandems um ihre ersten Erfolge; bei der Veranstaltung werden die, denen beide zugestimmt haben, im Showcase-Kanal gepostet (bisher {shared} von {written}).",
    "close.settings.no_closing":
      "Noch keine Abschlussveranstaltung geplant: Lege sie mit `/mentoring event` an. Eine Woche vorher bitten wir die Tandems um ihre ersten Erfolge.",
    "close.settings.showcase_label": "Showcase-Kanal",
    "close.settings.showcase_hint":
      "Hier werden die geteilten Erfolge bei der Abschlussveranstaltung gepostet. Öffentliche Kanäle funktionieren sofort; in einen privaten Kanal lade Tandem zuerst ein.",
    "close.settings.archive_label": "Tandem-Kanäle archivieren",
    "close.settings.archive_days": "{days, plural, one {# Tag} other {# Tage}} nach dem Ende",
    "close.settings.archive_keep": "Behalten",
    "close.settings.saved": "Gespeichert für *{program}*. Showcase: {channel}. Kanäle: {archive}.",
    "close.settings.no_showcase": "keiner gewählt",
    "close.next.running":
      "*{program}* läuft noch bis zum {end}. Es endet von selbst an seinem Enddatum; danach startet `/mentoring program new` die nächste Runde daraus.",
    "close.next.none":
      "Es gibt keine frühere Runde als Vorlage. Lege ein Programm mit `/mentoring program` an.",
    "close.next.intro":
      "Eine neue Runde nach dem Vorbild von *{program}*: Themen, Rhythmen, Sprache und Einstellungen werden übernommen, die Daten um {weeks, plural, one {# Woche} other {# Wochen}} verschoben. Eigene Impulse für die Mentor:innen-Runde und Veranstaltungen kommen beim Speichern mit, um denselben Abstand verschoben.",
    "close.next.created":
      "Aus *{program}* übernommen: {prompts, plural, one {# Impuls} other {# Impulse}} für die Mentor:innen-Runde und {events, plural, one {# Veranstaltung} other {# Veranstaltungen}}, auf die neuen Daten verschoben. Jede Veranstaltung wird allen angekündigt, sobald sie sich anmelden.",
    "close.match.late":
      "Nachzügler-Runde: Nur {count, plural, one {die # Person, die noch in keinem Tandem ist, wird} other {die # Personen, die noch in keinem Tandem sind, werden}} zugeordnet; {running, plural, one {das # laufende Tandem bleibt, wie es ist} other {die # laufenden Tandems bleiben, wie sie sind}}.",
    "close.event.pick_title": "Veranstaltung ändern oder absagen",
    "close.event.none": "Es gibt keine anstehenden Veranstaltungen zum Ändern.",
    "close.event.menu_edit": "Bearbeiten",
    "close.event.menu_cancel": "Absagen",
    "close.event.edit_title": "Veranstaltung ändern",
    "close.event.edit_intro":
      "*{kind}* von *{program}*. Alle, denen sie angekündigt wurde, erfahren, was sich geändert hat.",
    "close.event.cancel_title": "Veranstaltung absagen",
    "close.event.cancel_confirm":
      "Die Veranstaltung *{kind}* am {when} absagen? Alle, denen sie angekündigt wurde, bekommen eine Direktnachricht, und ihre Erinnerungen werden zurückgezogen.",
    "close.event.cancel_note": "Eine Notiz für die Teilnehmenden",
    "close.event.cancel_submit": "Absagen",
    "close.event.keep": "Behalten",
    "close.event.changed_dm":
      "✏️ Die Veranstaltung *{kind}* ({program}) hat sich geändert.\n*Wann:* {when}\n*Wo:* {place}",
    "close.event.cancelled_dm": "❌ Die Veranstaltung *{kind}* am {when} ({program}) ist abgesagt.",
    "close.event.note": "> {note}",
    "close.event.saved":
      "Gespeichert. {count, plural, one {# Person erfährt} other {# Personen erfahren}} von der Änderung.",
    "close.event.cancelled":
      "Abgesagt. {count, plural, one {# Person wird} other {# Personen werden}} informiert; {withdrawn, plural, one {# noch nicht gesendete Nachricht wurde} other {# noch nicht gesendete Nachrichten wurden}} zurückgezogen.",
    "close.event.gone": "Diese Veranstaltung wurde abgesagt oder existiert nicht mehr.",
    "close.home.event": "{kind}, {time}",
    "close.home.checkin": "Nächster Check-in in eurem Tandem",
    "close.home.closed": "*{program}* endete am {date}. Danke fürs Mitmachen!",
    "close.home.closed_manager":
      "*{program}* wurde am {date} mit {tandems, plural, one {# Tandem} other {# Tandems}} abgeschlossen. Starte die nächste Runde daraus mit `/mentoring program new`.",
  },
});

import { defineCatalog } from "../define";

/*
 * What program managers hear by DM at the moments that need them, what participants hear at the end,
 * and the closed cohorts on the App Home (services/notices, services/outcome, services/cohorts).
 * Parameters are used with t.plain: program names come in escaped, mentions as they are.
 */
export const notices = defineCatalog({
  en: {
    "notices.signup.fallback": "Sign-up for {program} has passed its deadline",
    "notices.signup.text":
      "*Sign-up for {program} has passed its deadline* ({date}).\nSigned up so far: mentors: {mentors} · executives: {mentees}.",
    "notices.signup.unfinished": "Started but not finished: {count}.",
    "notices.signup.next":
      "When you are ready, close sign-up and start matching: you review every pair before anyone is told.",
    "notices.signup.button": "Close sign-up & start matching",
    "notices.signup.stale": "{program} is no longer in sign-up, so there is nothing to close.",
    "notices.results.fallback.midterm": "The mid-term results of {program} are ready",
    "notices.results.fallback.final": "The final results of {program} are ready",
    "notices.results.text.midterm":
      "*The mid-term results of {program} are ready.*\nThe mid-term evaluation closed on {date}.",
    "notices.results.text.final":
      "*The final results of {program} are ready.*\nThe final evaluation closed on {date}.",
    "notices.results.response": "{answered} of {invited} people invited answered ({rate} %).",
    "notices.results.report":
      "The steering report shows the figures, each only where it rests on at least three people.",
    "notices.results.summary":
      "On {date}, everyone who took part gets a short summary in their language: how many tandems and meetings there were and how satisfied people were, only as figures over at least three people. If you write down what changes for the next cohort before then, the summary includes it; otherwise it says nothing about changes.",
    "notices.results.report_button": "Open the report",
    "notices.results.changes_button": "Write what changes",
    "notices.low.fallback": "Low response: {wave} of {program}",
    "notices.low.text":
      "*Low response · {wave} · {program}*\nSo far {answered} of {invited} people invited have answered ({rate} %). The evaluation closes on {date}.",
    "notices.low.definition":
      "We call a response low when fewer than {threshold} % of the people invited answer: then the figures may not speak for the cohort. You can remind people in person, or keep the evaluation open longer.",
    "notices.low.button": "Change the dates",
    "notices.pause.fallback": "A tandem paused until {until}",
    "notices.pause.text": "{by} paused the tandem of {mentor} and {mentee} until {until}.",
    "notices.pause.text_member": "{by} paused the tandem with {partner} until {until}.",
    "notices.pause.channel": "Channel: {channel}",
    "notices.pause.effect":
      "Check-ins and reminders wait until then. The tandem can go on earlier with *Resume now* under the pause notice in its channel.",
    "notices.summary.fallback": "What came of {program}",
    "notices.summary.title": "*What came of {program}*",
    "notices.summary.intro": "Thank you for taking part! Here is how the cohort went:",
    "notices.summary.people":
      "• {people, plural, one {# person} other {# people}} in {tandems, plural, one {# tandem} other {# tandems}}",
    "notices.summary.people_only": "• {people, plural, one {# person} other {# people}} took part",
    "notices.summary.meetings.one": "• 1 meeting reported in check-ins",
    "notices.summary.meetings.other": "• {meetings} meetings reported in check-ins",
    "notices.summary.satisfied":
      "• {percent} % of the {of} people who answered the final evaluation were satisfied or very satisfied",
    "notices.summary.again": "• {part} of {of} would take part again",
    "notices.summary.few":
      "There were too few answers for figures: we only show figures over at least three people.",
    "notices.summary.changes": "*What changes for the next cohort*",
    "notices.summary.privacy":
      "Figures only over at least three people, so that nobody's answers can be told from them.",
    "notices.changes.title": "What changes",
    "notices.changes.submit": "Save",
    "notices.changes.intro":
      "Everyone who took part in *{program}* gets a short summary on {date}. What you write here is added to it under “What changes for the next cohort”. Leave both fields empty and the summary says nothing about changes.",
    "notices.changes.de": "What changes (German)",
    "notices.changes.en": "What changes (English)",
    "notices.changes.hint":
      "People read the text in their language; if it is empty, they read the other one. At most 1,500 characters.",
    "notices.changes.saved": "Saved. The summary of {program} on {date} includes what changes.",
    "notices.changes.cleared": "Saved. The summary of {program} on {date} says nothing about changes.",
    "notices.changes.too_late":
      "The summary of {program} has already gone out; nothing can be added to it now.",
    "notices.changes.no_program": "This cohort no longer exists.",
    "notices.past.title": "*Past cohorts*: their steering report and export stay here.",
    "notices.past.line": "*{program}* · {start} – {end}",
    "notices.past.more.one":
      "1 older cohort is not listed: `/mentoring report <name>` and `/mentoring export <name>` reach it.",
    "notices.past.more.other":
      "{count, plural, one {# older cohort is} other {# older cohorts are}} not listed: `/mentoring report <name>` and `/mentoring export <name>` reach them.",
    "notices.cohort.ambiguous": "More than one cohort matches “{typed}”. Which one do you mean?",
    "notices.cohort.unknown": "No cohort is called “{typed}”. These are the cohorts:",
  },
  de: {
    "notices.signup.fallback": "Die Anmeldefrist für {program} ist abgelaufen",
    "notices.signup.text":
      "*Die Anmeldefrist für {program} ist abgelaufen* ({date}).\nBisher angemeldet: Mentor:innen: {mentors} · Führungskräfte: {mentees}.",
    "notices.signup.unfinished": "Begonnen, aber nicht abgeschlossen: {count}.",
    "notices.signup.next":
      "Wenn du so weit bist, schließe die Anmeldung und starte das Matching: Du prüfst jedes Paar, bevor jemand davon erfährt.",
    "notices.signup.button": "Anmeldung schließen & matchen",
    "notices.signup.stale": "{program} ist nicht mehr in der Anmeldung, es gibt also nichts zu schließen.",
    "notices.results.fallback.midterm": "Die Ergebnisse der Halbzeit-Evaluation von {program} liegen vor",
    "notices.results.fallback.final": "Die Ergebnisse der Abschluss-Evaluation von {program} liegen vor",
    "notices.results.text.midterm":
      "*Die Ergebnisse der Halbzeit-Evaluation von {program} liegen vor.*\nDie Halbzeit-Evaluation endete am {date}.",
    "notices.results.text.final":
      "*Die Ergebnisse der Abschluss-Evaluation von {program} liegen vor.*\nDie Abschluss-Evaluation endete am {date}.",
    "notices.results.response":
      "{answered} von {invited} eingeladenen Personen haben geantwortet ({rate} %).",
    "notices.results.report":
      "Der Steuerungsbericht zeigt die Zahlen, jede nur dort, wo sie auf mindestens drei Personen beruht.",
    "notices.results.summary":
      "Am {date} bekommen alle, die teilgenommen haben, eine kurze Zusammenfassung in ihrer Sprache: wie viele Tandems und Treffen es gab und wie zufrieden die Teilnehmenden waren, nur als Zahlen über mindestens drei Personen. Wenn du vorher aufschreibst, was sich für die nächste Kohorte ändert, steht das darin; sonst sagt die Zusammenfassung nichts über Änderungen.",
    "notices.results.report_button": "Bericht öffnen",
    "notices.results.changes_button": "Änderungen aufschreiben",
    "notices.low.fallback": "Geringe Beteiligung: {wave} von {program}",
    "notices.low.text":
      "*Geringe Beteiligung · {wave} · {program}*\nBisher haben {answered} von {invited} eingeladenen Personen geantwortet ({rate} %). Die Evaluation endet am {date}.",
    "notices.low.definition":
      "Als gering gilt eine Beteiligung, wenn weniger als {threshold} % der Eingeladenen antworten: Dann sprechen die Zahlen womöglich nicht für die Kohorte. Du kannst die Eingeladenen persönlich erinnern oder die Evaluation länger offen lassen.",
    "notices.low.button": "Termine ändern",
    "notices.pause.fallback": "Ein Tandem pausiert bis zum {until}",
    "notices.pause.text": "{by} hat das Tandem von {mentor} und {mentee} bis zum {until} pausiert.",
    "notices.pause.text_member": "{by} hat das Tandem mit {partner} bis zum {until} pausiert.",
    "notices.pause.channel": "Kanal: {channel}",
    "notices.pause.effect":
      "Check-ins und Erinnerungen ruhen bis dahin. Mit *Jetzt fortsetzen* unter der Pausenmeldung im Kanal des Tandems geht es früher weiter.",
    "notices.summary.fallback": "Das hat {program} gebracht",
    "notices.summary.title": "*Das hat {program} gebracht*",
    "notices.summary.intro": "Danke, dass du dabei warst! So lief die Kohorte:",
    "notices.summary.people":
      "• {people, plural, one {# Person} other {# Personen}} in {tandems, plural, one {# Tandem} other {# Tandems}}",
    "notices.summary.people_only":
      "• {people, plural, one {# Person hat} other {# Personen haben}} teilgenommen",
    "notices.summary.meetings.one": "• 1 in Check-ins gemeldetes Treffen",
    "notices.summary.meetings.other": "• {meetings} in Check-ins gemeldete Treffen",
    "notices.summary.satisfied":
      "• {percent} % der {of} Personen, die die Abschluss-Evaluation beantwortet haben, waren zufrieden oder sehr zufrieden",
    "notices.summary.again": "• {part} von {of} würden wieder teilnehmen",
    "notices.summary.few":
      "Für Zahlen gab es zu wenige Antworten: Wir zeigen Zahlen nur über mindestens drei Personen.",
    "notices.summary.changes": "*Was sich für die nächste Kohorte ändert*",
    "notices.summary.privacy":
      "Zahlen nur über mindestens drei Personen, damit sich niemandes Antworten daraus ablesen lassen.",
    "notices.changes.title": "Was sich ändert",
    "notices.changes.submit": "Speichern",
    "notices.changes.intro":
      "Alle, die an *{program}* teilgenommen haben, bekommen am {date} eine kurze Zusammenfassung. Was du hier schreibst, steht darin unter „Was sich für die nächste Kohorte ändert“. Lässt du beide Felder leer, sagt die Zusammenfassung nichts über Änderungen.",
    "notices.changes.de": "Was sich ändert (Deutsch)",
    "notices.changes.en": "Was sich ändert (Englisch)",
    "notices.changes.hint":
      "Alle lesen den Text in ihrer Sprache; ist er leer, lesen sie den anderen. Höchstens 1.500 Zeichen.",
    "notices.changes.saved": "Gespeichert. Die Zusammenfassung von {program} am {date} nennt die Änderungen.",
    "notices.changes.cleared":
      "Gespeichert. Die Zusammenfassung von {program} am {date} sagt nichts über Änderungen.",
    "notices.changes.too_late":
      "Die Zusammenfassung von {program} ist schon verschickt; es lässt sich nichts mehr hinzufügen.",
    "notices.changes.no_program": "Diese Kohorte gibt es nicht mehr.",
    "notices.past.title": "*Frühere Kohorten*: Steuerungsbericht und Export bleiben hier erreichbar.",
    "notices.past.line": "*{program}* · {start} – {end}",
    "notices.past.more.one":
      "1 ältere Kohorte steht nicht in der Liste: `/mentoring report <Name>` und `/mentoring export <Name>` erreichen sie.",
    "notices.past.more.other":
      "{count, plural, one {# ältere Kohorte steht} other {# ältere Kohorten stehen}} nicht in der Liste: `/mentoring report <Name>` und `/mentoring export <Name>` erreichen sie.",
    "notices.cohort.ambiguous": "Auf „{typed}“ passt mehr als eine Kohorte. Welche meinst du?",
    "notices.cohort.unknown": "Keine Kohorte heißt „{typed}“. Das sind die Kohorten:",
  },
});

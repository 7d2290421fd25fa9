import { defineCatalog } from "../define";

export const home = defineCatalog({
  en: {
    "home.title": "Reverse mentoring",
    "home.intro":
      "Junior employees mentor executives on digital topics, in tandems of two, over a few months.",
    "home.participant.title": "Your participation",
    "home.program": "Program: *{name}*",
    "home.no_program":
      "There is no mentoring program open for sign-up right now. The next one will be announced here.",
    "home.none.open_undated": "You haven't signed up yet. Sign-up is still open. Choose your role:",
    "home.none.open": "You haven't signed up yet. Sign-up is open until *{deadline}*. Choose your role:",
    "home.none.closed": "Sign-up for this program is closed. You can join the next one.",
    "home.join.mentor_text":
      "*As a mentor* you share your digital know-how with an executive and get a view of leadership.",
    "home.join.mentee_text": "*As an executive* you learn from a junior mentor on the topics you choose.",
    "home.draft": "You started signing up (role: *{role}*), but your questionnaire is not finished yet.",
    "home.draft.next_undated":
      "*Next step:* finish the questionnaire soon, so we can consider you for matching.",
    "home.draft.next":
      "*Next step:* finish the questionnaire by *{deadline}*, so we can consider you for matching.",
    "home.draft.closed":
      "You started signing up (role: *{role}*), but sign-up closed before your questionnaire was finished. You can join the next program.",
    "home.complete": "You're signed up. Your role: *{role}*. Your questionnaire is complete. ✅",
    "home.complete.next":
      "*Next step:* we form the tandems after sign-up closes on *{deadline}*. You'll get a message about your partner. Until then you can edit your answers.",
    "home.complete.next_closed":
      "*Next step:* the tandems are being formed. You'll get a message about your partner.",
    "home.waiting":
      "You're on the waiting list (role: *{role}*): this round there was no partner who fits you well.",
    "home.waiting.next":
      "*Next step:* nothing to do for now. We'll let you know as soon as we find a partner.",
    "home.matched": "You're in a tandem. Your role: *{role}*. 🤝",
    "home.matched.partner": "Your partner",
    "home.matched.channel": "Your tandem channel",
    "home.matched.next": "*Next step:* agree on your next meeting in your tandem channel.",
    "home.matched.next_no_channel":
      "*Next step:* your tandem channel is being set up. You'll be invited shortly.",
    "home.withdrawn": "You have left the program.",
    "home.withdrawn.next_open_undated": "Changed your mind? Sign-up is still open, you can join again.",
    "home.withdrawn.next_open": "Changed your mind? You can join again until *{deadline}*.",
    "home.withdrawn.next_closed": "You are welcome to join the next program.",
    "home.button.join_mentor": "Join as mentor",
    "home.button.join_mentee": "Join as executive",
    "home.button.finish": "Finish questionnaire",
    "home.button.edit": "Edit my answers",
    "home.button.leave": "Leave the program",
    "home.dates.title": "Next dates",
    "home.dates.none": "No upcoming dates.",
    "home.date.signup_deadline": "Sign-up deadline",
    "home.date.program_start": "Program starts",
    "home.date.program_end": "Program ends",
    "home.manager.title": "Program management",
    "home.manager.no_program":
      "There is no program yet. Create one to choose its topics and dates, then open the sign-up.",
    "home.manager.button.create": "Create program",
    "home.manager.button.edit": "Edit program",
    "home.manager.button.open_signup": "Open sign-up",
    "home.manager.button.close_signup": "Close sign-up",
    "home.manager.program": "*{name}*\n{start} – {end} · sign-up deadline {deadline}\nStatus: {status}",
    "home.manager.signup_open": "Sign-up is *open*.",
    "home.manager.signup_closed": "Sign-up is *closed*.",
    "home.manager.signup_expired": "Sign-up is switched on, but the deadline has passed.",
    "home.status.draft": "in preparation",
    "home.status.signup": "sign-up",
    "home.status.matching": "matching",
    "home.status.running": "running",
    "home.status.closed": "closed",
    "home.manager.signups.title": "Sign-ups",
    "home.manager.signups.none": "Nobody has signed up yet.",
    "home.manager.tally": "*{label}*\n{complete} complete · {draft} in progress",
    "home.manager.total": "Total",
    "home.manager.departments.title": "By department",
    "home.manager.department_line": "{department}: {people} signed up",
    "home.manager.department_none": "(no department given)",
    "home.manager.department_other": "Other departments (the smallest, together)",
    "home.manager.departments.explain":
      "Departments with fewer than 3 people (and fewer than 3 without one) are counted together as “Other departments”, with the next smallest department if they come to only 1 or 2; {small} means 1 or 2. Complete and in progress are counted per role only.",
    "home.manager.unfinished.title": "Questionnaire not finished ({count})",
    "home.manager.unfinished.none": "Everyone who signed up has finished the questionnaire.",
    "home.manager.more": "…and {count} more",
    "home.manager.topics.title": "Topic demand and supply",
    "home.manager.topics.explain":
      "Demand: executives who rate themselves 1–2. Supply: mentors who rate themselves 4–5. {small} means 1 or 2. ⚠️ marks topics where demand exceeds supply (not when both are {small}: that would tell 2 from 1).",
    "home.manager.topic_line": "{topic}: demand {demand} · supply {supply}",
    "home.manager.topics.none": "The program has no topics yet.",
  },
  de: {
    "home.title": "Reverse Mentoring",
    "home.intro":
      "Nachwuchskräfte begleiten Führungskräfte bei digitalen Themen: als Tandem zu zweit, über einige Monate.",
    "home.participant.title": "Deine Teilnahme",
    "home.program": "Programm: *{name}*",
    "home.no_program":
      "Zurzeit ist kein Mentoring-Programm zur Anmeldung offen. Das nächste wird hier angekündigt.",
    "home.none.open_undated":
      "Du bist noch nicht angemeldet. Die Anmeldung ist noch offen. Wähle deine Rolle:",
    "home.none.open":
      "Du bist noch nicht angemeldet. Die Anmeldung ist bis zum *{deadline}* offen. Wähle deine Rolle:",
    "home.none.closed":
      "Die Anmeldung für dieses Programm ist geschlossen. Du kannst beim nächsten mitmachen.",
    "home.join.mentor_text":
      "*Als Mentor:in* gibst du dein digitales Wissen an eine Führungskraft weiter und bekommst Einblick in Führung.",
    "home.join.mentee_text":
      "*Als Führungskraft* lernst du von einer Nachwuchskraft zu den Themen, die du auswählst.",
    "home.draft":
      "Du hast mit der Anmeldung als *{role}* begonnen, aber dein Fragebogen ist noch nicht fertig.",
    "home.draft.next_undated":
      "*Nächster Schritt:* Fülle den Fragebogen bald aus, damit wir dich beim Matching berücksichtigen können.",
    "home.draft.next":
      "*Nächster Schritt:* Fülle den Fragebogen bis zum *{deadline}* aus, damit wir dich beim Matching berücksichtigen können.",
    "home.draft.closed":
      "Du hast mit der Anmeldung als *{role}* begonnen, aber die Anmeldung wurde geschlossen, bevor dein Fragebogen fertig war. Du kannst beim nächsten Programm mitmachen.",
    "home.complete": "Du bist als *{role}* angemeldet. Dein Fragebogen ist vollständig. ✅",
    "home.complete.next":
      "*Nächster Schritt:* Wir bilden die Tandems, nachdem die Anmeldung am *{deadline}* endet. Du bekommst eine Nachricht zu deinem Tandem. Bis dahin kannst du deine Angaben ändern.",
    "home.complete.next_closed":
      "*Nächster Schritt:* Die Tandems werden gerade gebildet. Du bekommst eine Nachricht zu deinem Tandem.",
    "home.waiting":
      "Du stehst als *{role}* auf der Warteliste: In dieser Runde gab es niemanden, der gut zu dir passt.",
    "home.waiting.next":
      "*Nächster Schritt:* Du musst nichts tun. Wir melden uns, sobald wir ein passendes Gegenüber finden.",
    "home.matched": "Du bist als *{role}* in einem Tandem. 🤝",
    "home.matched.partner": "Dein Tandem-Gegenüber",
    "home.matched.channel": "Euer Tandem-Kanal",
    "home.matched.next": "*Nächster Schritt:* Verabredet euer nächstes Treffen in eurem Tandem-Kanal.",
    "home.matched.next_no_channel":
      "*Nächster Schritt:* Euer Tandem-Kanal wird gerade eingerichtet. Du wirst gleich eingeladen.",
    "home.withdrawn": "Du hast das Programm verlassen.",
    "home.withdrawn.next_open_undated":
      "Doch wieder dabei? Die Anmeldung ist noch offen, du kannst dich neu anmelden.",
    "home.withdrawn.next_open": "Doch wieder dabei? Du kannst dich bis zum *{deadline}* neu anmelden.",
    "home.withdrawn.next_closed": "Beim nächsten Programm bist du herzlich willkommen.",
    "home.button.join_mentor": "Als Mentor:in anmelden",
    "home.button.join_mentee": "Als Führungskraft anmelden",
    "home.button.finish": "Fragebogen abschließen",
    "home.button.edit": "Angaben ändern",
    "home.button.leave": "Programm verlassen",
    "home.dates.title": "Nächste Termine",
    "home.dates.none": "Keine anstehenden Termine.",
    "home.date.signup_deadline": "Anmeldeschluss",
    "home.date.program_start": "Programmstart",
    "home.date.program_end": "Programmende",
    "home.manager.title": "Programmleitung",
    "home.manager.no_program":
      "Es gibt noch kein Programm. Lege eines an, wähle Themen und Termine und öffne dann die Anmeldung.",
    "home.manager.button.create": "Programm anlegen",
    "home.manager.button.edit": "Programm bearbeiten",
    "home.manager.button.open_signup": "Anmeldung öffnen",
    "home.manager.button.close_signup": "Anmeldung schließen",
    "home.manager.program": "*{name}*\n{start} – {end} · Anmeldeschluss {deadline}\nStatus: {status}",
    "home.manager.signup_open": "Die Anmeldung ist *offen*.",
    "home.manager.signup_closed": "Die Anmeldung ist *geschlossen*.",
    "home.manager.signup_expired": "Die Anmeldung ist eingeschaltet, aber der Anmeldeschluss ist vorbei.",
    "home.status.draft": "in Vorbereitung",
    "home.status.signup": "Anmeldung",
    "home.status.matching": "Matching",
    "home.status.running": "läuft",
    "home.status.closed": "abgeschlossen",
    "home.manager.signups.title": "Anmeldungen",
    "home.manager.signups.none": "Bisher hat sich niemand angemeldet.",
    "home.manager.tally": "*{label}*\n{complete} vollständig · {draft} in Arbeit",
    "home.manager.total": "Gesamt",
    "home.manager.departments.title": "Nach Abteilung",
    "home.manager.department_line": "{department}: {people} angemeldet",
    "home.manager.department_none": "(keine Abteilung angegeben)",
    "home.manager.department_other": "Weitere Abteilungen (die kleinsten, zusammen)",
    "home.manager.departments.explain":
      "Abteilungen mit weniger als 3 Personen (und weniger als 3 ohne Angabe) werden als „Weitere Abteilungen“ zusammengezählt, mit der nächstkleineren Abteilung, wenn es nur 1 oder 2 sind; {small} heißt 1 oder 2. Vollständig und in Arbeit werden nur pro Rolle gezählt.",
    "home.manager.unfinished.title": "Fragebogen nicht abgeschlossen ({count})",
    "home.manager.unfinished.none": "Alle Angemeldeten haben ihren Fragebogen abgeschlossen.",
    "home.manager.more": "…und {count} weitere",
    "home.manager.topics.title": "Themen: Bedarf und Angebot",
    "home.manager.topics.explain":
      "Bedarf: Führungskräfte, die sich mit 1–2 einschätzen. Angebot: Mentor:innen, die sich mit 4–5 einschätzen. {small} heißt 1 oder 2. ⚠️ markiert Themen, bei denen der Bedarf das Angebot übersteigt (nicht, wenn beide {small} sind: das verriete 2 gegen 1).",
    "home.manager.topic_line": "{topic}: Bedarf {demand} · Angebot {supply}",
    "home.manager.topics.none": "Das Programm hat noch keine Themen.",
  },
});

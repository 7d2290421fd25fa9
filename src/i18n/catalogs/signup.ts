import { defineCatalog } from "../define";

export const signup = defineCatalog({
  en: {
    "signup.role_modal.title": "Join Tandem",
    "signup.role_modal.submit": "Continue",
    "signup.role_modal.intro":
      "*{program}* pairs junior employees (mentors) with executives (mentees) for a few months of reverse mentoring. Which role is yours?",
    "signup.role.label": "Your role",
    "signup.role.mentor": "Mentor",
    "signup.role.mentor_desc": "I'm a junior employee and share my digital know-how with an executive.",
    "signup.role.mentee": "Executive (mentee)",
    "signup.role.mentee_desc": "I lead people and want to learn digital skills from a junior colleague.",

    "signup.q.title.mentor": "Sign up as mentor",
    "signup.q.title.mentee": "Sign up as executive",
    "signup.q.submit": "Sign up",
    "signup.q.submit_edit": "Save changes",
    "signup.q.intro.mentor":
      "Thanks for mentoring in *{program}*! Your answers help us find an executive who fits you. It takes about five minutes.",
    "signup.q.intro.mentee":
      "Welcome to *{program}*! Your answers help us find a mentor who fits your goals. It takes about five minutes.",
    "signup.q.editing": "You're editing your sign-up. Change what you like and save.",
    "signup.q.switching":
      "You're switching from *{from}* to *{to}*. Your answers to this questionnaire replace your earlier ones.",
    "signup.q.switch_hint": "Want the other role? Use `/mentoring join {other}`.",
    "signup.q.department.label": "Department",
    "signup.q.department.placeholder": "e.g. Marketing, IT, Finance",
    "signup.q.background.label": "Your experience background",
    "signup.q.background.hint": "What do you do, and which digital tools and topics do you know well?",
    "signup.q.hope_to_learn.label": "What do you hope to learn from an executive?",
    "signup.q.hope_to_learn.hint": "e.g. how decisions are made, strategy, leading people",
    "signup.q.learning_goals.label": "Your learning goals",
    "signup.q.learning_goals.hint": "What would you like to be able to do after the program?",
    "signup.q.expectations.label": "What do you expect from the tandem?",
    "signup.q.expectations.hint": "Your partner will see this when you are matched.",
    "signup.q.concerns.label": "Any concerns?",
    "signup.q.concerns.hint": "Optional. Anything that worries you about the program.",
    "signup.q.ratings.mentor":
      "*Your skill level per topic*\nHow well do you know each topic? 1 means new to it, 5 means highly specialised.",
    "signup.q.ratings.mentee":
      "*Your self-assessment per topic*\nWhere do you stand today? The levels follow the EU's DigComp framework for digital skills: 1 new to it, 2 foundation, 3 intermediate, 4 advanced, 5 highly specialised.",
    "signup.q.rating.placeholder": "Choose a level",
    "signup.q.meeting_format.label": "How would you like to meet?",
    "signup.q.format.in_person": "In person",
    "signup.q.format.remote": "Remote",
    "signup.q.format.mixed": "Mixed",
    "signup.q.meetings_per_month.label": "How often?",
    "signup.q.per_month.1": "Once a month",
    "signup.q.per_month.2": "Twice a month",
    "signup.q.languages.label": "Languages you can mentor or be mentored in",
    "signup.q.lang.de": "Deutsch",
    "signup.q.lang.en": "English",
    "signup.q.other_languages.label": "Other languages",
    "signup.q.other_languages.hint": "Optional, separated by commas.",
    "signup.q.availability.label": "When are you usually available?",
    "signup.q.availability.placeholder": "e.g. Tuesday and Thursday afternoons",
    "signup.q.excluded.label": "People you must not be paired with",
    "signup.q.excluded.hint":
      "Optional. For example someone in your reporting line. This stays confidential: nobody else ever sees this list.",
    "signup.q.consent.text":
      "*How your answers are used*\n• Your tandem partner sees your goals and expectations in the welcome message, once you are matched.\n• The program managers see your status and totals for the whole program. They never see what you talk about in your tandem.\n• The list of people you must not be paired with is seen by nobody. It is only used to avoid those pairs.\n• Your answers are used only for this mentoring program.",
    "signup.q.consent.label": "Consent",
    "signup.q.consent.option": "I agree that my answers are used as described above.",

    "signup.error.required": "Please fill this in.",
    "signup.error.too_long": "Please keep this to {max} characters.",
    "signup.error.invalid_choice": "Please choose one of the options.",
    "signup.error.no_language": "Please choose at least one language (or type one below).",
    "signup.error.language_too_long": "Each language can have at most {max} characters.",
    "signup.error.exclude_self": "You can't exclude yourself.",
    "signup.error.too_many_excluded": "Please choose at most {max} people.",
    "signup.error.consent_required": "We can only use your sign-up with your consent.",
    "signup.error.rating_required": "Please choose a level for this topic.",

    "signup.closed.not_yet":
      "Sign-up for *{program}* hasn't opened yet. You'll see an announcement as soon as it does.",
    "signup.closed.past":
      "Sign-up for *{program}* is closed (the deadline was {deadline}). If you still want to take part, please contact the program managers.",
    "signup.closed.now":
      "Sign-up for *{program}* is closed at the moment. If you want to take part, please contact the program managers.",
    "signup.matched":
      "You're already in a tandem in *{program}*, so your sign-up can no longer be changed. Questions? Please contact the program managers.",
    "signup.info.title": "Tandem",

    "signup.status.draft": "Started, not finished",
    "signup.status.complete": "Signed up, waiting for matching",
    "signup.status.waiting": "On the waiting list",
    "signup.status.matched": "In a tandem",
    "signup.status.withdrawn": "Withdrawn",

    "signup.dm.new": "Thanks! You're signed up for *{program}* as *{role}*.",
    "signup.dm.updated": "Your answers for *{program}* are saved. You're signed up as *{role}*.",
    "signup.dm.switched":
      "You're now signed up for *{program}* as *{role}*. Your earlier answers were replaced.",
    "signup.dm.status": "*Status:* {status}",
    "signup.dm.next.before_deadline":
      "*Next step:* sign-up closes on {deadline}. After that the program managers form the tandems, and I'll message you with your partner. Until then you can change your answers at any time.",
    "signup.dm.next.after_deadline":
      "*Next step:* the program managers are forming the tandems now. I'll message you as soon as yours is ready.",
    "signup.dm.next.waiting":
      "*Next step:* there is no partner for you yet. You're on the waiting list, and I'll message you as soon as someone fits.",
    "signup.dm.withdrawn":
      "You've withdrawn from *{program}*. You won't be matched, and nobody waits for you. Changed your mind? Use `/mentoring join` while sign-up is open.",

    "signup.profile.title": "Your sign-up",
    "signup.profile.program": "*Program:* {program}",
    "signup.profile.role": "*Role:* {role}",
    "signup.profile.status": "*Status:* {status}",
    "signup.profile.ratings.mentor": "Skill level per topic",
    "signup.profile.ratings.mentee": "Self-assessment per topic",
    "signup.profile.rating_line": "• {topic}: {level}",
    "signup.profile.format": "{format}, {frequency}",
    "signup.join_failed":
      "Something went wrong opening the sign-up form (many people may be joining at once). Click *Try again* and it will open.",
    "signup.join_failed.retry": "Try again",
    "signup.profile.meetings": "Meetings",
    "signup.profile.languages": "Languages",
    "signup.profile.excluded":
      "*People you must not be paired with:* {count}. Confidential: only you see this; open *Edit answers* to see or change the list.",
    "signup.profile.excluded_none": "*People you must not be paired with:* none",
    "signup.profile.consent": "Consent given on {date}.",
    "signup.profile.empty": "–",
    "signup.profile.edit": "Edit answers",
    "signup.profile.leave": "Withdraw",
    "signup.profile.not_signed_up":
      "You haven't signed up for *{program}* yet. Use `/mentoring join` to sign up.",
    "signup.profile.draft":
      "You started signing up but haven't finished yet. Use `/mentoring join` to finish.",

    "signup.leave.confirm":
      "Do you really want to withdraw from *{program}*? You won't be matched. While sign-up is open you can join again.",
    "signup.leave.confirm_button": "Yes, withdraw",
    "signup.leave.cancel_button": "Keep me in",
    "signup.leave.cancelled": "Good, you stay signed up for *{program}*.",
    "signup.leave.done": "You've withdrawn from *{program}*.",
    "signup.leave.not_signed_up":
      "You're not signed up for *{program}*, so there is nothing to withdraw. Use `/mentoring join` to sign up.",
    "signup.leave.matched":
      "You're already in a tandem in *{program}*. To leave it, please talk to the program managers, or ask them confidentially for a new match.",
    "signup.leave_modal.title": "Withdraw",
    "signup.leave_modal.submit": "Withdraw",
  },
  de: {
    "signup.role_modal.title": "Bei Tandem mitmachen",
    "signup.role_modal.submit": "Weiter",
    "signup.role_modal.intro":
      "*{program}* bringt Nachwuchskräfte (Mentor/innen) und Führungskräfte (Mentees) für einige Monate im Reverse Mentoring zusammen. Welche Rolle hast du?",
    "signup.role.label": "Deine Rolle",
    "signup.role.mentor": "Mentor/in",
    "signup.role.mentor_desc": "Ich bin Nachwuchskraft und teile mein digitales Wissen.",
    "signup.role.mentee": "Führungskraft (Mentee)",
    "signup.role.mentee_desc": "Ich führe Menschen und möchte Digitales von Jüngeren lernen.",

    "signup.q.title.mentor": "Anmeldung Mentor/in",
    "signup.q.title.mentee": "Anmeldung Führungskraft",
    "signup.q.submit": "Anmelden",
    "signup.q.submit_edit": "Änderungen speichern",
    "signup.q.intro.mentor":
      "Danke, dass du bei *{program}* Mentor/in sein möchtest! Mit deinen Antworten finden wir eine passende Führungskraft. Das dauert etwa fünf Minuten.",
    "signup.q.intro.mentee":
      "Willkommen bei *{program}*! Mit deinen Antworten finden wir eine Mentorin oder einen Mentor, die oder der zu deinen Zielen passt. Das dauert etwa fünf Minuten.",
    "signup.q.editing": "Du bearbeitest deine Anmeldung. Ändere, was du möchtest, und speichere.",
    "signup.q.switching":
      "Du wechselst von *{from}* zu *{to}*. Deine Antworten in diesem Fragebogen ersetzen die bisherigen.",
    "signup.q.switch_hint": "Lieber die andere Rolle? Nutze `/mentoring join {other}`.",
    "signup.q.department.label": "Bereich / Abteilung",
    "signup.q.department.placeholder": "z. B. Marketing, IT, Finanzen",
    "signup.q.background.label": "Dein Erfahrungshintergrund",
    "signup.q.background.hint": "Was machst du, und welche digitalen Werkzeuge und Themen kennst du gut?",
    "signup.q.hope_to_learn.label": "Was möchtest du von einer Führungskraft lernen?",
    "signup.q.hope_to_learn.hint": "z. B. wie Entscheidungen fallen, Strategie, Menschen führen",
    "signup.q.learning_goals.label": "Deine Lernziele",
    "signup.q.learning_goals.hint": "Was möchtest du nach dem Programm können?",
    "signup.q.expectations.label": "Was erwartest du vom Tandem?",
    "signup.q.expectations.hint":
      "Deine Tandem-Partnerin oder dein Tandem-Partner sieht das nach dem Matching.",
    "signup.q.concerns.label": "Hast du Bedenken?",
    "signup.q.concerns.hint": "Freiwillig. Alles, was dich am Programm beschäftigt.",
    "signup.q.ratings.mentor":
      "*Dein Kenntnisstand pro Thema*\nWie gut kennst du dich aus? 1 heißt neu für dich, 5 heißt hoch spezialisiert.",
    "signup.q.ratings.mentee":
      "*Deine Selbsteinschätzung pro Thema*\nWo stehst du heute? Die Stufen folgen dem EU-Rahmen DigComp für digitale Kompetenzen: 1 neu für mich, 2 Grundlagen, 3 fortgeschritten, 4 sehr fortgeschritten, 5 hoch spezialisiert.",
    "signup.q.rating.placeholder": "Stufe wählen",
    "signup.q.meeting_format.label": "Wie möchtest du euch treffen?",
    "signup.q.format.in_person": "Vor Ort",
    "signup.q.format.remote": "Remote",
    "signup.q.format.mixed": "Gemischt",
    "signup.q.meetings_per_month.label": "Wie oft?",
    "signup.q.per_month.1": "Einmal im Monat",
    "signup.q.per_month.2": "Zweimal im Monat",
    "signup.q.languages.label": "Sprachen, in denen du dich austauschen kannst",
    "signup.q.lang.de": "Deutsch",
    "signup.q.lang.en": "English",
    "signup.q.other_languages.label": "Weitere Sprachen",
    "signup.q.other_languages.hint": "Freiwillig, durch Kommas getrennt.",
    "signup.q.availability.label": "Wann hast du meistens Zeit?",
    "signup.q.availability.placeholder": "z. B. dienstags und donnerstags nachmittags",
    "signup.q.excluded.label": "Mit wem möchtest du nicht zusammenkommen?",
    "signup.q.excluded.hint":
      "Freiwillig. Zum Beispiel jemand aus deiner Berichtslinie. Das bleibt vertraulich: Niemand sonst sieht diese Liste.",
    "signup.q.consent.text":
      "*Wie deine Antworten genutzt werden*\n• Deine Tandem-Partnerin oder dein Tandem-Partner sieht nach dem Matching deine Ziele und Erwartungen in der Begrüßung.\n• Das Programm-Management sieht deinen Status und Summen für das ganze Programm. Was ihr im Tandem besprecht, sieht es nie.\n• Die Liste der Personen, mit denen du nicht zusammenkommen möchtest, sieht niemand. Sie dient nur dazu, diese Paare zu vermeiden.\n• Deine Antworten werden nur für dieses Mentoring-Programm genutzt.",
    "signup.q.consent.label": "Einwilligung",
    "signup.q.consent.option": "Ich bin einverstanden, dass meine Antworten so genutzt werden.",

    "signup.error.required": "Bitte fülle das aus.",
    "signup.error.too_long": "Bitte höchstens {max} Zeichen.",
    "signup.error.invalid_choice": "Bitte wähle eine der Möglichkeiten.",
    "signup.error.no_language": "Bitte wähle mindestens eine Sprache (oder trage unten eine ein).",
    "signup.error.language_too_long": "Jede Sprache darf höchstens {max} Zeichen haben.",
    "signup.error.exclude_self": "Du kannst dich nicht selbst ausschließen.",
    "signup.error.too_many_excluded": "Bitte wähle höchstens {max} Personen.",
    "signup.error.consent_required": "Wir können deine Anmeldung nur mit deiner Einwilligung nutzen.",
    "signup.error.rating_required": "Bitte wähle eine Stufe für dieses Thema.",

    "signup.closed.not_yet":
      "Die Anmeldung für *{program}* ist noch nicht geöffnet. Du siehst eine Ankündigung, sobald es losgeht.",
    "signup.closed.past":
      "Die Anmeldung für *{program}* ist geschlossen (Anmeldeschluss war der {deadline}). Wenn du noch mitmachen möchtest, wende dich bitte an das Programm-Management.",
    "signup.closed.now":
      "Die Anmeldung für *{program}* ist gerade geschlossen. Wenn du mitmachen möchtest, wende dich bitte an das Programm-Management.",
    "signup.matched":
      "Du bist in *{program}* schon in einem Tandem, deshalb kann deine Anmeldung nicht mehr geändert werden. Fragen? Wende dich bitte an das Programm-Management.",
    "signup.info.title": "Tandem",

    "signup.status.draft": "Begonnen, nicht abgeschlossen",
    "signup.status.complete": "Angemeldet, wartet auf das Matching",
    "signup.status.waiting": "Auf der Warteliste",
    "signup.status.matched": "Im Tandem",
    "signup.status.withdrawn": "Abgemeldet",

    "signup.dm.new": "Danke! Du bist für *{program}* als *{role}* angemeldet.",
    "signup.dm.updated": "Deine Antworten für *{program}* sind gespeichert. Du bist als *{role}* angemeldet.",
    "signup.dm.switched":
      "Du bist jetzt für *{program}* als *{role}* angemeldet. Deine bisherigen Antworten wurden ersetzt.",
    "signup.dm.status": "*Status:* {status}",
    "signup.dm.next.before_deadline":
      "*Nächster Schritt:* Die Anmeldung endet am {deadline}. Danach bildet das Programm-Management die Tandems, und ich schreibe dir, wer deine Partnerin oder dein Partner ist. Bis dahin kannst du deine Antworten jederzeit ändern.",
    "signup.dm.next.after_deadline":
      "*Nächster Schritt:* Das Programm-Management bildet gerade die Tandems. Ich schreibe dir, sobald deines steht.",
    "signup.dm.next.waiting":
      "*Nächster Schritt:* Für dich gibt es noch keine passende Person. Du stehst auf der Warteliste, und ich schreibe dir, sobald jemand passt.",
    "signup.dm.withdrawn":
      "Du hast dich von *{program}* abgemeldet. Du wirst nicht gematcht, und niemand wartet auf dich. Doch anders entschieden? Nutze `/mentoring join`, solange die Anmeldung offen ist.",

    "signup.profile.title": "Deine Anmeldung",
    "signup.profile.program": "*Programm:* {program}",
    "signup.profile.role": "*Rolle:* {role}",
    "signup.profile.status": "*Status:* {status}",
    "signup.profile.ratings.mentor": "Kenntnisstand pro Thema",
    "signup.profile.ratings.mentee": "Selbsteinschätzung pro Thema",
    "signup.profile.rating_line": "• {topic}: {level}",
    "signup.profile.format": "{format}, {frequency}",
    "signup.join_failed":
      "Beim Öffnen des Anmeldeformulars ist etwas schiefgelaufen (vielleicht melden sich gerade viele gleichzeitig an). Klick auf *Nochmal versuchen*, dann öffnet es sich.",
    "signup.join_failed.retry": "Nochmal versuchen",
    "signup.profile.meetings": "Treffen",
    "signup.profile.languages": "Sprachen",
    "signup.profile.excluded":
      "*Personen, mit denen du nicht zusammenkommen möchtest:* {count}. Vertraulich: Nur du siehst das; unter *Antworten bearbeiten* kannst du die Liste sehen und ändern.",
    "signup.profile.excluded_none": "*Personen, mit denen du nicht zusammenkommen möchtest:* keine",
    "signup.profile.consent": "Einwilligung erteilt am {date}.",
    "signup.profile.empty": "–",
    "signup.profile.edit": "Antworten bearbeiten",
    "signup.profile.leave": "Abmelden",
    "signup.profile.not_signed_up":
      "Du bist noch nicht für *{program}* angemeldet. Mit `/mentoring join` meldest du dich an.",
    "signup.profile.draft":
      "Du hast mit der Anmeldung begonnen, sie aber noch nicht abgeschlossen. Mit `/mentoring join` machst du weiter.",

    "signup.leave.confirm":
      "Möchtest du dich wirklich von *{program}* abmelden? Du wirst dann nicht gematcht. Solange die Anmeldung offen ist, kannst du wieder mitmachen.",
    "signup.leave.confirm_button": "Ja, abmelden",
    "signup.leave.cancel_button": "Angemeldet bleiben",
    "signup.leave.cancelled": "Gut, du bleibst für *{program}* angemeldet.",
    "signup.leave.done": "Du hast dich von *{program}* abgemeldet.",
    "signup.leave.not_signed_up":
      "Du bist nicht für *{program}* angemeldet, es gibt also nichts abzumelden. Mit `/mentoring join` meldest du dich an.",
    "signup.leave.matched":
      "Du bist in *{program}* schon in einem Tandem. Wenn du es verlassen möchtest, sprich bitte mit dem Programm-Management oder bitte es vertraulich um eine neue Zuordnung.",
    "signup.leave_modal.title": "Abmelden",
    "signup.leave_modal.submit": "Abmelden",
  },
});

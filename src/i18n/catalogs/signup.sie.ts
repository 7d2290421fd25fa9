import { defineSie } from "../define";
import { signup } from "./signup";

/** The German "Sie" texts of the signup catalog, where they differ from its "du" texts. */
export const signupSie = defineSie(signup, {
  "signup.role_modal.intro":
    "*{program}* bringt Nachwuchskräfte (Mentor:innen) und Führungskräfte (Mentees) für einige Monate im Reverse Mentoring zusammen. Welche Rolle haben Sie?",
  "signup.role.label": "Ihre Rolle",
  "signup.q.intro.mentor":
    "Danke, dass Sie bei *{program}* Mentor:in sein möchten! Mit Ihren Antworten finden wir eine passende Führungskraft. Das dauert etwa fünf Minuten.",
  "signup.q.intro.mentee":
    "Willkommen bei *{program}*! Mit Ihren Antworten finden wir eine Nachwuchskraft, die als Mentor:in zu Ihren Zielen passt. Das dauert etwa fünf Minuten.",
  "signup.q.editing": "Sie bearbeiten Ihre Anmeldung. Ändern Sie, was Sie möchten, und speichern Sie.",
  "signup.q.switching":
    "Sie wechseln von *{from}* zu *{to}*. Ihre Antworten in diesem Fragebogen ersetzen die bisherigen.",
  "signup.q.switch_hint": "Lieber die andere Rolle? Nutzen Sie `/mentoring join {other}`.",
  "signup.q.background.label": "Ihr Erfahrungshintergrund",
  "signup.q.background.hint": "Was machen Sie, und welche digitalen Werkzeuge und Themen kennen Sie gut?",
  "signup.q.hope_to_learn.label": "Was möchten Sie von einer Führungskraft lernen?",
  "signup.q.learning_goals.label": "Ihre Lernziele",
  "signup.q.learning_goals.hint": "Was möchten Sie nach dem Programm können?",
  "signup.q.expectations.label": "Was erwarten Sie vom Tandem?",
  "signup.q.expectations.hint": "Die andere Person in Ihrem Tandem sieht das nach dem Matching.",
  "signup.q.concerns.label": "Haben Sie Bedenken?",
  "signup.q.concerns.hint": "Freiwillig. Alles, was Sie am Programm beschäftigt.",
  "signup.q.ratings.mentor":
    "*Ihr Kenntnisstand pro Thema*\nWie gut kennen Sie sich aus? 1 heißt neu für Sie, 5 heißt hoch spezialisiert.",
  "signup.q.ratings.mentee":
    "*Ihre Selbsteinschätzung pro Thema*\nWo stehen Sie heute? Die Stufen folgen dem EU-Rahmen DigComp für digitale Kompetenzen: 1 neu für mich, 2 Grundlagen, 3 fortgeschritten, 4 sehr fortgeschritten, 5 hoch spezialisiert.",
  "signup.q.meeting_format.label": "Wie möchten Sie sich am liebsten treffen?",
  "signup.q.languages.label": "Sprachen, in denen Sie sich austauschen können",
  "signup.q.availability.label": "Wann haben Sie meistens Zeit?",
  "signup.q.excluded.label": "Mit wem möchten Sie nicht zusammenkommen?",
  "signup.q.excluded.hint":
    "Freiwillig. Zum Beispiel jemand aus Ihrer Berichtslinie. Das bleibt vertraulich: Niemand sonst sieht diese Liste.",
  "signup.error.required": "Bitte füllen Sie das aus.",
  "signup.error.invalid_choice": "Bitte wählen Sie eine der Möglichkeiten.",
  "signup.error.no_language": "Bitte wählen Sie mindestens eine Sprache (oder tragen Sie unten eine ein).",
  "signup.error.exclude_self": "Sie können sich nicht selbst ausschließen.",
  "signup.error.too_many_excluded": "Bitte wählen Sie höchstens {max} Personen.",
  "signup.error.consent_required": "Wir können Ihre Anmeldung nur mit Ihrer Einwilligung nutzen.",
  "signup.error.rating_required": "Bitte wählen Sie eine Stufe für dieses Thema.",
  "signup.closed.not_yet":
    "Die Anmeldung für *{program}* ist noch nicht geöffnet. Sie sehen eine Ankündigung, sobald es losgeht.",
  "signup.closed.past":
    "Die Anmeldung für *{program}* ist geschlossen (Anmeldeschluss war der {deadline}). Wenn Sie noch mitmachen möchten, wenden Sie sich bitte an die Programmleitung.",
  "signup.closed.now":
    "Die Anmeldung für *{program}* ist gerade geschlossen. Wenn Sie mitmachen möchten, wenden Sie sich bitte an die Programmleitung.",
  "signup.matched":
    "Sie sind in *{program}* schon in einem Tandem, deshalb kann Ihre Anmeldung nicht mehr geändert werden. Fragen? Wenden Sie sich bitte an die Programmleitung.",
  "signup.dm.new": "Danke! Sie sind für *{program}* als *{role}* angemeldet.",
  "signup.dm.updated": "Ihre Antworten für *{program}* sind gespeichert. Sie sind als *{role}* angemeldet.",
  "signup.dm.switched":
    "Sie sind jetzt für *{program}* als *{role}* angemeldet. Ihre bisherigen Antworten wurden ersetzt.",
  "signup.dm.next.before_deadline":
    "*Nächster Schritt:* Die Anmeldung endet am {deadline}. Danach bildet die Programmleitung die Tandems, und ich schreibe Ihnen, mit wem Sie ein Tandem bilden. Bis dahin können Sie Ihre Antworten jederzeit ändern.",
  "signup.dm.next.after_deadline":
    "*Nächster Schritt:* Die Programmleitung bildet gerade die Tandems. Ich schreibe Ihnen, sobald Ihres steht.",
  "signup.dm.next.waiting":
    "*Nächster Schritt:* Für Sie gibt es noch keine passende Person. Sie stehen auf der Warteliste, und ich schreibe Ihnen, sobald jemand passt.",
  "signup.dm.withdrawn":
    "Sie haben sich von *{program}* abgemeldet. Sie werden nicht gematcht, und niemand wartet auf Sie. Doch anders entschieden? Nutzen Sie `/mentoring join`, solange die Anmeldung offen ist.",
  "signup.profile.title": "Ihre Anmeldung",
  "signup.profile.excluded":
    "*Personen, mit denen Sie nicht zusammenkommen möchten:* {count}. Vertraulich: Nur Sie sehen das; unter *Antworten bearbeiten* können Sie die Liste sehen und ändern.",
  "signup.profile.excluded_none": "*Personen, mit denen Sie nicht zusammenkommen möchten:* keine",
  "signup.profile.not_signed_up":
    "Sie sind noch nicht für *{program}* angemeldet. Mit `/mentoring join` melden Sie sich an.",
  "signup.profile.draft":
    "Sie haben mit der Anmeldung begonnen, sie aber noch nicht abgeschlossen. Mit `/mentoring join` machen Sie weiter.",
  "signup.leave.confirm":
    "Möchten Sie sich wirklich von *{program}* abmelden? Sie werden dann nicht gematcht. Solange die Anmeldung offen ist, können Sie wieder mitmachen.",
  "signup.leave.cancelled": "Gut, Sie bleiben für *{program}* angemeldet.",
  "signup.leave.done": "Sie haben sich von *{program}* abgemeldet.",
  "signup.leave.not_signed_up":
    "Sie sind nicht für *{program}* angemeldet, es gibt also nichts abzumelden. Mit `/mentoring join` melden Sie sich an.",
  "signup.leave.matched":
    "Sie sind in *{program}* schon in einem Tandem. Wenn Sie es verlassen möchten, sprechen Sie mit der Programmleitung oder bitten Sie sie vertraulich um eine neue Zuordnung.",
  "signup.join_failed":
    "Beim Öffnen des Anmeldeformulars ist etwas schiefgelaufen (vielleicht melden sich gerade viele gleichzeitig an). Klicken Sie auf *Nochmal versuchen*, dann öffnet es sich.",
});

import { defineSie } from "../define";
import { home } from "./home";

/** The German "Sie" texts of the home catalog, where they differ from its "du" texts. */
export const homeSie = defineSie(home, {
  "home.participant.title": "Ihre Teilnahme",
  "home.none.open_undated":
    "Sie sind noch nicht angemeldet. Die Anmeldung ist noch offen. Wählen Sie Ihre Rolle:",
  "home.none.open":
    "Sie sind noch nicht angemeldet. Die Anmeldung ist bis zum *{deadline}* offen. Wählen Sie Ihre Rolle:",
  "home.none.closed":
    "Die Anmeldung für dieses Programm ist geschlossen. Sie können beim nächsten mitmachen.",
  "home.join.mentor_text":
    "*Als Mentor:in* geben Sie Ihr digitales Wissen an eine Führungskraft weiter und bekommen Einblick in Führung.",
  "home.join.mentee_text":
    "*Als Führungskraft* lernen Sie von einer Nachwuchskraft zu den Themen, die Sie auswählen.",
  "home.draft":
    "Sie haben mit der Anmeldung als *{role}* begonnen, aber Ihr Fragebogen ist noch nicht fertig.",
  "home.draft.next_undated":
    "*Nächster Schritt:* Füllen Sie den Fragebogen bald aus, damit wir Sie beim Matching berücksichtigen können.",
  "home.draft.next":
    "*Nächster Schritt:* Füllen Sie den Fragebogen bis zum *{deadline}* aus, damit wir Sie beim Matching berücksichtigen können.",
  "home.draft.closed":
    "Sie haben mit der Anmeldung als *{role}* begonnen, aber die Anmeldung wurde geschlossen, bevor Ihr Fragebogen fertig war. Sie können beim nächsten Programm mitmachen.",
  "home.complete": "Sie sind als *{role}* angemeldet. Ihr Fragebogen ist vollständig. ✅",
  "home.complete.next":
    "*Nächster Schritt:* Wir bilden die Tandems, nachdem die Anmeldung am *{deadline}* endet. Sie bekommen eine Nachricht zu Ihrem Tandem. Bis dahin können Sie Ihre Angaben ändern.",
  "home.complete.next_closed":
    "*Nächster Schritt:* Die Tandems werden gerade gebildet. Sie bekommen eine Nachricht zu Ihrem Tandem.",
  "home.waiting":
    "Sie stehen als *{role}* auf der Warteliste: In dieser Runde gab es niemanden, der gut zu Ihnen passt.",
  "home.waiting.next":
    "*Nächster Schritt:* Sie müssen nichts tun. Wir melden uns, sobald wir ein passendes Gegenüber finden.",
  "home.matched": "Sie sind als *{role}* in einem Tandem. 🤝",
  "home.matched.partner": "Ihr Tandem-Gegenüber",
  "home.matched.channel": "Ihr Tandem-Kanal",
  "home.matched.next": "*Nächster Schritt:* Verabreden Sie Ihr nächstes Treffen in Ihrem Tandem-Kanal.",
  "home.matched.next_no_channel":
    "*Nächster Schritt:* Ihr Tandem-Kanal wird gerade eingerichtet. Sie werden gleich eingeladen.",
  "home.withdrawn": "Sie haben das Programm verlassen.",
  "home.withdrawn.next_open_undated":
    "Doch wieder dabei? Die Anmeldung ist noch offen, Sie können sich neu anmelden.",
  "home.withdrawn.next_open": "Doch wieder dabei? Sie können sich bis zum *{deadline}* neu anmelden.",
  "home.withdrawn.next_closed": "Beim nächsten Programm sind Sie herzlich willkommen.",
  "home.manager.no_program":
    "Es gibt noch kein Programm. Legen Sie eines an, wählen Sie Themen und Termine und öffnen Sie dann die Anmeldung.",
});

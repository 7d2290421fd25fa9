import { defineSie } from "../define";
import { help } from "./help";

/** The German "Sie" texts of the help catalog, where they differ from its "du" texts. */
export const helpSie = defineSie(help, {
  "help.intro":
    "Nachwuchskräfte begleiten Führungskräfte bei digitalen Themen, in Tandems über 4–6 Monate. Das können Sie tun:",
  "help.participant":
    "• `/mentoring join` – als Mentor:in oder Führungskraft anmelden (erneut: Antworten bearbeiten)\n• `/mentoring join mentor` oder `/mentoring join mentee` – direkt zum passenden Fragebogen\n• `/mentoring profile` – Ihre Antworten und Ihren Status ansehen\n• `/mentoring leave` – sich vom Programm abmelden\n• `/mentoring help` – diese Übersicht",
  "help.tandem":
    "In Ihrem Tandem-Kanal:\n• `/mentoring plan` – Ihr Aktionsplan\n• `/mentoring pause` – das Tandem bis zu einem Datum pausieren\n• `/mentoring resume` – eine Pause früher beenden\n• `/mentoring rematch` – die Programmleitung vertraulich um ein neues Tandem bitten",
  "help.home_hint": "Ihren Status und die nächsten Termine finden Sie immer im Tab *Home* der App.",
});

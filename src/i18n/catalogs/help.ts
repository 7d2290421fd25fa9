import { defineCatalog } from "../define";

export const help = defineCatalog({
  en: {
    "help.title": "Tandem: reverse mentoring in Slack",
    "help.intro":
      "Junior employees mentor executives on digital skills, in tandems for 4–6 months. Here is what you can do:",
    "help.participant":
      "• `/mentoring join` – sign up as mentor or executive (again: edit your answers)\n• `/mentoring join mentor` or `/mentoring join mentee` – go straight to that questionnaire\n• `/mentoring profile` – see your answers and status\n• `/mentoring leave` – withdraw from the program\n• `/mentoring help` – this overview",
    "help.manager_title": "For program managers",
    "help.manager":
      "• `/mentoring program` – create or edit the program (topics, dates, cadence, language, time zone)\n• `/mentoring signup open` / `/mentoring signup close` – open or close sign-up\n• `/mentoring announce #channel` – announce sign-up with a Join button\n• `/mentoring manager add @person` – add a program manager",
    "help.unknown": "I don't know `{command}`. Here is what works:",
    "help.home_hint": "Your status and next dates are always on the app's *Home* tab.",
  },
  de: {
    "help.title": "Tandem: Reverse Mentoring in Slack",
    "help.intro":
      "Nachwuchskräfte begleiten Führungskräfte bei digitalen Themen, in Tandems über 4–6 Monate. Das kannst du tun:",
    "help.participant":
      "• `/mentoring join` – als Mentor/in oder Führungskraft anmelden (erneut: Antworten bearbeiten)\n• `/mentoring join mentor` oder `/mentoring join mentee` – direkt zum passenden Fragebogen\n• `/mentoring profile` – deine Antworten und deinen Status ansehen\n• `/mentoring leave` – dich vom Programm abmelden\n• `/mentoring help` – diese Übersicht",
    "help.manager_title": "Für Programm-Manager/innen",
    "help.manager":
      "• `/mentoring program` – Programm anlegen oder bearbeiten (Themen, Termine, Rhythmus, Sprache, Zeitzone)\n• `/mentoring signup open` / `/mentoring signup close` – Anmeldung öffnen oder schließen\n• `/mentoring announce #kanal` – Anmeldung mit Beitreten-Button ankündigen\n• `/mentoring manager add @person` – Programm-Manager/in hinzufügen",
    "help.unknown": "`{command}` kenne ich nicht. Das funktioniert:",
    "help.home_hint": "Deinen Status und die nächsten Termine findest du immer im Tab *Home* der App.",
  },
});

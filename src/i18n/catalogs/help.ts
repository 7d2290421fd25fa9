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
      "• `/mentoring program` – create or edit the program (topics, dates, cadence, language, form of address, time zone)\n• `/mentoring signup open` / `/mentoring signup close` – open or close sign-up\n• `/mentoring announce #channel` – announce sign-up with a Join button\n• `/mentoring manager add @person` / `/mentoring manager list` – add or list program managers\n• `/mentoring match` – propose tandems, review and approve them\n• `/mentoring launch` – see how the launch of the tandems is going and retry what failed\n• `/mentoring schedule` – see upcoming check-ins, nudges, alerts, circle prompts and reminders; send one now\n• `/mentoring prompt add` / `/mentoring prompt list` – add your own mentor-circle prompts, list or remove them\n• `/mentoring event` – schedule the kickoff, a World Café or the closing event\n• `/mentoring event list` – upcoming events with their RSVPs",
    "help.tandem":
      "In your tandem channel:\n• `/mentoring plan` – your action plan\n• `/mentoring pause` – pause the tandem until a date\n• `/mentoring resume` – end a pause early\n• `/mentoring rematch` – ask the program managers, confidentially, for a new partner",
    "help.unknown": "I don't know `{command}`. Here is what works:",
    "help.home_hint": "Your status and next dates are always on the app's *Home* tab.",
  },
  de: {
    "help.title": "Tandem: Reverse Mentoring in Slack",
    "help.intro":
      "Nachwuchskräfte begleiten Führungskräfte bei digitalen Themen, in Tandems über 4–6 Monate. Das kannst du tun:",
    "help.participant":
      "• `/mentoring join` – als Mentor:in oder Führungskraft anmelden (erneut: Antworten bearbeiten)\n• `/mentoring join mentor` oder `/mentoring join mentee` – direkt zum passenden Fragebogen\n• `/mentoring profile` – deine Antworten und deinen Status ansehen\n• `/mentoring leave` – dich vom Programm abmelden\n• `/mentoring help` – diese Übersicht",
    "help.manager_title": "Für die Programmleitung",
    "help.manager":
      "• `/mentoring program` – Programm anlegen oder bearbeiten (Themen, Termine, Rhythmus, Sprache, Anrede, Zeitzone)\n• `/mentoring signup open` / `/mentoring signup close` – Anmeldung öffnen oder schließen\n• `/mentoring announce #kanal` – die Anmeldung mit dem Button „Mitmachen“ ankündigen\n• `/mentoring manager add @person` / `/mentoring manager list` – Personen zur Programmleitung hinzufügen oder auflisten\n• `/mentoring match` – Tandems vorschlagen, prüfen und freigeben\n• `/mentoring launch` – sehen, wie der Start der Tandems läuft, und Fehlgeschlagenes wiederholen\n• `/mentoring schedule` – anstehende Check-ins, Erinnerungen, Hinweise, Impulse und Veranstaltungserinnerungen sehen; sofort senden\n• `/mentoring prompt add` / `/mentoring prompt list` – eigene Impulse für die Mentor:innen-Runde hinzufügen, auflisten oder entfernen\n• `/mentoring event` – die Auftaktveranstaltung, ein World Café oder die Abschlussveranstaltung planen\n• `/mentoring event list` – anstehende Veranstaltungen mit Zusagen",
    "help.tandem":
      "In deinem Tandem-Kanal:\n• `/mentoring plan` – euer Aktionsplan\n• `/mentoring pause` – das Tandem bis zu einem Datum pausieren\n• `/mentoring resume` – eine Pause früher beenden\n• `/mentoring rematch` – die Programmleitung vertraulich um ein neues Tandem bitten",
    "help.unknown": "`{command}` kenne ich nicht. Das funktioniert:",
    "help.home_hint": "Deinen Status und die nächsten Termine findest du immer im Tab *Home* der App.",
  },
});

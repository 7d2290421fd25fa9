import { defineSie } from "../define";
import { setup } from "./setup";

/** The German "Sie" texts of the setup catalog, where they differ from its "du" texts. */
export const setupSie = defineSie(setup, {
  "setup.modal.intro_new":
    "Richten Sie Ihren Reverse-Mentoring-Durchgang ein. Er beginnt als Entwurf: Niemand sieht ihn, bis Sie die Anmeldung öffnen. Alles lässt sich später mit `/mentoring program` ändern.",
  "setup.modal.intro_edit": "Sie bearbeiten *{name}*. Änderungen gelten ab sofort.",
  "setup.error.no_topics": "Wählen Sie mindestens ein Thema oder fügen Sie ein eigenes hinzu.",
  "setup.error.invalid_date": "Bitte wählen Sie ein gültiges Datum.",
  "setup.signup.deadline_passed":
    "Hinweis: Der Anmeldeschluss ({date}) ist vorbei. Ändern Sie ihn bei Bedarf mit `/mentoring program`.",
  "setup.signup.usage": "Nutzen Sie `/mentoring signup open` oder `/mentoring signup close`.",
  "setup.announce.mentors":
    "*Als Mentor:in* geben Sie Ihr Wissen über digitale Werkzeuge und Arbeitsweisen weiter und bekommen Einblick in Führung und Strategie. Sie leiten Ihr Tandem.",
  "setup.announce.executives":
    "*Als Führungskraft* lernen Sie praktisch und vertraulich, begleitet von einer Nachwuchskraft außerhalb Ihrer Berichtslinie.",
  "setup.announce.signup_closed_hint":
    "Die Anmeldung ist noch geschlossen, daher funktioniert „Mitmachen“ noch nicht: Öffnen Sie sie mit `/mentoring signup open`.",
  "setup.announce.invite_first":
    "In diesem Kanal kann ich noch nicht posten. Tippen Sie dort `/invite @Tandem` und versuchen Sie es dann erneut.",
  "setup.announce.bad_channel":
    "Dort habe ich keinen Kanal erkannt. Nutzen Sie `/mentoring announce #kanal`.",
  "setup.announce.failed":
    "Slack hat die Ankündigung nicht angenommen ({error}). Bitte versuchen Sie es erneut.",
  "setup.no_program": "Es gibt noch kein Programm. Legen Sie eines mit `/mentoring program` an.",
  "setup.manager.usage": "Nutzen Sie `/mentoring manager add @person` oder `/mentoring manager list`.",
  "setup.warning.duration_long":
    "⚠️ Das Programm läuft etwa {months, plural, one {# Monat} other {# Monate}}. Nach mehr als 6 Monaten verlieren Tandems oft an Schwung; erwägen Sie einen kürzeren Durchgang.",
  "setup.signup.opened":
    "✅ Die Anmeldung für *{name}* ist offen. Kündigen Sie sie mit `/mentoring announce #kanal` an.",
  "setup.error.program_exists":
    "Inzwischen hat jemand ein Programm angelegt. Schließen Sie dieses Fenster und rufen Sie /mentoring program erneut auf, um es zu bearbeiten.",
  "setup.error.program_gone":
    "Dieses Programm wurde inzwischen abgeschlossen. Schließen Sie dieses Fenster und rufen Sie /mentoring program erneut auf.",
  "setup.warning.holiday_start":
    "⚠️ Das Programm beginnt am {date}, einem Feiertag ({holiday}). An diesem Tag wird nichts verschickt; erwägen Sie den Start am {suggestion}.",
  "setup.warning.holiday_end":
    "⚠️ Das Programm endet am {date}, einem Feiertag ({holiday}). Dank und Abschluss kämen erst am nächsten Arbeitstag; erwägen Sie als Ende den {suggestion}.",
  "setup.error.invalid_holidays": "Bitte wählen Sie einen Feiertagskalender aus der Liste.",
});

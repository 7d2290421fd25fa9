import { defineSie } from "../define";
import { close } from "./close";

/** The German "Sie" texts of the close catalog, where they differ from its "du" texts. */
export const closeSie = defineSie(close, {
  "close.manager.closed":
    "🏁 *{program}* ist beendet: {tandems, plural, one {# Tandem hat} other {# Tandems haben}} ein Dankeschön bekommen, die Abschluss-Evaluation ist unterwegs. {archive} Starten Sie die nächste Runde mit `/mentoring program new`.",
  "close.manager.no_showcase":
    "Die Tandems von *{program}* werden jetzt um ihre ersten Erfolge für die Abschlussveranstaltung am {when} gebeten. Noch ist kein Showcase-Kanal gewählt: Wählen Sie einen mit `/mentoring closing`, sonst bekommen Sie die geteilten Erfolge als Direktnachricht.",
  "close.success.fallback": "Ihre ersten Erfolge für die Abschlussveranstaltung",
  "close.success.intro":
    "{mentor} und {mentee}, die Abschlussveranstaltung ist am {when}. Was hat sich seit Ihrem Start verändert? Halten Sie Ihre ersten Erfolge in ein paar Sätzen fest: etwas, das jetzt anders gemacht wird, ein Werkzeug im Einsatz, eine ausprobierte Idee.",
  "close.success.rule":
    "Sie können den Text beide schreiben und ändern. Er wird bei der Abschlussveranstaltung nur gezeigt, wenn *Sie beide* zustimmen; nach einer Änderung fragen wir Sie beide erneut.",
  "close.success.current": "*Ihr Text*\n{text}",
  "close.success.shared": "Sie haben beide zugestimmt: Der Text wird bei der Abschlussveranstaltung gezeigt.",
  "close.success.modal_label": "Ihre ersten Erfolge",
  "close.success.modal_hint":
    "Sie sehen ihn beide hier; bei der Abschlussveranstaltung wird er nur gezeigt, wenn Sie beide zustimmen. Keine Namen von Kolleg:innen, nichts Vertrauliches.",
  "close.success.write_first": "Halten Sie zuerst Ihre Erfolge fest, dann können Sie dem Teilen zustimmen.",
  "close.farewell.text":
    "🎉 {mentor} und {mentee}, das Programm *{program}* endet heute. Danke für die Zeit und das Vertrauen, die Sie einander geschenkt haben! Sie bekommen eine kurze Abschluss-Evaluation als Direktnachricht; Ihre Antworten prägen die nächste Runde.",
  "close.farewell.archive":
    "Dieser Kanal wird am {date} archiviert: Sichern Sie sich vorher, was Sie behalten möchten.",
  "close.success.empty": "Bitte schreiben Sie ein paar Worte.",
  "close.farewell.keep": "Dieser Kanal bleibt offen, damit Sie in Kontakt bleiben können.",
  "close.settings.no_closing":
    "Noch keine Abschlussveranstaltung geplant: Legen Sie sie mit `/mentoring event` an. Eine Woche vorher bitten wir die Tandems um ihre ersten Erfolge.",
  "close.settings.showcase_hint":
    "Hier werden die geteilten Erfolge bei der Abschlussveranstaltung gepostet. Öffentliche Kanäle funktionieren sofort; in einen privaten Kanal laden Sie Tandem zuerst ein.",
  "close.next.none":
    "Es gibt keine frühere Runde als Vorlage. Legen Sie ein Programm mit `/mentoring program` an.",
  "close.home.checkin": "Nächster Check-in in Ihrem Tandem",
  "close.home.closed_manager":
    "*{program}* wurde am {date} mit {tandems, plural, one {# Tandem} other {# Tandems}} abgeschlossen. Starten Sie die nächste Runde daraus mit `/mentoring program new`.",
});

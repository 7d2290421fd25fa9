import { defineSie } from "../define";
import { trust } from "./trust";

/** The German "Sie" texts of the trust catalog, where they differ from its "du" texts. */
export const trustSie = defineSie(trust, {
  "trust.forget.intro": "*Tandem vergisst Sie.* Das lässt sich nicht rückgängig machen. Genau das passiert:",
  "trust.forget.what.tandem":
    "Ihr Tandem endet. Die andere Person in Ihrem Tandem und die Programmleitung erfahren, dass Sie gegangen sind, ohne Grund. Der Tandem-Kanal bekommt einen kurzen Hinweis und wird archiviert.",
  "trust.forget.what.signup":
    "Ihre Anmeldung, Ihre Antworten, Einschätzungen, Check-in-Notizen, Zusagen, Evaluationen und Ihr gemeinsamer Aktionsplan werden gelöscht. Die Programmleitung erfährt, dass jemand gegangen ist.",
  "trust.forget.what.pending": "Noch nicht gesendete Nachrichten an Sie oder über Sie werden gestrichen.",
  "trust.forget.what.manager":
    "Sie gehören nicht mehr zur Programmleitung (außer Sie stehen in der Konfiguration der App). Was Sie dort getan haben, bleibt unter einem Pseudonym im Protokoll.",
  "trust.forget.what.aggregates":
    "Anonyme Summen bleiben, ohne Ihren Namen oder Ihre ID (zum Beispiel, dass ein Check-in beantwortet wurde). Summen werden nur für Gruppen ab drei Personen gezeigt.",
  "trust.forget.what.slack":
    "Bereits in Slack gepostete Nachrichten bleiben in Slack: Tandem kann Ihre Unterhaltungen weder lesen noch durchsuchen. Fragen Sie Ihr Slack-Admin-Team, wenn auch diese entfernt werden sollen.",
  "trust.forget.export_hint": "Vorher eine Kopie? Brechen Sie ab und tippen Sie `/mentoring my-data`.",
  "trust.forget.done":
    "Erledigt: Tandem hat Ihre Daten gelöscht. Wenn Sie später wieder teilnehmen, fangen Sie neu an.",
  "trust.forget.offer":
    "`/mentoring forget-me` löscht alles, was Tandem über Sie speichert, und beendet Ihre Teilnahme. Bevor etwas gelöscht wird, sehen Sie genau, was passiert.",
  "trust.depart.partner_dm":
    "Ihr Tandem ist beendet: Die andere Person in Ihrem Tandem hat das Programm verlassen. Das hat nichts mit Ihnen zu tun. Sie stehen wieder auf der Warteliste, und die Programmleitung meldet sich bei Ihnen.",
  "trust.channel.left":
    "{user} hat den Tandem-Kanal {channel} verlassen. Tandem fügt niemanden von selbst wieder hinzu: Bitte sprechen Sie mit dem Tandem.",
  "trust.channel.archived":
    "Der Tandem-Kanal {channel} wurde von Hand archiviert. Check-ins und Erinnerungen können dort nicht mehr gepostet werden: Bitte sprechen Sie mit dem Tandem.",
  "trust.retention.notice":
    "*{program}*: Die personenbezogenen Daten werden am {date} gelöscht, {months, plural, one {# Monat} other {# Monate}} nach Programmende (die Aufbewahrungsfrist des Programms). Anonyme Summen bleiben. Exportieren Sie bis dahin, was Sie brauchen.",
  "trust.consent.request":
    "Der Text, der erklärt, wie Tandem Ihre Antworten in *{program}* nutzt, hat sich geändert. Bitte lesen Sie ihn und stimmen Sie erneut zu. Bis dahin wird Ihre Anmeldung nicht genutzt (zum Beispiel nicht für das Matching).",
  "trust.consent.thanks": "Danke: Ihre Zustimmung zum aktuellen Text ist gespeichert.",
  "trust.consent.stale":
    "Der Text hat sich seit dieser Nachricht noch einmal geändert. Bitte nutzen Sie die neuere Nachricht, die ich Ihnen geschickt habe.",
  "trust.consent.not_signed_up":
    "Sie sind für kein laufendes Programm angemeldet, es braucht also keine Zustimmung.",
  "trust.share.on": "Ihre Ziele und Erwartungen *werden* mit Ihrem Tandem *geteilt*.",
  "trust.share.off": "Ihre Ziele und Erwartungen *werden nicht* mit Ihrem Tandem *geteilt*.",
  "trust.share.saved_on": "Ab jetzt werden Ihre Ziele und Erwartungen mit Ihrem Tandem geteilt.",
  "trust.share.saved_off":
    "Ab jetzt werden Ihre Ziele und Erwartungen nicht mehr mit Ihrem Tandem geteilt. Bereits gesendete Nachrichten bleiben, wie sie sind.",
  "trust.mydata.comment":
    "Alles, was Tandem über Sie speichert: eine lesbare Übersicht und dasselbe als JSON.",
  "trust.mydata.sent":
    "Ich habe Ihnen alles, was Tandem über Sie speichert, in unsere Direktnachrichten geschickt (zwei Dateien).",
  "trust.mydata.intro":
    "Diese Datei listet jeden Datensatz, den Tandem über Sie speichert, Tabelle für Tabelle. Die JSON-Datei enthält dasselbe für Maschinen. In Slack gepostete Nachrichten stehen nicht darin: Tandem liest keine Unterhaltungen.",
  "trust.mydata.table.slack_users": "Ihr Slack-Profil im Zwischenspeicher (Sprache, Zeitzone, Namen)",
  "trust.mydata.table.tandem_alerts": "Hinweise zu Ihrem Tandem",
  "trust.mydata.table.audit_log": "Protokolleinträge von Ihnen oder über Sie",
  "trust.manager.remove_usage": "Nutzen Sie `/mentoring manager remove @person`.",
  "trust.help":
    "• `/mentoring my-data` – alles, was Tandem über Sie speichert, als Datei\n• `/mentoring forget-me` – Ihre Daten löschen und gehen",
  "consent.title": "*Wie Ihre Antworten genutzt werden*",
  "consent.audience.partner":
    "• Nach dem Matching sieht die andere Person in Ihrem Tandem in der Begrüßung: {fields}. Ziele und Erwartungen nur, solange Sie sie teilen (änderbar mit `/mentoring profile`).",
  "consent.audience.managers":
    "• Die Programmleitung sieht {fields}. Was Sie im Tandem besprechen, sieht sie nie.",
  "consent.nobody":
    "• Niemand sieht, mit wem Sie nicht zusammenkommen möchten, Ihre Bedenken und wann Sie Zeit haben: Das dient nur dem Matching.",
  "consent.purpose": "• Ihre Antworten werden nur für dieses Mentoring-Programm genutzt.",
  "consent.field.name": "Ihren Namen",
  "consent.field.role": "Ihre Rolle",
  "consent.field.department": "Ihre Abteilung",
  "consent.field.background": "Ihren Hintergrund (Mentor:innen)",
  "consent.field.learningGoals": "Ihre Lernziele (Führungskräfte)",
  "consent.field.hopeToLearn": "was Sie lernen möchten (Mentor:innen)",
  "consent.field.expectations": "Ihre Erwartungen",
  "consent.field.topicRatings": "Ihre Einschätzung pro Thema (Kenntnisstand oder Selbsteinschätzung)",
  "consent.field.meetingFormat": "wie Sie sich treffen möchten",
  "consent.field.meetingFrequency": "wie oft Sie sich treffen möchten",
  "consent.field.languages": "Ihre Sprachen",
  "consent.field.status": "Ihren Anmeldestatus",
  "consent.field.checkinAnswers": "Ihre Check-in-Antworten (getroffen, noch nicht, Hilfe nötig)",
  "consent.field.rematchReason": "Ihren Grund, falls Sie um ein neues Tandem bitten",
  "consent.field.evaluationFigures":
    "Ihre Evaluationsantworten, nur als Zahlen über mindestens drei Personen",
  "consent.field.evaluationFreeText":
    "Ihre Freitexte aus der Evaluation, nur wenn Sie dort zustimmen, gesammelt und ohne Namen",
});

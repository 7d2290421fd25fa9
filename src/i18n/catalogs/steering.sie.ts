import { defineSie } from "../define";
import { steering } from "./steering";

/** The German "Sie" texts of the steering catalog, where they differ from its "du" texts. */
export const steeringSie = defineSie(steering, {
  "steering.dm.invite.midterm":
    "*Halbzeit-Evaluation · {program}*\nDie Hälfte des Programms liegt hinter Ihnen: Wie läuft Ihr Tandem? Ein paar kurze Fragen, etwa drei Minuten. Offen bis zum {until}.",
  "steering.dm.reminder":
    "*Erinnerung · {wave}*\nDie Fragen zu Ihrem Tandem in *{program}* sind noch bis zum {until} offen. Ihre Antworten prägen die nächste Runde; es dauert etwa drei Minuten.",
  "steering.dm.fallback": "{wave}: ein paar Fragen zu Ihrem Tandem",
  "steering.dm.privacy":
    "Die Programmleitung sieht nur Zahlen über mindestens drei Personen; Ihre Freitexte nur mit Ihrer Zustimmung, gesammelt und ohne Namen.",
  "steering.modal.intro":
    "Die Programmleitung sieht Ihre Antworten nur als Zahlen über mindestens drei Personen. Freitexte erscheinen nur mit Ihrer Zustimmung unten, gesammelt und ohne Namen. Sie können Ihre Antworten bis zum {until} ändern.",
  "steering.q.satisfaction": "Wie zufrieden sind Sie mit Ihrem Tandem?",
  "steering.q.meetings": "Wie oft haben Sie sich bisher getroffen?",
  "steering.q.helps": "Was hilft Ihnen am meisten?",
  "steering.q.learned": "Was haben Sie von der Führungskraft in Ihrem Tandem gelernt?",
  "steering.q.again": "Würden Sie wieder teilnehmen?",
  "steering.q.ratings": "*Ihre Kompetenzen heute.* Bewerten Sie dieselben Themen wie zu Beginn (1–5).",
  "steering.error.required": "Bitte beantworten Sie diese Frage.",
  "steering.saved":
    "✅ Vielen Dank! Ihre Antworten zur {wave} sind gespeichert. Sie können sie bis zum {until} über den Button in der Nachricht ändern.",
  "steering.report.sent": "Ihr Steuerungsbericht ist in Ihren Direktnachrichten mit der App.",
  "steering.report.failed":
    "Der Bericht konnte nicht zugestellt werden. Bitte versuchen Sie es gleich noch einmal.",
  "steering.report.charts_failed":
    "Die Grafiken konnten diesmal nicht zugestellt werden; die Zahlen des Berichts sind vollständig. Fordern Sie den Bericht für die Grafiken noch einmal an.",
  "steering.export.sent":
    "Der Export (Excel-Arbeitsmappe und CSV-Dateien) ist in Ihren Direktnachrichten mit der App.",
  "steering.help":
    "*Steuerung*\n• `/mentoring report` – Evaluationsergebnisse, Tandem-Zahlen und Grafiken in Ihre Direktnachrichten; `/mentoring report compare` stellt sie neben die vorige Runde\n• `/mentoring export` – Teilnehmende, Tandems, Evaluationszahlen, Veranstaltungen und Freitexte als Excel-Arbeitsmappe und CSV-Dateien\n• `/mentoring report <Name>`, `/mentoring export <Name>` – dasselbe für eine frühere Kohorte\n• Evaluationstermine: in `/mentoring schedule` (*Termine ändern*)",
  "steering.q.share.hint":
    "Nur wenn mindestens drei Personen, die zugestimmt haben, etwas geschrieben haben. Niemand sieht, wer was geschrieben hat; die Programmleitung sieht Ihre Antwort nie mit Ihrem Namen.",
});

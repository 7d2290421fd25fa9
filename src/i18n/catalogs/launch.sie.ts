import { defineSie } from "../define";
import { launch } from "./launch";

/** The German "Sie" texts of the launch catalog, where they differ from its "du" texts. */
export const launchSie = defineSie(launch, {
  "launch.welcome.fallback": "Willkommen in Ihrem Tandem, {mentor} und {mentee}!",
  "launch.welcome.title": "Willkommen in Ihrem Tandem",
  "launch.welcome.intro":
    "{mentor} und {mentee}, dieser private Kanal gehört Ihnen, für das Reverse-Mentoring-Programm *{program}*. Nur Sie beide und Tandem sind hier, und was Sie hier besprechen, bleibt hier.",
  "launch.welcome.why": "*Warum Sie beide*",
  "launch.welcome.why.none":
    "Sie teilen die Themen des Programms und haben sich beide für die Teilnahme entschieden.",
  "launch.welcome.agenda":
    "*Vorschlag für Ihr erstes Treffen (etwa eine Stunde)*\n1. Kennenlernen: Ihre Rollen, Ihr Hintergrund, wie eine normale Woche aussieht (10 Min.)\n2. Erwartungen beider Seiten und Ihre Zusammenarbeit: Vertraulichkeit, wie oft und wo Sie sich treffen (15 Min.)\n3. Zwei oder drei Themen für den Start wählen, aus den Zielen oben (20 Min.)\n4. Ein erstes kleines Experiment bis zum nächsten Treffen vereinbaren und den Termin festlegen (15 Min.)",
  "launch.welcome.lead":
    "{mentor}, Sie leiten das Tandem: Bitte schlagen Sie einen Termin für Ihr erstes Treffen vor.",
  "launch.dm.fallback": "Ihr Tandem ist startklar: {channel}",
  "launch.dm.text":
    "🎉 Ihr Tandem ist startklar! Sie und {partner} haben jetzt einen privaten Kanal: {channel}\nSagen Sie dort Hallo; in der Willkommensnachricht steht ein Vorschlag für Ihr erstes Treffen.",
  "launch.dm.mentor_leads": "Sie leiten das Tandem: Bitte schlagen Sie {partner} einen ersten Termin vor.",
  "launch.waiting.fallback": "Sie stehen auf der Warteliste für {program}",
  "launch.waiting.text":
    "Danke, dass Sie sich für *{program}* angemeldet haben! In dieser Runde haben wir niemanden gefunden, der wirklich zu Ihnen passt. Wir bilden Tandems nach Lernzielen und Themen und warten lieber, als schlecht zu kombinieren.\n\n*Sie stehen auf der Warteliste.* Ihre Antworten bleiben gespeichert. Sobald ein Platz frei wird, etwa wenn jemand aussteigt oder die nächste Runde beginnt, sind Sie unter den Ersten, und wir sagen Ihnen sofort Bescheid. Bei Fragen hilft Ihnen die Programmleitung gern.",
  "launch.circle.mentor.text":
    "Dieser private Kanal ist für die Mentor:innen von *{program}* und die Programmleitung. Sie leiten Ihre Tandems, und niemand muss das allein tun: Teilen Sie, was funktioniert, holen Sie sich Ideen, wenn ein Tandem feststeckt, und bereiten Sie gemeinsam die Abschlussveranstaltung vor. Was im Tandem gesagt wird, bleibt im Tandem: Teilen Sie hier Erfahrungen, keine vertraulichen Details.",
  "launch.circle.executive.text":
    "Dieser private Kanal ist für die Führungskräfte (Mentees) von *{program}* und die Programmleitung. Teilen Sie, was Sie von Ihren Mentor:innen lernen, was Sie ausprobiert haben und was Sie überrascht hat. Was im Tandem gesagt wird, bleibt im Tandem: Teilen Sie hier Erfahrungen, keine vertraulichen Details.",
  "launch.status.retry_hint":
    "Beheben Sie die Ursache (etwa ein Konto reaktivieren) und versuchen Sie es dann erneut.",
  "launch.dm.fallback.rematch":
    "Ihr Tandem mit {former} ist beendet; Ihr neues Tandem ist startklar: {channel}",
  "launch.dm.fallback.from_waiting": "Ein Platz ist frei geworden, und Ihr Tandem ist startklar: {channel}",
  "launch.dm.from_waiting":
    "🎉 Gute Nachricht von der Warteliste: Ein Platz ist frei geworden, und Ihr Tandem ist startklar! Sie und {partner} haben jetzt einen privaten Kanal: {channel}\nSagen Sie dort Hallo; in der Willkommensnachricht steht ein Vorschlag für Ihr erstes Treffen.",
  "launch.dm.rematch.requester":
    "Die Programmleitung hat Ihre Anfrage genehmigt: Ihr Tandem mit {former} ist beendet und sein Kanal archiviert. Wir haben gleich jemand Neues für Sie gefunden: Sie und {partner} haben jetzt einen privaten Kanal, {channel}\nSagen Sie dort Hallo; in der Willkommensnachricht steht ein Vorschlag für Ihr erstes Treffen.",
  "launch.dm.rematch.partner":
    "Ihr Tandem mit {former} ist beendet und sein Kanal archiviert. Danke für die Zeit, die Sie investiert haben! Manchmal passt ein Paar nicht, und das ist niemandes Schuld. Wir haben gleich jemand Neues für Sie gefunden: Sie und {partner} haben jetzt einen privaten Kanal, {channel}\nSagen Sie dort Hallo; in der Willkommensnachricht steht ein Vorschlag für Ihr erstes Treffen.",
  "launch.waiting.closed.text":
    "*{program}* ist heute zu Ende gegangen. Wir haben in dieser Runde niemand Passendes für Sie gefunden, und es tut uns leid, dass Sie vergeblich gewartet haben. Danke für Ihr Interesse und Ihre Geduld. Ihr Platz auf der Warteliste endet mit dem Programm; wenn die Anmeldung für die nächste Runde öffnet, sind Sie herzlich willkommen.",
  "launch.waiting.closed.after_tandem":
    "*{program}* ist heute zu Ende gegangen. Nachdem Ihr Tandem beendet war, haben wir niemand Neues für Sie gefunden, und es tut uns leid, dass Sie vergeblich gewartet haben. Danke für die Zeit, die Sie dem Programm geschenkt haben, und für Ihre Geduld. Ihr Platz auf der Warteliste endet mit dem Programm; wenn die Anmeldung für die nächste Runde öffnet, sind Sie herzlich willkommen.",
});

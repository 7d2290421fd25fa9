import { defineSie } from "../define";
import { matching } from "./matching";

/** The German "Sie" texts of the matching catalog, where they differ from its "du" texts. */
export const matchingSie = defineSie(matching, {
  "matching.unmatched.consent_failed":
    "Zustimmung zum geänderten Datenschutzhinweis steht aus (die Anfrage konnte nicht zugestellt werden: Bitte sprechen Sie die Person an)",
  "matching.stale":
    "Dieser Vorschlag ist nicht mehr aktuell: Er wurde freigegeben, verworfen oder ersetzt. Mit `/mentoring match` erhalten Sie einen neuen.",
  "matching.approved.consent":
    "Zustimmung zum geänderten Datenschutzhinweis ausstehend: {count}. Diese Personen erhalten keine Nachricht und bleiben angemeldet; sobald sie zugestimmt haben, führen Sie erneut `/mentoring match` aus, um sie in einer Nachzügler-Runde zuzuordnen.",
  "matching.approved_launch_failed":
    "*Freigegeben und gespeichert* (Tandems: {tandems} · Warteliste: {waiting}), aber der Start der Tandems konnte nicht beginnen. Es wurde noch nichts verschickt; bitte versuchen Sie es über den Startstatus erneut.",
  "matching.help":
    "Fixieren Sie ein Paar, damit es beim Neuberechnen bleibt; schließen Sie ein Paar aus, um andere Tandem-Partner:innen zu suchen. Die Freigabe macht die Paare verbindlich und startet den Launch. Beim Verwerfen wird niemand benachrichtigt.",
});

import { defineSie } from "../define";
import { notices } from "./notices";

/** The German "Sie" texts of the notices catalog, where they differ from its "du" texts. */
export const noticesSie = defineSie(notices, {
  "notices.signup.next":
    "Wenn Sie so weit sind, schließen Sie die Anmeldung und starten Sie das Matching: Sie prüfen jedes Paar, bevor jemand davon erfährt.",
  "notices.results.summary":
    "Am {date} bekommen alle, die teilgenommen haben, eine kurze Zusammenfassung in ihrer Sprache: wie viele Tandems und Treffen es gab und wie zufrieden die Teilnehmenden waren, nur als Zahlen über mindestens drei Personen. Wenn Sie vorher aufschreiben, was sich für die nächste Kohorte ändert, steht das darin; sonst sagt die Zusammenfassung nichts über Änderungen.",
  "notices.low.definition":
    "Als gering gilt eine Beteiligung, wenn weniger als {threshold} % der Eingeladenen antworten: Dann sprechen die Zahlen womöglich nicht für die Kohorte. Sie können die Eingeladenen persönlich erinnern oder die Evaluation länger offen lassen.",
  "notices.summary.intro": "Danke, dass Sie dabei waren! So lief die Kohorte:",
  "notices.changes.intro":
    "Alle, die an *{program}* teilgenommen haben, bekommen am {date} eine kurze Zusammenfassung. Was Sie hier schreiben, steht darin unter „Was sich für die nächste Kohorte ändert“. Wenn Sie beide Felder leer lassen, sagt die Zusammenfassung nichts über Änderungen.",
  "notices.cohort.ambiguous": "Auf „{typed}“ passt mehr als eine Kohorte. Welche meinen Sie?",
});

import { defineCatalog } from "../define";

export const rhythm = defineCatalog({
  en: {
    "rhythm.phase.start": "First meetings",
    "rhythm.phase.middle": "Middle of the program",
    "rhythm.phase.end": "Final stretch",

    "rhythm.prompt.start.1":
      "How did your first meeting go? Share one thing that worked well for breaking the ice with your executive.",
    "rhythm.prompt.start.2":
      "How did you find out what your executive really wants to learn? Which question opened the conversation best?",
    "rhythm.prompt.start.3":
      "Mentoring someone far above you in the hierarchy can feel odd. What helps you speak openly and lead the meetings?",
    "rhythm.prompt.start.4":
      "How do you and your executive agree on meeting times, format and confidentiality? Share what you settled on.",
    "rhythm.prompt.start.5":
      "Which small, hands-on exercise (a tool, an app, a feature) would you try in the first weeks? Share your ideas.",
    "rhythm.prompt.start.6":
      "What do you hope to learn from your executive about leadership and strategy? How could you ask for it?",

    "rhythm.prompt.middle.1":
      "Halfway there: what has your executive already started doing differently? Share a small success.",
    "rhythm.prompt.middle.2":
      "Meetings postponed or cancelled? How do you keep the rhythm when your executive's calendar is full?",
    "rhythm.prompt.middle.3":
      "Which explanation or demo worked best so far, and which one fell flat? What would you change next time?",
    "rhythm.prompt.middle.4":
      "How do you give honest feedback to your executive, for example on how they use digital tools with their team?",
    "rhythm.prompt.middle.5":
      "What have you learned about leadership or decision-making from your executive so far?",
    "rhythm.prompt.middle.6":
      "Is your action plan still the right one? Share how you adjust goals that turned out too big or too small.",

    "rhythm.prompt.end.1":
      "What is the one change in your executive's digital habits you are most proud of? How could it last beyond the program?",
    "rhythm.prompt.end.2":
      "The closing event is near: how will you and your executive present your first successes? Share your ideas.",
    "rhythm.prompt.end.3": "What would you tell a new mentor before their first meeting with an executive?",
    "rhythm.prompt.end.4":
      "How will you end the tandem well? Do you plan to stay in touch, and in what form?",
    "rhythm.prompt.end.5":
      "What did mentoring an executive teach you about yourself, your career or your company?",
    "rhythm.prompt.end.6":
      "What should the program change for the next round: topics, meeting rhythm, events, support? Share one idea.",
  },
  de: {
    "rhythm.phase.start": "Erste Treffen",
    "rhythm.phase.middle": "Mitte des Programms",
    "rhythm.phase.end": "Endspurt",

    "rhythm.prompt.start.1":
      "Wie lief euer erstes Treffen? Teilt eine Sache, die euch geholfen hat, mit eurer Führungskraft ins Gespräch zu kommen.",
    "rhythm.prompt.start.2":
      "Wie habt ihr herausgefunden, was eure Führungskraft wirklich lernen möchte? Welche Frage hat das Gespräch am besten geöffnet?",
    "rhythm.prompt.start.3":
      "Jemanden zu begleiten, der in der Hierarchie weit über euch steht, kann sich seltsam anfühlen. Was hilft euch, offen zu sprechen und die Treffen zu leiten?",
    "rhythm.prompt.start.4":
      "Wie vereinbart ihr mit eurer Führungskraft Termine, Format und Vertraulichkeit? Teilt, worauf ihr euch geeinigt habt.",
    "rhythm.prompt.start.5":
      "Welche kleine, praktische Übung (ein Tool, eine App, eine Funktion) würdet ihr in den ersten Wochen ausprobieren? Teilt eure Ideen.",
    "rhythm.prompt.start.6":
      "Was möchtet ihr von eurer Führungskraft über Führung und Strategie lernen? Wie könntet ihr danach fragen?",

    "rhythm.prompt.middle.1":
      "Halbzeit: Was macht eure Führungskraft schon anders als vorher? Teilt einen kleinen Erfolg.",
    "rhythm.prompt.middle.2":
      "Treffen verschoben oder abgesagt? Wie haltet ihr den Rhythmus, wenn der Kalender eurer Führungskraft voll ist?",
    "rhythm.prompt.middle.3":
      "Welche Erklärung oder Demo hat bisher am besten funktioniert, und welche nicht? Was würdet ihr beim nächsten Mal ändern?",
    "rhythm.prompt.middle.4":
      "Wie gebt ihr eurer Führungskraft ehrliches Feedback, zum Beispiel dazu, wie sie digitale Tools mit ihrem Team nutzt?",
    "rhythm.prompt.middle.5":
      "Was habt ihr bisher von eurer Führungskraft über Führung oder Entscheidungen gelernt?",
    "rhythm.prompt.middle.6":
      "Passt euer Aktionsplan noch? Teilt, wie ihr Ziele anpasst, die sich als zu groß oder zu klein herausgestellt haben.",

    "rhythm.prompt.end.1":
      "Auf welche Veränderung in den digitalen Gewohnheiten eurer Führungskraft seid ihr am meisten stolz? Wie kann sie über das Programm hinaus bleiben?",
    "rhythm.prompt.end.2":
      "Die Abschlussveranstaltung naht: Wie wollt ihr mit eurer Führungskraft eure ersten Erfolge vorstellen? Teilt eure Ideen.",
    "rhythm.prompt.end.3":
      "Was würdet ihr einer neuen Mentorin oder einem neuen Mentor vor dem ersten Treffen mit einer Führungskraft raten?",
    "rhythm.prompt.end.4":
      "Wie wollt ihr das Tandem gut abschließen? Bleibt ihr in Kontakt, und in welcher Form?",
    "rhythm.prompt.end.5":
      "Was hat euch das Mentoring einer Führungskraft über euch selbst, eure Laufbahn oder euer Unternehmen gezeigt?",
    "rhythm.prompt.end.6":
      "Was sollte das Programm in der nächsten Runde ändern: Themen, Rhythmus der Treffen, Veranstaltungen, Unterstützung? Teilt eine Idee.",
  },
});

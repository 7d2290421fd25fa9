import { defineCatalog } from "../define";

export const common = defineCatalog({
  en: {
    "common.app_name": "Tandem",
    "common.cancel": "Cancel",
    "common.save": "Save",
    "common.close": "Close",
    "common.yes": "Yes",
    "common.no": "No",
    "common.role.mentor": "Mentor",
    "common.role.mentee": "Executive (mentee)",
    "common.error.generic": "Something went wrong on our side. Please try again in a minute.",
    "common.error.not_manager":
      "Only program managers can do this. If you think you should be one, ask an existing program manager to add you.",
    "common.error.no_program": "There is no active mentoring program yet.",
  },
  de: {
    "common.app_name": "Tandem",
    "common.cancel": "Abbrechen",
    "common.save": "Speichern",
    "common.close": "Schließen",
    "common.yes": "Ja",
    "common.no": "Nein",
    "common.role.mentor": "Mentor:in",
    "common.role.mentee": "Führungskraft (Mentee)",
    "common.error.generic":
      "Bei uns ist etwas schiefgelaufen. Bitte versuche es in einer Minute noch einmal.",
    "common.error.not_manager":
      "Das darf nur die Programmleitung. Wenn du dazugehören solltest, bitte jemanden aus der Programmleitung, dich hinzuzufügen.",
    "common.error.no_program": "Es gibt noch kein aktives Mentoring-Programm.",
  },
});

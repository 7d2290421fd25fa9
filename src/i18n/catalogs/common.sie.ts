import { defineSie } from "../define";
import { common } from "./common";

/** The German "Sie" texts of the common catalog, where they differ from its "du" texts. */
export const commonSie = defineSie(common, {
  "common.error.generic":
    "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es in einer Minute noch einmal.",
  "common.error.not_manager":
    "Das darf nur die Programmleitung. Wenn Sie dazugehören sollten, bitten Sie jemanden aus der Programmleitung, Sie hinzuzufügen.",
});

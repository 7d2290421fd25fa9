import { defineSie } from "../define";
import { help } from "./help";

/** The German "Sie" texts of the help catalog, where they differ from its "du" texts. */
export const helpSie = defineSie(help, {
});

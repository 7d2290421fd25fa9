import { defineSie } from "../define";
import { steering } from "./steering";

/** The German "Sie" texts of the steering catalog, where they differ from its "du" texts. */
export const steeringSie = defineSie(steering, {
});

import { defineSie } from "../define";
import { rhythm } from "./rhythm";

/** The German "Sie" texts of the rhythm catalog, where they differ from its "du" texts. */
export const rhythmSie = defineSie(rhythm, {
});

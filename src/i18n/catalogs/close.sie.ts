import { defineSie } from "../define";
import { close } from "./close";

/** The German "Sie" texts of the close catalog, where they differ from its "du" texts. */
export const closeSie = defineSie(close, {
});

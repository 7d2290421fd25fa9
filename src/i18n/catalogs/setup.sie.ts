import { defineSie } from "../define";
import { setup } from "./setup";

/** The German "Sie" texts of the setup catalog, where they differ from its "du" texts. */
export const setupSie = defineSie(setup, {
});

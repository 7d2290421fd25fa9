import { defineSie } from "../define";
import { common } from "./common";

/** The German "Sie" texts of the common catalog, where they differ from its "du" texts. */
export const commonSie = defineSie(common, {
});

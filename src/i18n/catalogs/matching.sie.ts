import { defineSie } from "../define";
import { matching } from "./matching";

/** The German "Sie" texts of the matching catalog, where they differ from its "du" texts. */
export const matchingSie = defineSie(matching, {
});

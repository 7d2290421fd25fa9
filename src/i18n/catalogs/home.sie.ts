import { defineSie } from "../define";
import { home } from "./home";

/** The German "Sie" texts of the home catalog, where they differ from its "du" texts. */
export const homeSie = defineSie(home, {
});

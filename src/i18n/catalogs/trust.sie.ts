import { defineSie } from "../define";
import { trust } from "./trust";

/** The German "Sie" texts of the trust catalog, where they differ from its "du" texts. */
export const trustSie = defineSie(trust, {
});

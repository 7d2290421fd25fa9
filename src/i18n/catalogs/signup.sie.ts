import { defineSie } from "../define";
import { signup } from "./signup";

/** The German "Sie" texts of the signup catalog, where they differ from its "du" texts. */
export const signupSie = defineSie(signup, {
});

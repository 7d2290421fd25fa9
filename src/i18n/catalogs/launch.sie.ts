import { defineSie } from "../define";
import { launch } from "./launch";

/** The German "Sie" texts of the launch catalog, where they differ from its "du" texts. */
export const launchSie = defineSie(launch, {
});

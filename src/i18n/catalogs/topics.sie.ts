import { defineSie } from "../define";
import { topics } from "./topics";

/** The German "Sie" texts of the topics catalog, where they differ from its "du" texts. */
export const topicsSie = defineSie(topics, {});

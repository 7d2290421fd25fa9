import { defineCatalog } from "../define";

export const signup = defineCatalog({
  en: {},
  de: {},
});

import { defineCatalog } from "../define";

export const home = defineCatalog({
  en: {},
  de: {},
});

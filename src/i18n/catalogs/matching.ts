import { defineCatalog } from "../define";

export const matching = defineCatalog({
  en: {},
  de: {},
});

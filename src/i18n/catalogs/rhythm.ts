import { defineCatalog } from "../define";

export const rhythm = defineCatalog({
  en: {},
  de: {},
});

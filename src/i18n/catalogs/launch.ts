import { defineCatalog } from "../define";

export const launch = defineCatalog({
  en: {},
  de: {},
});

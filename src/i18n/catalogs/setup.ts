import { defineCatalog } from "../define";

export const setup = defineCatalog({
  en: {},
  de: {},
});

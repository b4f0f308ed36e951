/**
 * The language a run writes in: English, Spanish or Portuguese. It is the
 * configuration's `language`, else the language of the sheet's headers when
 * they are recognisably Spanish or Portuguese, else the display language of
 * Office or the browser the face runs in, else English.
 */
import { foldText } from "./parse/normalize";

export const LANGUAGES = ["en", "es", "pt"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of a display-language tag such as Office's `displayLanguage`
 * or the browser's `navigator.language`, or undefined for any other.
 *
 * @example languageOfTag("pt-BR") //=> "pt"
 * @example languageOfTag("de-DE") //=> undefined
 */
export function languageOfTag(tag: string | undefined): Language | undefined {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

/** Header words only Spanish writes (folded), and only Portuguese. Words both share ("cliente", "saldo") say nothing. */
const SPANISH = new Set(
  "factura facturas fecha vencimiento importe monto pendiente dias atraso razon social comprobante emision cobro pago pagada estado disputa moneda rubro telefono correo limite credito cuenta documento numero abierta vencida corriente".split(
    " ",
  ),
);
const PORTUGUESE = new Set(
  "fatura faturas data vencimento valor aberto atraso emissao pagamento paga situacao disputa moeda telefone limite credito conta documento numero nota fiscal vencida titulo duplicata sacado".split(
    " ",
  ),
);
// Words both languages use with the same spelling once folded: they count for neither.
for (const w of [...SPANISH]) {
  if (!PORTUGUESE.has(w)) continue;
  SPANISH.delete(w);
  PORTUGUESE.delete(w);
}

/**
 * The language the header cells are written in, when recognisably Spanish or
 * Portuguese (at least two headers with a word only that language writes, and
 * more than the other language has); undefined otherwise — English headers,
 * or too few words to tell.
 *
 * @example headerLanguage(["Cliente", "Factura", "Fecha de vencimiento", "Saldo"]) //=> "es"
 * @example headerLanguage(["Cliente", "Nota fiscal", "Data de vencimento", "Valor em aberto"]) //=> "pt"
 */
export function headerLanguage(headers: readonly string[]): Language | undefined {
  let es = 0;
  let pt = 0;
  for (const header of headers) {
    const words = foldText(header).split(" ");
    if (words.some((w) => SPANISH.has(w))) es++;
    if (words.some((w) => PORTUGUESE.has(w))) pt++;
  }
  if (es >= 2 && es > pt) return "es";
  if (pt >= 2 && pt > es) return "pt";
  return undefined;
}

/**
 * The language a run writes in (see the module note).
 *
 * @example resolveLanguage(undefined, ["Cliente", "Fatura", "Vencimento"], "en-US") //=> "pt"
 */
export function resolveLanguage(configured: Language | undefined, headers: readonly string[], display: string | undefined): Language {
  return configured ?? headerLanguage(headers) ?? languageOfTag(display) ?? "en";
}

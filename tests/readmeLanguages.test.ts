/**
 * README.es.md and README.pt.md: how the language of a run is chosen, the
 * presets' tables and the rule language's words, in Spanish and Portuguese.
 * Their tables are generated from the messages and the presets, so they can't
 * drift: this test checks them, and `npm run readmes` rewrites them.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { CONDITION_FIELDS, type ConditionFieldName } from "../src/engine/conditionFields";
import type { Condition, SegmentationConfig } from "../src/engine/config/schema";
import { formatCondition } from "../src/engine/expression";
import { textsFor } from "../src/engine/messages";
import { FIELD_ALIASES } from "../src/engine/messages/fieldAliases";
import { PRESET_NAMES, presetConfig, strategyText } from "../src/engine/presets";

const PROSE = {
  es: {
    title: "# AR Segmentation para Excel — en español",
    back: "[English README](README.md) · [Português](README.pt.md)",
    intro: `Todo lo que escribe una ejecución — los encabezados de las columnas de salida (Segmento, Prioridad,
Estrategia, Puntaje, Motivo, Tramo de antigüedad), los nombres de segmento de los modelos predefinidos, las
estrategias (canal, tono, acción, mensaje), los motivos (con los campos en palabras), las palabras de los
tramos (Vigente, Pagada), la hoja de resumen (nombre, títulos, indicadores, tabla dinámica), la tabla de
resumen de la línea de comandos (números y fechas al estilo del idioma) y los resultados de las funciones
personalizadas — sale en el idioma de la ejecución.`,
    choose: `## Qué idioma escribe una ejecución

1. \`language\` en la configuración (\`"en"\`, \`"es"\` o \`"pt"\`), o \`--language es\` en la línea de comandos;
2. si no, el idioma de los encabezados de la hoja cuando son claramente españoles o portugueses
   (\`Fecha de vencimiento\`, \`Saldo pendiente\` …);
3. si no, el idioma de Office (o del navegador; en la línea de comandos, \`LC_ALL\` / \`LANG\`);
4. si no, inglés.

Una nueva ejecución reconoce las columnas y la hoja de resumen del producto en cualquier idioma y las
reemplaza. Los nombres de un modelo predefinido se traducen cuando se elige (la configuración guardada
lleva su idioma); los nombres que usted escribió quedan como los escribió; cambiar el idioma de una
configuración guardada es una acción explícita (\`--language\`).`,
    presets: "## Modelos predefinidos",
    presetHead: "| # | Cuándo | Segmento | Prioridad | Estrategia |",
    otherwise: "en otro caso",
    level: { invoice: "por factura", customer: "por cliente" },
    fields: `## El lenguaje de las reglas

Las condiciones pueden nombrar los campos en inglés, en español o en portugués; mayúsculas, acentos,
espacios y guiones bajos no importan (\`DíasDeAtraso\`, \`DiasDeAtraso\` y \`días de atraso\` son el mismo
campo). Las palabras clave (\`and\`, \`or\`, \`not\`, \`in\`, \`between\`, \`contains\`, \`is blank\`) se escriben en
inglés. En una regla, \`AgingBucket = "Vigente"\` equivale a \`AgingBucket = "Current"\`.`,
    fieldHead: "| Campo | En español | En el panel |",
  },
  pt: {
    title: "# AR Segmentation para Excel — em português",
    back: "[English README](README.md) · [Español](README.es.md)",
    intro: `Tudo o que uma execução escreve — os cabeçalhos das colunas de saída (Segmento, Prioridade,
Estratégia, Pontuação, Motivo, Faixa de atraso), os nomes de segmento dos modelos prontos, as estratégias
(canal, tom, ação, mensagem), os motivos (com os campos em palavras), as palavras das faixas (Em dia,
Paga), a planilha de resumo (nome, títulos, indicadores, tabela dinâmica), a tabela de resumo da linha de
comando (números e datas no padrão do idioma) e os resultados das funções personalizadas — sai no idioma
da execução.`,
    choose: `## Em que idioma uma execução escreve

1. \`language\` na configuração (\`"en"\`, \`"es"\` ou \`"pt"\`), ou \`--language pt\` na linha de comando;
2. senão, o idioma dos cabeçalhos da planilha quando são claramente portugueses ou espanhóis
   (\`Data de vencimento\`, \`Valor em aberto\` …);
3. senão, o idioma do Office (ou do navegador; na linha de comando, \`LC_ALL\` / \`LANG\`);
4. senão, inglês.

Uma nova execução reconhece as colunas e a planilha de resumo do produto em qualquer idioma e as
substitui. Os nomes de um modelo pronto são traduzidos quando ele é escolhido (a configuração salva leva
o seu idioma); os nomes que você escreveu ficam como escritos; mudar o idioma de uma configuração salva é
uma ação explícita (\`--language\`).`,
    presets: "## Modelos prontos",
    presetHead: "| # | Quando | Segmento | Prioridade | Estratégia |",
    otherwise: "caso contrário",
    level: { invoice: "por fatura", customer: "por cliente" },
    fields: `## A linguagem das regras

As condições podem nomear os campos em inglês, em português ou em espanhol; maiúsculas, acentos, espaços e
sublinhados não importam (\`DiasEmAtraso\` e \`dias em atraso\` são o mesmo campo). As palavras-chave (\`and\`,
\`or\`, \`not\`, \`in\`, \`between\`, \`contains\`, \`is blank\`) são escritas em inglês. Numa regra,
\`AgingBucket = "Em dia"\` equivale a \`AgingBucket = "Current"\`.`,
    fieldHead: "| Campo | Em português | No painel |",
  },
} as const;

type Other = keyof typeof PROSE;

const cell = (text: string): string => text.replace(/\|/g, "\\|");

function presetTable(config: SegmentationConfig, language: Other): string[] {
  const p = PROSE[language];
  const texts = textsFor(language);
  const model = config.model;
  const lines: string[] = [];
  const when = (c: Condition | string): string => `\`${cell(typeof c === "string" ? c : formatCondition(c))}\``;
  if (model.kind === "rules") {
    lines.push(p.presetHead, "|---|---|---|---|---|");
    model.rules.forEach((r, i) =>
      lines.push(`| ${i + 1} | ${when(r.when)} | ${cell(r.segment)} | ${r.priority ?? "—"} | ${cell(strategyText(r.strategy, texts))} |`),
    );
    lines.push(
      `| — | ${p.otherwise} | ${cell(model.otherwise.segment)} | ${model.otherwise.priority ?? "—"} | ${cell(strategyText(model.otherwise.strategy, texts))} |`,
    );
  } else {
    // Matrix, points and score models: their segments and strategies, one per line.
    lines.push(
      `| ${p.presetHead.split("|")[3].trim()} | ${p.presetHead.split("|")[4].trim()} | ${p.presetHead.split("|")[5].trim()} |`,
      "|---|---|---|",
    );
    const seen = new Set<string>();
    for (const o of outcomesOf(model)) {
      if (seen.has(o.segment)) continue;
      seen.add(o.segment);
      lines.push(`| ${cell(o.segment)} | ${o.priority ?? "—"} | ${cell(strategyText(o.strategy, texts))} |`);
    }
  }
  return lines;
}

type Outcome = { segment: string; priority: number | null; strategy: Parameters<typeof strategyText>[0] };

function outcomesOf(model: SegmentationConfig["model"]): Outcome[] {
  const found: Outcome[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const v = value as Record<string, unknown>;
      if (typeof v.segment === "string" && v.strategy && typeof v.strategy === "object") found.push(v as unknown as Outcome);
      Object.values(v).forEach(walk);
    }
  };
  walk(model);
  return found;
}

function document(language: Other): string {
  const p = PROSE[language];
  const texts = textsFor(language);
  const out: string[] = [p.title, "", p.back, "", p.intro, "", p.choose, "", p.presets, ""];
  for (const name of PRESET_NAMES) {
    const built = presetConfig(name, undefined, language);
    if (!built.ok) throw new Error(name);
    out.push(
      `#### \`${name}\` — ${texts.presets.names[name]} (${p.level[built.value.level]})`,
      "",
      ...presetTable(built.value, language),
      "",
    );
  }
  out.push(p.fields, "", p.fieldHead, "|---|---|---|");
  for (const field of Object.keys(CONDITION_FIELDS) as ConditionFieldName[]) {
    out.push(`| \`${field}\` | ${FIELD_ALIASES[language][field].map((a) => `\`${a}\``).join(", ")} | ${texts.fieldLabels[field]} |`);
  }
  return out.join("\n") + "\n";
}

describe.each(["es", "pt"] as const)("README.%s.md", (language) => {
  const file = join(__dirname, "..", `README.${language}.md`);
  const wanted = document(language);
  if (process.env.UPDATE_READMES === "1") writeFileSync(file, wanted);

  it("holds the presets' tables and the rule language's words as the product has them (npm run readmes rewrites it)", () => {
    expect(readFileSync(file, "utf8")).toBe(wanted);
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(__dirname, "..", "README.md"), "utf8")).toContain(`(README.${language}.md)`);
  });
});

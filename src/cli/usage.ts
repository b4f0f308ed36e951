import { PRESETS } from "../engine/presets";
import { CSV_OUTPUT_HEADERS, OUTPUT_HEADERS } from "../engine/segmentation";

/** The text of `arseg --help`. */
export function usageText(): string {
  const presets = Object.entries(PRESETS)
    .map(([name, info]) => `    ${name.padEnd(27)}${info.description}`)
    .join("\n");
  return `Usage: arseg <input.xlsx|input.csv> [options]
       arseg backtest <ledger> …   what a configuration would have done on the ledger's own past
       arseg compare <ledger> …    two configurations side by side: who moves where
       (arseg backtest --help, arseg compare --help for their options)

Segments an accounts-receivable ledger: every row gets ${OUTPUT_HEADERS.join(", ")}
(xlsx output) or ${CSV_OUTPUT_HEADERS.join(", ")} (csv output), and a "Segment Summary"
sheet of live COUNTIFS / SUMIFS formulas is added to xlsx output. The input file is never changed.
A Spanish- or Portuguese-headed ledger gets every text in its language (README.es.md, README.pt.md).

Options:
  --sheet NAME           Sheet to segment (xlsx input; default: the active sheet)
  --preset NAME          Built-in configuration (default: the one saved in the workbook, else collections)
  --config FILE.json     Configuration file (JSON with comments); not with --preset
  --as-of YYYY-MM-DD     Age the ledger at this date (default: the configuration's, else the report's
                         own title date such as "As of December 21, 2025", else today)
  --level LEVEL          invoice or customer: overrides the configuration's level
  --language LANG        en, es or pt: the language the run writes in (default: the configuration's, else
                         the headers' when Spanish or Portuguese, else LC_ALL/LANG's, else English)
  --map FIELD=HEADER     Read FIELD from the column HEADER (repeatable; FIELD= for "no such column"),
                         over the configuration's mapping: --map dueDate="Vencto" --map balance="Saldo"
  --out FILE             Output .xlsx or .csv (default: <input>-segmented.<input extension>)
  --summary-json FILE    Also write the summary and KPIs as JSON, to a .json file
  --skip-bad-rows        Report rows with unreadable cells on stderr and go on without them
  --overwrite            Write the output columns over non-empty cells right of the data
  -q, --quiet            Don't print what was read (which column is which field, the as-of date) on stderr
  -h, --help             Show this help
  -v, --version          Show the version

Presets:
${presets}

Exit codes: 0 done, 2 a problem with the input or the options (one message on stderr), 1 an internal error.
`;
}

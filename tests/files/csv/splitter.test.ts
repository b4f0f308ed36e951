import fc from "fast-check";
import { CsvQuoteError, CsvSplitter, type CsvRecord, type Delimiter } from "../../../src/files/csv/splitter";

function splitAll(text: string, delimiter: Delimiter = ",", pieces: number[] = []): CsvRecord[] {
  const splitter = new CsvSplitter(delimiter);
  const out: CsvRecord[] = [];
  let at = 0;
  for (const size of pieces) {
    splitter.feed(text.slice(at, at + size), out);
    at += size;
  }
  splitter.feed(text.slice(at), out);
  splitter.end(out);
  return out;
}

const cells = (records: CsvRecord[]) => records.map((r) => r.cells);

describe("CsvSplitter", () => {
  it("splits plain lines on the delimiter", () => {
    expect(cells(splitAll("a,b,c\n1,2,3\n"))).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("keeps each record's raw text without its line terminator", () => {
    const records = splitAll('a,"b,1"\r\nx,y\r\n');
    expect(records.map((r) => r.raw)).toEqual(['a,"b,1"', "x,y"]);
  });

  it("tells each record's line terminator length, so the record's bytes can be found in the file again", () => {
    const records = splitAll('a,b\r\n"x\r\ny",z\nlast\r', ",", [5, 3]);
    expect(records.map((r) => [r.raw, r.ending])).toEqual([
      ["a,b", 2],
      ['"x\r\ny",z', 1],
      ["last", 1],
    ]);
  });

  it("unquotes fields and turns doubled quotes into one", () => {
    expect(cells(splitAll('"He said ""hi""",x\n'))).toEqual([['He said "hi"', "x"]]);
  });

  it("keeps delimiters and line breaks inside quoted fields", () => {
    const records = splitAll('name,note\n"Acme, Inc.","line one\r\nline two"\nlast,row\n');
    expect(cells(records)).toEqual([
      ["name", "note"],
      ["Acme, Inc.", "line one\r\nline two"],
      ["last", "row"],
    ]);
    expect(records[1].raw).toBe('"Acme, Inc.","line one\r\nline two"');
  });

  it("strips CR of CRLF line endings", () => {
    expect(cells(splitAll("a,b\r\n1,2\r\n"))).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reads a last record that has no line break", () => {
    expect(cells(splitAll("a,b\n1,2"))).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(cells(splitAll('a,"b\n'))).toEqual([["a", "b\n"]]);
  });

  it("gives an empty line as one empty field", () => {
    expect(cells(splitAll("a\n\nb\n"))).toEqual([["a"], [""], ["b"]]);
  });

  it("keeps empty fields, quoted or not", () => {
    expect(cells(splitAll(',"",x,\n'))).toEqual([["", "", "x", ""]]);
  });

  it("treats a quote inside an unquoted field as a character", () => {
    expect(cells(splitAll('12" pipe,3\n'))).toEqual([['12" pipe', "3"]]);
  });

  it("splits on semicolons and tabs when told to", () => {
    expect(cells(splitAll('a;"1,5";c\n', ";"))).toEqual([["a", "1,5", "c"]]);
    expect(cells(splitAll("a\tb c\td\n", "\t"))).toEqual([["a", "b c", "d"]]);
  });

  it("gives the same records however the text is cut into pieces", () => {
    const text = 'h1,h2,h3\r\n"a ""q""","x\ny",3\r\nplain,"",\r\n"end"';
    const whole = splitAll(text);
    for (let cut = 1; cut < text.length; cut++) {
      expect(splitAll(text, ",", [cut])).toEqual(whole);
    }
    expect(splitAll(text, ",", Array(text.length).fill(1))).toEqual(whole);
  });

  it("reads back whatever a quoting writer wrote, split at any points (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "é", ";"), maxLength: 8 });
    const record = fc.array(field, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(20), { maxLength: 6 }), (records, pieces) => {
        const text = records.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";
        expect(cells(splitAll(text, ",", pieces))).toEqual(records);
      }),
    );
  });

  describe("a quote that would swallow lines", () => {
    const quoteErrorOf = (text: string, pieces: number[] = []): CsvQuoteError | undefined => {
      try {
        splitAll(text, ",", pieces);
        return undefined;
      } catch (error) {
        if (error instanceof CsvQuoteError) return error;
        throw error;
      }
    };

    it("is never closed: reported with the line it opened on, however the text is cut", () => {
      const text = 'a,b\r\n"x\r\ny",z\r\nAcme,"Big Co,100\r\nBeta,50\r\nGamma,70\r\n';
      for (const pieces of [[], [7], [20, 3], Array(text.length).fill(1)]) {
        expect(quoteErrorOf(text, pieces)).toMatchObject({ line: 4, endLine: undefined });
      }
    });

    it("closes lines later in the middle of a field: reported with both lines", () => {
      expect(quoteErrorOf('h1,h2\nAcme,"Big Co,100\nBeta,"50",x\n')).toMatchObject({ line: 2, endLine: 3 });
    });

    it("is not reported when the end of the file really ends the field: the rest of the last line, one cell", () => {
      expect(cells(splitAll('a,b\nAcme,"Big Co'))).toEqual([
        ["a", "b"],
        ["Acme", "Big Co"],
      ]);
      expect(cells(splitAll('a,"b\n'))).toEqual([["a", "b\n"]]);
      expect(cells(splitAll('a,"b"c\n'))).toEqual([["a", "bc"]]);
    });

    it("is not a quoted field that holds line breaks and ends where a field ends", () => {
      expect(cells(splitAll('a,"x\ny"\nb,"p\nq",r\n'))).toEqual([
        ["a", "x\ny"],
        ["b", "p\nq", "r"],
      ]);
    });
  });

  it("reads a field of megabytes fed in small pieces, the same as whole", () => {
    const note = "n".repeat(3_000_000);
    const text = `a,b\nAcme,"${note}"\nBeta,${note}\nlast,x\n`;
    const pieces = Array(Math.ceil(text.length / 32768)).fill(32768);
    expect(cells(splitAll(text, ",", pieces))).toEqual([
      ["a", "b"],
      ["Acme", note],
      ["Beta", note],
      ["last", "x"],
    ]);
  });
});

import { dayColumn, TextColumn } from "../../../src/engine/ledger/columns";

describe("a text column", () => {
  it("keeps one-byte codes for a handful of texts", () => {
    const column = new TextColumn(4);
    for (const t of ["USD", "EUR", "USD", "USD", "BRL"]) column.push(t);
    const { codes, dictionary } = column.values();
    expect(codes).toBeInstanceOf(Uint8Array);
    expect(Array.from(codes)).toEqual([0, 1, 0, 0, 2]);
    expect(dictionary).toEqual(["USD", "EUR", "BRL"]);
  });

  it("widens its codes past 256 and 65,536 texts without changing any earlier code", () => {
    const column = new TextColumn(16);
    const texts = Array.from({ length: 70000 }, (_, k) => `Customer ${k}`);
    texts.forEach((t, k) => {
      column.push(t);
      if (k === 300) expect(column.values().codes).toBeInstanceOf(Uint16Array);
    });
    column.push("Customer 7");
    const { codes, dictionary } = column.values();
    expect(codes).toBeInstanceOf(Int32Array);
    expect(codes.length).toBe(70001);
    expect(dictionary[codes[69999]]).toBe("Customer 69999");
    expect(dictionary[codes[255]]).toBe("Customer 255");
    expect(dictionary[codes[256]]).toBe("Customer 256");
    expect(codes[70000]).toBe(7);
  });
});

describe("a day column", () => {
  it("holds day serials and NaN exactly, and grows past its first size", () => {
    const column = dayColumn(2);
    column.append(3, (data, at) => {
      data[at] = 2958465; // 9999-12-31, the last Excel date
      data[at + 1] = NaN;
      data[at + 2] = 46348;
    });
    for (let k = 0; k < 40; k++) column.push(k);
    const values = column.values();
    expect(values.length).toBe(43);
    expect(values[0]).toBe(2958465);
    expect(values[1]).toBeNaN();
    expect(values[2]).toBe(46348);
    expect(values[42]).toBe(39);
  });
});

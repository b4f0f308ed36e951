import { forEachBlock, jsonBytes, MAX_BLOCK_ROWS, rowsForBytes } from "../../src/excel/blocks";

describe("rowsForBytes", () => {
  it("fits the byte budget, the cell cap and the row ceiling", () => {
    expect(rowsForBytes(400, 16)).toBe(10_000);
    expect(rowsForBytes(10, 16)).toBe(MAX_BLOCK_ROWS);
    expect(rowsForBytes(1, 1000, 1e12)).toBe(5_000);
    expect(rowsForBytes(1e9, 4)).toBe(1);
  });
});

describe("forEachBlock", () => {
  it("covers every row once, growing the blocks from the measured size", async () => {
    const seen: [number, number][] = [];
    const result = await forEachBlock({ total: 50_000, columns: 10, firstRows: 100 }, async (start, rows) => {
      seen.push([start, rows]);
      return rows * 200;
    });
    expect(result.ok).toBe(true);
    expect(seen.reduce((n, [, r]) => n + r, 0)).toBe(50_000);
    expect(seen[0]).toEqual([0, 100]);
    expect(seen.length).toBeLessThan(8);
  });

  it("halves a refused block, keeps the smaller size, and gives up at one row", async () => {
    const sizes: number[] = [];
    const result = await forEachBlock({ total: 1_000, columns: 1, firstRows: 1_000 }, async (_start, rows) => {
      sizes.push(rows);
      if (rows > 300) throw { code: "RequestPayloadSizeLimitExceeded", message: "" };
      return rows;
    });
    expect(result.ok).toBe(true);
    expect(sizes.slice(0, 3)).toEqual([1_000, 500, 250]);
    expect(Math.max(...sizes.slice(3))).toBeLessThanOrEqual(250);
    const never = await forEachBlock({ total: 3, columns: 1, firstRows: 2 }, async () => {
      throw { code: "ResponsePayloadSizeLimitExceeded", message: "" };
    });
    expect(never).toEqual({ ok: false, error: "payloadTooLarge" });
  });

  it("passes other errors through", async () => {
    await expect(
      forEachBlock({ total: 3, columns: 1, firstRows: 2 }, async () => {
        throw { code: "AccessDenied", message: "" };
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("jsonBytes", () => {
  it("counts UTF-8 bytes: two for an accented letter, three for a CJK character, four for an emoji", () => {
    expect(jsonBytes([["abc"]])).toBe(9);
    expect(jsonBytes([["Café"]])).toBe(Buffer.byteLength('[["Café"]]'));
    expect(jsonBytes([["東京", "😀"]])).toBe(Buffer.byteLength('[["東京","😀"]]'));
  });
});

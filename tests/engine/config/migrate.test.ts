import { CONFIG_VERSION, migrateConfig, validateConfig } from "../../../src/engine/config";
import { v1PathOf } from "../../../src/engine/config/migrate";

const previewDocument = {
  version: 1,
  preset: "standard",
  asOfDate: "2026-01-31",
  buckets: [30, 60, 90, 120],
  level: "customer",
  columnMapping: { balance: "Saldo pendiente", dueDate: "Vencimiento" },
  rules: [
    { segment: "Dispute", priority: 5, condition: "Disputed", channel: "phone", action: "Resolve dispute", tone: "neutral" },
    {
      segment: "Legal",
      priority: 1,
      condition: "DaysPastDue > 120",
      channel: "LETTER",
      action: "Hand to legal",
      tone: "final notice",
      message: "Final notice before legal action",
    },
    { segment: "Call now", priority: 2, condition: "DaysPastDue > 60 and Balance > 10k", channel: "call", tone: "firme" },
    { segment: "Reminder", priority: 3, condition: "DaysPastDue between 1 and 60", channel: "pigeon", tone: "jolly" },
  ],
  defaultSegment: "Current",
};

describe("migrateConfig from version 1", () => {
  test("turns a realistic preview document into a valid version-2 rules model", () => {
    const migrated = migrateConfig(previewDocument);
    expect(migrated).toEqual({
      version: CONFIG_VERSION,
      name: "standard (from version 1)",
      preset: "standard",
      level: "customer",
      asOf: "2026-01-31",
      agingEdges: [0, 30, 60, 90, 120],
      mapping: { balance: "Saldo pendiente", dueDate: "Vencimiento" },
      model: {
        kind: "rules",
        rules: [
          {
            segment: "Dispute",
            priority: 5,
            when: "Disputed",
            strategy: { channel: "Phone", action: "Resolve dispute", tone: "Neutral", message: "" },
          },
          {
            segment: "Legal",
            priority: 1,
            when: "DaysPastDue > 120",
            strategy: { channel: "Letter", action: "Hand to legal", tone: "Final notice", message: "Final notice before legal action" },
          },
          {
            segment: "Call now",
            priority: 2,
            when: "DaysPastDue > 60 and Balance > 10k",
            strategy: { channel: "Phone", action: "Follow up", tone: "Firm", message: "" },
          },
          {
            segment: "Reminder",
            priority: 3,
            when: "DaysPastDue between 1 and 60",
            strategy: { channel: "E-mail", action: "Follow up", tone: "Neutral", message: "" },
          },
        ],
        otherwise: { segment: "Current", priority: 6, strategy: { channel: "E-mail", action: "Follow up", tone: "Neutral", message: "" } },
      },
    });
    expect(validateConfig(migrated, "test").ok).toBe(true);
  });

  test("treats a document without a version but with top-level rules as version 1", () => {
    const migrated = migrateConfig({
      rules: [{ segment: "Late", priority: 99, condition: "DaysPastDue > 0", channel: "WhatsApp" }],
    }) as { version: number; model: { rules: { strategy: { channel: string } }[]; otherwise: unknown } };
    expect(migrated.version).toBe(CONFIG_VERSION);
    expect(migrated.model.rules[0].strategy.channel).toBe("WhatsApp");
    expect(migrated.model.otherwise).toMatchObject({ segment: "Other", priority: 99 });
    expect(migrated).not.toHaveProperty("agingEdges");
  });

  test("keeps bucket edges that already start at 0", () => {
    expect(migrateConfig({ version: 1, buckets: [0, 45], rules: [] })).toMatchObject({ agingEdges: [0, 45] });
  });

  test("matches channels and tones ignoring case, spaces and accents", () => {
    const channelOf = (channel: string) =>
      (
        migrateConfig({ rules: [{ segment: "x", priority: 1, condition: "x", channel }] }) as {
          model: { rules: { strategy: { channel: string } }[] };
        }
      ).model.rules[0].strategy.channel;
    expect(["email", "E MAIL", "correo", "sms", "whats-app", "Teléfono", "agencia", "none"].map(channelOf)).toEqual([
      "E-mail",
      "E-mail",
      "E-mail",
      "SMS",
      "WhatsApp",
      "Phone",
      "Agency",
      "None",
    ]);
  });

  test("never throws, whatever it is given", () => {
    for (const input of [
      null,
      undefined,
      5,
      "text",
      [],
      {},
      { rules: 5 },
      { rules: [null, 3, "x"] },
      { version: 1 },
      { version: "one", rules: [] },
    ]) {
      expect(() => migrateConfig(input)).not.toThrow();
    }
    const broken = migrateConfig({ rules: "no" });
    expect(validateConfig(broken, "test").ok).toBe(false);
  });
});

describe("migrateConfig of other versions", () => {
  test("leaves a current configuration as it is", () => {
    const current = { version: CONFIG_VERSION, model: { kind: "score", bands: [] } };
    expect(migrateConfig(current)).toBe(current);
  });

  test("adds the version to a version-less document with a model", () => {
    expect(migrateConfig({ model: { kind: "score" } })).toEqual({ version: CONFIG_VERSION, model: { kind: "score" } });
  });

  test("leaves a newer version for validation to reject", () => {
    const newer = { version: CONFIG_VERSION + 1, rules: [] };
    expect(migrateConfig(newer)).toBe(newer);
  });
});

describe("v1PathOf", () => {
  test.each<[(string | number)[], (string | number)[]]>([
    [
      ["model", "rules", 2, "when"],
      ["rules", 2, "condition"],
    ],
    [
      ["model", "rules", 2, "segment"],
      ["rules", 2, "segment"],
    ],
    [
      ["model", "rules", 0, "strategy", "action"],
      ["rules", 0, "action"],
    ],
    [["model", "otherwise", "segment"], ["defaultSegment"]],
    [["agingEdges", 3], ["buckets"]],
    [["asOf"], ["asOfDate"]],
    [
      ["mapping", "balance"],
      ["columnMapping", "balance"],
    ],
    [["level"], ["level"]],
  ])("maps %j to %j", (path, expected) => {
    expect(v1PathOf(path)).toEqual(expected);
  });
});

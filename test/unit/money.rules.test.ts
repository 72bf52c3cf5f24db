import { chooseRate, convertAmount, type RateRow } from "../../src/domain/money.rules";

const rows: RateRow[] = [
  {
    id: "rate-convenience",
    kind: "CONVENIENCE",
    period: "2007-03-31",
    start: "2007-03-31",
    end: "2007-03-31",
    rate: 117.56,
    average: null,
  },
  {
    id: "rate-spot-2007-07-03",
    kind: "SPOT",
    period: "2007-07-03",
    start: "2007-07-03",
    end: "2007-07-03",
    rate: 122.4,
    average: null,
  },
  {
    id: "rate-fy2006",
    kind: "FISCAL_YEAR",
    period: "FY2006",
    start: "2005-04-01",
    end: "2006-03-31",
    rate: 117.48,
    average: 113.67,
  },
  {
    id: "rate-2007-04",
    kind: "MONTH",
    period: "2007-04",
    start: "2007-04-01",
    end: "2007-04-30",
    rate: 119.44,
    average: 118.93,
  },
];

describe("chooseRate", () => {
  it("uses the convenience rate without a date", () => {
    expect(chooseRate(rows)).toEqual({
      yenPerUsd: 117.56,
      kind: "CONVENIENCE",
      period: "2007-03-31",
      rateId: "rate-convenience",
    });
  });
  it("uses the spot rate of that day", () => {
    expect(chooseRate(rows, "2007-07-03")?.rateId).toBe("rate-spot-2007-07-03");
  });
  it("uses the month's average for a day or month inside it", () => {
    expect(chooseRate(rows, "2007-04-15")).toMatchObject({ yenPerUsd: 118.93, kind: "MONTH" });
    expect(chooseRate(rows, "2007-04")).toMatchObject({ yenPerUsd: 118.93, kind: "MONTH" });
  });
  it("uses the fiscal year's average when no month matches", () => {
    expect(chooseRate(rows, "2005-10-01")).toMatchObject({
      yenPerUsd: 113.67,
      kind: "FISCAL_YEAR",
      period: "FY2006",
    });
  });
  it("falls back to the convenience rate outside the table", () => {
    expect(chooseRate(rows, "1999-01-01")?.kind).toBe("CONVENIENCE");
  });
});

describe("convertAmount", () => {
  it("converts yen to dollars at the rate, to the cent", () => {
    expect(convertAmount(300_000_000, "JPY", "USD", 117.56)).toBe(2551888.4);
  });
  it("converts dollars to whole yen", () => {
    expect(convertAmount(1, "USD", "JPY", 117.56)).toBe(118);
  });
  it("returns the amount for the same currency", () => {
    expect(convertAmount(5, "JPY", "JPY", 117.56)).toBe(5);
  });
});

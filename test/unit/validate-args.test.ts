import "reflect-metadata";
import { Max, Min, ValidateBy } from "class-validator";
import { ArgumentValidationError } from "type-graphql";
import { memoisedValidation } from "../../src/schema/validate-args";

let checks = 0;
/** Counts how often class-validator really runs on the decorated property. */
const Counted = () =>
  ValidateBy({ name: "counted", validator: { validate: () => (checks++, true) } });

class Page {
  @Min(1)
  @Max(100)
  @Counted()
  first!: number;

  note?: string;
}

const page = (first: number, note?: string) => Object.assign(new Page(), { first, note });
const fakeResolverData = {} as never;

describe("memoisedValidation", () => {
  beforeEach(() => (checks = 0));

  it("rejects what class-validator rejects, as TypeGraphQL's ArgumentValidationError naming the field", async () => {
    const validate = memoisedValidation({});
    const error = await Promise.resolve(validate(page(0), Page, fakeResolverData)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArgumentValidationError);
    const [problem] = (error as ArgumentValidationError).extensions.validationErrors as Array<{
      property: string;
      constraints: object;
    }>;
    expect(problem!.property).toBe("first");
    expect(Object.keys(problem!.constraints)).toEqual(expect.arrayContaining(["min"]));
  });

  it("validates a small argument once, then remembers that it passed; failures are never remembered", async () => {
    const validate = memoisedValidation({});
    await validate(page(20), Page, fakeResolverData);
    await validate(page(20), Page, fakeResolverData);
    await validate(page(20), Page, fakeResolverData);
    expect(checks).toBe(1);
    await validate(page(21), Page, fakeResolverData);
    expect(checks).toBe(2);
    await expect(validate(page(101), Page, fakeResolverData)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
    await expect(validate(page(101), Page, fakeResolverData)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
  });

  it("always validates large arguments (mutation inputs), and every item of a list", async () => {
    const validate = memoisedValidation({});
    const long = "x".repeat(300);
    await validate(page(5, long), Page, fakeResolverData);
    await validate(page(5, long), Page, fakeResolverData);
    expect(checks).toBe(2);
    await expect(validate([page(5), page(500)], Page, fakeResolverData)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
  });

  it("leaves scalars and missing arguments alone", async () => {
    const validate = memoisedValidation({});
    await expect(
      Promise.resolve(validate("iij", String, fakeResolverData)),
    ).resolves.toBeUndefined();
    await expect(
      Promise.resolve(validate(undefined, Page, fakeResolverData)),
    ).resolves.toBeUndefined();
    expect(checks).toBe(0);
  });
});

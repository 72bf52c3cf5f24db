import { validateOrReject, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

/** Longest argument (as JSON) whose passing result is remembered: paging and filter arguments, not mutation inputs. */
const MEMO_MAX_JSON = 256;
/** Remembered passing arguments before the memo starts over. */
const MEMO_MAX_ENTRIES = 10_000;

/**
 * TypeGraphQL's class-validator check of argument classes (`@Args`, input types), as its built-in one does
 * it (missing properties skipped, unknown values allowed, errors as `ArgumentValidationError`), with two
 * differences that matter per field: class-validator is imported once, not `require`d on every call; and
 * a small argument that passed once passes again without being validated, so the 40 `owners(first: 20)`
 * of a 20-entity list cost one validation. Validation is a pure function of the value here (no validator
 * reads the database), so a remembered pass cannot go stale.
 */
export function memoisedValidation(options: ValidatorOptions): ValidatorFn {
  const settings: ValidatorOptions = { ...options, skipMissingProperties: true, forbidUnknownValues: options.forbidUnknownValues ?? false };
  const passed = new Map<unknown, Set<string>>();
  let entries = 0;
  const validateOne = async (value: object, type: unknown) => {
    const json = JSON.stringify(value);
    const memo = json.length <= MEMO_MAX_JSON ? json : undefined;
    if (memo !== undefined && passed.get(type)?.has(memo)) return;
    await validateOrReject(value, settings);
    if (memo === undefined) return;
    if (entries >= MEMO_MAX_ENTRIES) {
      passed.clear();
      entries = 0;
    }
    let seen = passed.get(type);
    if (!seen) passed.set(type, (seen = new Set()));
    seen.add(memo);
    entries++;
  };
  return async (argValue, argType) => {
    if (argValue === null || typeof argValue !== "object") return;
    try {
      if (Array.isArray(argValue)) {
        await Promise.all(argValue.filter((x) => x !== null && typeof x === "object").map((x) => validateOne(x, argType)));
      } else {
        await validateOne(argValue, argType);
      }
    } catch (error) {
      throw new ArgumentValidationError(error as never);
    }
  };
}

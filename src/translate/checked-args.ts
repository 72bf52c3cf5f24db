import { validateSync } from "class-validator";
import { BadUserInputError } from "../errors";

/**
 * A nested field's arguments checked with its `@ArgsType` class before the statement reads anything (the
 * field's own resolver runs after the statement): BAD_USER_INPUT naming the field's path and argument.
 */
export function checkedArgs<T extends object>(
  ArgsClass: new () => T,
  values: Record<string, unknown>,
  path: string,
): T {
  const args = Object.assign(new ArgsClass(), values);
  const [error] = validateSync(args, { skipMissingProperties: true, forbidUnknownValues: false });
  if (error) {
    const reason = Object.values(error.constraints ?? {})[0] ?? "is not valid";
    throw new BadUserInputError(`${path}.${error.property}`, reason);
  }
  return args;
}

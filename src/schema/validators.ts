import { Matches } from "class-validator";

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A lower-case kebab id such as `iij` or `ntt-communications`. */
export const IsSlug = () => Matches(SLUG, { message: "$property must be a lower-case kebab id such as iij", each: true });

/** A date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsPartialDate = () =>
  Matches(PARTIAL_DATE, { message: "$property must be a date as YYYY, YYYY-MM or YYYY-MM-DD" });

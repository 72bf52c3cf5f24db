import { Matches } from "class-validator";
import { PARTIAL_DATE, SLUG } from "../model/vocabulary";

/** A lower-case kebab id such as `iij` or `ntt-communications`. */
export const IsSlug = () => Matches(SLUG, { message: "$property must be a lower-case kebab id such as iij", each: true });

/** A date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsPartialDate = () =>
  Matches(PARTIAL_DATE, { message: "$property must be a date as YYYY, YYYY-MM or YYYY-MM-DD" });

// Sizes the model bounds: writes refuse more, and reads never return more (the SDL's
// @listSize on these fields states the same numbers).

/** aliases of one actor or topic */
export const MAX_ALIASES = 100;
/** intermediaries of one statement; its trace has two more steps (speaker, publication) */
export const MAX_VIA = 10;
/** characters of one ingested article (and so the largest offset a statement can have) */
export const MAX_ARTICLE_LENGTH = 500_000;

/** A claim's spread per day (Claim.spread.byDay): at most a year of days in one answer. */
export const MAX_SPREAD_DAYS = 366;

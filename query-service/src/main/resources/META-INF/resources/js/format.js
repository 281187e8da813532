// Small formatting helpers shared by the views.

const DATE = new Intl.DateTimeFormat('en-GB', {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'});

/** An ISO instant or date as "12 Aug 2019" (UTC), or an empty string. */
export function day(value) {
    return value ? DATE.format(new Date(value)) : '';
}

/** A score from 0 to 1 with two decimals. */
export function score(value) {
    return Number(value).toFixed(2);
}

/** "DIRECT_QUOTE" as "direct quote". */
export function words(constant) {
    return String(constant).toLowerCase().replaceAll('_', ' ');
}

/** A count with its noun, plural when needed: "1 claim", "3 claims", "2 entities". */
export function count(value, noun, plural = `${noun}s`) {
    return `${value} ${value === 1 ? noun : plural}`;
}

/** A list's total: "1000+" when the API counted only that far (totalExact false). */
export function total(list) {
    return list.totalExact === false ? `${list.total}+` : String(list.total);
}

// BigInt constants for exact arithmetic, written through the constructor on purpose.
//
// Apps Script's own parser (the one that checks a pushed file before V8 runs it) rejects BigInt
// literals such as `100n` with "Unexpected token ILLEGAL", although its V8 runtime supports BigInt
// values: a bundle with one literal would not load at all (APPS-SCRIPT.md §A0; docs/apps-script-syntax.md).
// So every constant is made once here with BigInt(…) and imported; ESLint forbids the literal form.

export const BIG_0 = BigInt(0);
export const BIG_1 = BigInt(1);
export const BIG_2 = BigInt(2);
export const BIG_100 = BigInt(100);
export const BIG_200 = BigInt(200);
export const BIG_1E6 = BigInt(1000000);

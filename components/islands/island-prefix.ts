/** The id prefix of a page's n-th island (in document order), so ids stay unique across islands and match on both sides. */
export const islandPrefix = (n: number) => `i${n}-`;

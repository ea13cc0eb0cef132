/** `Omit` applied to each member of a union in turn (the built-in one merges the union into one type first). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

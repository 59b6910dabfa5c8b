/** The same nested keys as T, every leaf a string: what each language's messages must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

import { z } from 'zod';

/** Building blocks shared by every step schema. Drafts are stored as typed, so nothing here is required. */
export const text = () => z.string().default('');
export const optionalNumber = () => z.number().nullable().default(null);
export const isoDate = () => z.string().default('');
export const recordId = () => z.string().min(1);
export const idList = () => z.array(z.string()).default([]);
export const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);
export const codeList = <T extends readonly [string, ...string[]]>(codes: T) =>
  z.array(z.enum(codes)).default([]);

export const newId = (): string => crypto.randomUUID();

/**
 * The TypeScript view of a stored record: the schemas keep unknown fields at run time
 * (looseObject), but code only ever names the known ones, so the index signature is dropped.
 */
export type Known<T> = T extends readonly (infer Item)[]
  ? Known<Item>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: Known<T[K]> }
    : T;

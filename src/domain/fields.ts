import * as z from 'zod/mini';

/**
 * Full zod installs its English messages when its first schema is built; zod/mini installs none,
 * so an issue without a message of its own would only read "Invalid input". Installed here, as
 * full zod does, because every schema of the app is built from these blocks.
 */
if (!z.config().localeError) z.config(z.locales.en());

/** Building blocks shared by every step schema. Drafts are stored as typed, so nothing here is required. */
export const text = () => z._default(z.string(), '');
export const optionalNumber = () => z._default(z.nullable(z.number()), null);
export const isoDate = () => z._default(z.string(), '');
export const recordId = () => z.string().check(z.minLength(1));
export const idList = () => z._default(z.array(z.string()), []);
export const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);
export const codeList = <T extends readonly [string, ...string[]]>(codes: T) =>
  z._default(z.array(z.enum(codes)), []);

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

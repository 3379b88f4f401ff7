/** The languages the app speaks. Later issues add the other Guidebook languages here. */
export const LANGUAGES = [{ code: 'en', nativeName: 'English' }] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** Pseudo-locale for finding hard-coded text; switched on with ?lng=en-XA. */
export const PSEUDO_LANGUAGE = 'en-XA';

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const NAMESPACES = ['common', 'steps', 'sections', 'fields', 'options', 'validation'] as const;

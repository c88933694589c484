import { z } from 'zod';

/** The languages Impact Atlas reads: Swedish, Danish, Norwegian (Bokmål, Nynorsk) and English. */
export const LANGUAGES = ['sv', 'da', 'nb', 'nn', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

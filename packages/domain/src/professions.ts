import { z } from 'zod';

/**
 * N1: the professions the network serves. Codes are those Norwegian authorities use where one exists;
 * osteopath and naprapath have no authorisation (and so no HPR requirement — N2).
 */
export const PROFESSIONS = [
  'physiotherapist',
  'manual_therapist',
  'psychomotor_physiotherapist',
  'chiropractor',
  'osteopath',
  'naprapath',
  'psychologist',
  'other',
] as const;
export const professionSchema = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof professionSchema>;

export const PROFESSION_INFO: Record<
  Profession,
  { code: string | null; nb: string; en: string; networkEligible: boolean; requiresHpr: boolean; psychologist: boolean }
> = {
  physiotherapist: {
    code: 'FYNO',
    nb: 'Fysioterapeut',
    en: 'Physiotherapist',
    networkEligible: true,
    requiresHpr: true,
    psychologist: false,
  },
  manual_therapist: {
    code: 'FYMT',
    nb: 'Manuellterapeut',
    en: 'Manual therapist',
    networkEligible: true,
    requiresHpr: true,
    psychologist: false,
  },
  psychomotor_physiotherapist: {
    code: 'FYPM',
    nb: 'Psykomotorisk fysioterapeut',
    en: 'Psychomotor physiotherapist',
    networkEligible: true,
    requiresHpr: true,
    psychologist: false,
  },
  chiropractor: {
    code: 'KINO',
    nb: 'Kiropraktor',
    en: 'Chiropractor',
    networkEligible: true,
    requiresHpr: true,
    psychologist: false,
  },
  osteopath: {
    code: null,
    nb: 'Osteopat',
    en: 'Osteopath',
    networkEligible: true,
    requiresHpr: false,
    psychologist: false,
  },
  naprapath: {
    code: null,
    nb: 'Naprapat',
    en: 'Naprapath',
    networkEligible: true,
    requiresHpr: false,
    psychologist: false,
  },
  psychologist: {
    code: 'PSNO',
    nb: 'Psykolog',
    en: 'Psychologist',
    networkEligible: true,
    requiresHpr: true,
    psychologist: true,
  },
  other: {
    code: null,
    nb: 'Annen yrkesgruppe',
    en: 'Other profession',
    networkEligible: false,
    requiresHpr: false,
    psychologist: false,
  },
};

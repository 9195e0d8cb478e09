// The account e-mails' words (the user's language; Bokmål unless it chose English). Plain text, no patient data.
import type { AccountLinkPurpose, Locale } from '@bn/domain';

export interface AccountMessageFacts {
  name: string;
  link: string;
  hours: number;
  locale: Locale;
}

export function accountMessage(
  purpose: AccountLinkPurpose,
  { name, link, hours, locale }: AccountMessageFacts,
): { subject: string; text: string } {
  if (locale === 'en') {
    const valid = `The link works for ${hours === 1 ? '1 hour' : `${hours} hours`}, once.`;
    return purpose === 'invitation'
      ? {
          subject: 'Your invitation to Behandlernettverket',
          text: `Hello ${name},\n\nYou have been given a user account in Behandlernettverket. Choose your password here:\n\n${link}\n\n${valid} Then you set up two-step sign-in if your role requires it.\n`,
        }
      : {
          subject: 'Choose a new password for Behandlernettverket',
          text: `Hello ${name},\n\nSomeone asked to reset the password of your account. Choose a new one here:\n\n${link}\n\n${valid} If it was not you, ignore this e-mail: your password stays as it is.\n`,
        };
  }
  const valid = `Lenken virker i ${hours === 1 ? '1 time' : `${hours} timer`}, én gang.`;
  return purpose === 'invitation'
    ? {
        subject: 'Invitasjon til Behandlernettverket',
        text: `Hei ${name},\n\nDu har fått en brukerkonto i Behandlernettverket. Velg passordet ditt her:\n\n${link}\n\n${valid} Deretter setter du opp totrinnsinnlogging om rollen din krever det.\n`,
      }
    : {
        subject: 'Velg nytt passord for Behandlernettverket',
        text: `Hei ${name},\n\nNoen ba om å tilbakestille passordet til kontoen din. Velg et nytt her:\n\n${link}\n\n${valid} Var det ikke deg, kan du se bort fra denne e-posten: passordet ditt er som før.\n`,
      };
}
